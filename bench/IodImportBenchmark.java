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

	static final int ROUNDS = 7;

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
			System.out.printf("%-42s %8s %12s %12s %12s %12s %7s%n", "file", "rows", "COPY ms", "COPY rows/s",
					"import ms", "import rows/s", "ratio");
			for (String relative : FILES) {
				Path file = data.resolve(relative);
				List<String> lines = Files.readAllLines(file);
				int rows = lines.size() - 1;
				String[] headings = lines.get(0).split(",");
				long[] copy = new long[ROUNDS];
				long[] imports = new long[ROUNDS];
				for (int round = 0; round < ROUNDS; round++) {
					copy[round] = plainCopy(dataSource, file, headings);
					try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
						s.execute("delete from indicator_values where dataset_id in (select id from indicator_datasets where file_name = '" + file.getFileName() + "')"); s.execute("delete from indicator_datasets where file_name = '" + file.getFileName() + "'");
						s.execute("vacuum indicator_values");
					}
					long started = System.nanoTime();
					Object outcome = importFile.invoke(iodImport, file.getFileName().toString(),
							Files.readAllBytes(file), null, who);
					imports[round] = System.nanoTime() - started;
					if (!outcome.getClass().getSimpleName().equals("Imported")) {
						throw new IllegalStateException("not imported: " + outcome);
					}
				}
				// The first rounds warm the JIT; report the median of the rest.
				double copyMs = median(copy) / 1e6;
				double importMs = median(imports) / 1e6;
				System.out.printf("%-42s %8d %12.1f %12.0f %12.1f %12.0f %7.2f%n", file.getFileName(), rows, copyMs,
						rows / (copyMs / 1000), importMs, rows / (importMs / 1000), copyMs / importMs);
			}
		}
		finally {
			app.close();
		}
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
