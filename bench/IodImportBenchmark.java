import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.nmhub.NmHubApplication;
import org.postgresql.PGConnection;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Evidence import throughput: NM Hub's import of an official England file (read, checksum,
 * recognise, validate every row against the LSOAs, COPY, audit) against PostgreSQL's own
 * {@code COPY ... FROM STDIN (FORMAT csv, HEADER)} of the same file into a plain table with
 * the same columns, in the same run on the same database. See docs/performance.md for the
 * command.
 */
public class IodImportBenchmark {

	static final List<String> FILES = List.of("iod/iod2025_lsoa21_england.csv",
			"iod/iod2019_lsoa11_england_combined.csv");

	static final int ROUNDS = Integer.getInteger("rounds", 7);

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args.length > 0 ? args[0] : "../shared/data").toAbsolutePath();
		Path home = Files.createTempDirectory("nmhub-bench-");
		ConfigurableApplicationContext app = new SpringApplication(NmHubApplication.class).run(
				"--nmhub.data-dir=" + home, "--nmhub.demo.enabled=false", "--nmhub.database.clean-on-start=true",
				"--server.port=0", "--logging.level.root=WARN", "--logging.level.org.nmhub.indicators=DEBUG",
				"--nmhub.source-data-dir=" + data);
		try {
			DataSource dataSource = app.getBean(DataSource.class);
			loadLsoas(dataSource, data);
			Object iodImport = app.getBean("iodImport");
			Class<?> importerType = Class.forName("org.nmhub.indicators.IodImport$Importer");
			Constructor<?> importer = importerType.getDeclaredConstructor(Long.class, String.class, Long.class);
			importer.setAccessible(true);
			Object who = importer.newInstance(null, "Benchmark", null);
			Method importFile = iodImport.getClass()
				.getDeclaredMethod("importFile", String.class, byte[].class, Integer.class, importerType);
			importFile.setAccessible(true);
			ApplicationEventMulticaster multicaster = app.getBean(ApplicationEventMulticaster.class);
			List<String> report = new ArrayList<>();
			for (String relative : FILES) {
				Path file = data.resolve(relative);
				List<String> lines = Files.readAllLines(file);
				int rows = lines.size() - 1;
				String[] headings = lines.get(0).split(",");
				long[] copy = new long[ROUNDS];
				long[] imports = new long[ROUNDS];
				long[] withSummaries = new long[ROUNDS];
				for (int round = 0; round < ROUNDS; round++) {
					copy[round] = plainCopy(dataSource, file, headings);
					// The import as the issue defines it: without England's summaries, which
					// NeighbourhoodProfiles recomputes on IndicatorValuesImported.
					List<ApplicationListener<?>> removed = new ArrayList<>();
					multicaster.removeApplicationListeners(l -> {
						boolean summaries = l instanceof SmartApplicationListener s
								&& s.getListenerId().contains("NeighbourhoodProfiles");
						if (summaries) {
							removed.add(l);
						}
						return summaries;
					});
					if (removed.size() != 1) {
						throw new IllegalStateException("expected one summaries listener, found " + removed);
					}
					try {
						imports[round] = timedImport(dataSource, iodImport, importFile, who, file);
					}
					finally {
						removed.forEach(multicaster::addApplicationListener);
					}
					if (round == 0) {
						verify(dataSource, file, headings);
					}
					// The import with everything it does now, England's summaries included.
					withSummaries[round] = timedImport(dataSource, iodImport, importFile, who, file);
				}
				// The first rounds warm the JIT; report the median of the rest.
				double copyMs = median(copy) / 1e6;
				double importMs = median(imports) / 1e6;
				double allMs = median(withSummaries) / 1e6;
				report.add(String.format("%-42s %8d %10.1f %10.1f %7.2f %12.1f %7.2f   copy %s%n%64s import %s%n%64s +summ. %s",
						file.getFileName(), rows, copyMs, importMs, copyMs / importMs, allMs, copyMs / allMs,
						ms(copy), "", ms(imports), "", ms(withSummaries)));
			}
			System.out.printf("%-42s %8s %10s %10s %7s %12s %7s%n", "file", "rows", "COPY ms", "import ms", "ratio",
					"+summaries ms", "ratio");
			report.forEach(System.out::println);
		}
		finally {
			app.close();
		}
	}

	static long timedImport(DataSource dataSource, Object iodImport, Method importFile, Object who, Path file)
			throws Exception {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("delete from indicator_values where dataset_id in (select id from indicator_datasets"
					+ " where file_name = '" + file.getFileName() + "')");
			s.execute("delete from indicator_datasets where file_name = '" + file.getFileName() + "'");
			s.execute("vacuum indicator_values");
		}
		byte[] bytes = Files.readAllBytes(file);
		long started = System.nanoTime();
		Object outcome = importFile.invoke(iodImport, file.getFileName().toString(), bytes, null, who);
		long took = System.nanoTime() - started;
		if (!outcome.getClass().getSimpleName().equals("Imported")) {
			throw new IllegalStateException("not imported: " + outcome);
		}
		return took;
	}

	/**
	 * Every value NM Hub stored equals, scale included, what PostgreSQL's own COPY read
	 * from the same file (bench_plain holds the file).
	 */
	static void verify(DataSource dataSource, Path file, String[] headings) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			var columns = s.executeQuery("select position, source_column from indicator_dataset_columns where "
					+ "dataset_id = (select id from indicator_datasets where file_name = '" + file.getFileName() + "')");
			List<String> checks = new ArrayList<>();
			while (columns.next()) {
				checks.add("v.\"values\"[" + columns.getInt(1) + "]::text is distinct from p.\""
						+ columns.getString(2).replace("\"", "") + "\"::text");
			}
			if (checks.isEmpty()) {
				throw new IllegalStateException("no columns");
			}
			var rs = s.executeQuery("select count(*), count(*) filter (where " + String.join(" or ", checks)
					+ ") from bench_plain p join indicator_values v on v.area_code = p.\"" + headings[0].replace("\"", "")
					+ "\" and v.dataset_id = (select id from indicator_datasets where file_name = '" + file.getFileName()
					+ "')");
			rs.next();
			if (rs.getLong(1) != Files.readAllLines(file).size() - 1 || rs.getLong(2) != 0) {
				throw new IllegalStateException("values differ from COPY's: " + rs.getLong(1) + " rows, "
						+ rs.getLong(2) + " differing");
			}
			System.out.println(file.getFileName() + ": all " + rs.getLong(1) + " rows x " + checks.size()
					+ " values equal PostgreSQL's own COPY of the file, scale included");
		}
	}

	static String ms(long[] values) {
		return Arrays.stream(values).mapToObj(v -> String.valueOf(v / 1_000_000)).toList().toString();
	}

	static long plainCopy(DataSource dataSource, Path file, String[] headings) throws Exception {
		try (Connection c = dataSource.getConnection()) {
			try (Statement s = c.createStatement()) {
				s.execute("drop table if exists bench_plain");
				List<String> columns = new ArrayList<>();
				for (int i = 0; i < headings.length; i++) {
					columns.add("\"" + headings[i].replace("\"", "") + "\" " + (i < 4 ? "text" : "numeric"));
				}
				s.execute("create table bench_plain (" + String.join(", ", columns) + ")");
			}
			long started = System.nanoTime();
			try (var in = Files.newInputStream(file)) {
				c.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy bench_plain from stdin (format csv, header)", in);
			}
			return System.nanoTime() - started;
		}
	}

	static void loadLsoas(DataSource dataSource, Path data) throws Exception {
		String[][] lookups = { { "2011", "lookups/lsoa11_msoa11_ward17_lad21_england_wales.csv" },
				{ "2021", "lookups/lsoa21_ward24_lad24_england_wales.csv" } };
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String[] lookup : lookups) {
				s.execute("create temp table lookup_" + lookup[0] + " as select * from places_lsoas limit 0");
				s.execute("create temp table raw_" + lookup[0] + " (a text, b text, c text, d text, e text, f text,"
						+ " g text, h text)");
				String columns = lookup[0].equals("2011") ? "(a, b, c, d, e, f, g, h)" : "(a, b, c, d, e, f)";
				try (var in = Files.newInputStream(data.resolve(lookup[1]))) {
					c.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("copy raw_" + lookup[0] + " " + columns + " from stdin (format csv, header)", in);
				}
				String lad = lookup[0].equals("2011") ? "g" : "e";
				s.execute("insert into places_lsoas (vintage, code, name, lad_code) select distinct on (a) "
						+ lookup[0] + ", a, b, " + lad + " from raw_" + lookup[0] + " on conflict do nothing");
			}
		}
	}

	static double median(long[] values) {
		long[] rest = Arrays.copyOfRange(values, 2, values.length);
		Arrays.sort(rest);
		return rest[rest.length / 2];
	}

}
