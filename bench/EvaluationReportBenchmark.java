import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.nmhub.NmHubApplication;
import org.nmhub.access.CurrentUser;
import org.nmhub.access.Membership;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Role;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A neighbourhood's evaluation report as PDF (target: under 2 s). Starts NM Hub on a fresh
 * embedded PostgreSQL with the demo partnerships and the official data folder (England's
 * LSOA lookups, the Leicestershire boundaries and every edition of the Indices of
 * Deprivation are imported on start-up, which takes a few minutes), freezes Greenhill's
 * baseline with the IoD 2015 IMD score and decile distribution, then times
 * EvaluationReportController#pdf for Greenhill with the standard template (every
 * section): the baseline's update against the newest edition (a neighbourhood profile),
 * the LAA framework, surveys, activities, "you said, we did", plan actions, partner
 * engagement, bids, then Thymeleaf and openhtmltopdf. Reports the median and the slowest
 * of the measured rounds after warm-up rounds, and separately building the report alone.
 *
 * Run from the worktree (not part of ./mvnw verify):
 *   ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
 *   NMHUB_DATA_DIR=/work/shared/data java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/EvaluationReportBenchmark.java
 */
public class EvaluationReportBenchmark {

	static final int WARM_UP = Integer.getInteger("warmup", 5);

	static final int ROUNDS = Integer.getInteger("rounds", 10);

	public static void main(String[] args) throws Exception {
		String data = System.getenv("NMHUB_DATA_DIR");
		if (data == null || !Files.isDirectory(Path.of(data))) {
			throw new IllegalStateException("Set NMHUB_DATA_DIR to the official data folder");
		}
		Path home = Files.createTempDirectory("nmhub-bench-");
		long started = System.nanoTime();
		ConfigurableApplicationContext app = new SpringApplication(NmHubApplication.class).run(
				"--nmhub.home-dir=" + home, "--nmhub.demo.enabled=true", "--nmhub.source-data-dir=" + data,
				"--server.port=0", "--logging.level.root=WARN");
		try {
			System.out.printf("Start-up with demo and official data: %.0f s%n", (System.nanoTime() - started) / 1e9);
			JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
			Map<String, Object> p = jdbc
				.sql("select id, slug, name, kind, area_code, description from partnerships where slug = 'leicestershire-together'")
				.query()
				.singleRow();
			long userId = jdbc.sql("select id from users where email = 'performance@leicestershire-together.example'")
				.query(Long.class)
				.single();
			PartnershipRef ref = new PartnershipRef(new PartnershipId(((Number) p.get("id")).longValue()),
					(String) p.get("slug"), (String) p.get("name"), (String) p.get("kind"), (String) p.get("area_code"),
					(String) p.get("description"));
			Membership membership = new Membership(ref, Role.PERFORMANCE_OFFICER, null, List.of());
			PartnershipContext context = new PartnershipContext(new CurrentUser(userId,
					"performance@leicestershire-together.example", "Benchmark", 0, "Benchmark", false,
					List.of(membership)), membership);
			NeighbourhoodRef greenhill = app.getBean(Places.class)
				.neighbourhood(ref.id(), "greenhill")
				.orElseThrow();

			Object baselines = app.getBean("baselines");
			Method freeze = baselines.getClass()
				.getDeclaredMethod("freeze", PartnershipContext.class, NeighbourhoodRef.class, String.class, List.class,
						String.class);
			freeze.setAccessible(true);
			Object frozen = freeze.invoke(baselines, context, greenhill, "iod2015",
					List.of("iod:imd_score", "iod:imd_decile"), "Benchmark baseline");
			System.out.println("Froze " + frozen);

			Object controller = app.getBean("evaluationReportController");
			Method pdf = controller.getClass().getDeclaredMethod("pdf", PartnershipContext.class, String.class);
			pdf.setAccessible(true);
			Object reports = app.getBean("evaluationReports");
			Method coverage = reports.getClass().getDeclaredMethod("coverage", PartnershipContext.class, String.class);
			coverage.setAccessible(true);
			Object greenhillCoverage = ((java.util.Optional<?>) coverage.invoke(reports, context,
					"neighbourhood:greenhill")).orElseThrow();
			Method report = reports.getClass()
				.getDeclaredMethod("report", PartnershipContext.class, greenhillCoverage.getClass());
			report.setAccessible(true);

			long[] pdfNanos = new long[ROUNDS];
			long[] reportNanos = new long[ROUNDS];
			long first = 0;
			byte[] bytes = null;
			for (int round = -WARM_UP; round < ROUNDS; round++) {
				long start = System.nanoTime();
				ResponseEntity<?> response = (ResponseEntity<?>) pdf.invoke(controller, context,
						"neighbourhood:greenhill");
				long pdfTime = System.nanoTime() - start;
				if (round == -WARM_UP) {
					first = pdfTime;
				}
				start = System.nanoTime();
				report.invoke(reports, context, greenhillCoverage);
				long reportTime = System.nanoTime() - start;
				bytes = (byte[]) response.getBody();
				if (round >= 0) {
					pdfNanos[round] = pdfTime;
					reportNanos[round] = reportTime;
				}
			}
			Files.write(home.resolve("evaluation-greenhill.pdf"), bytes);
			System.out.printf("Greenhill evaluation report: PDF %,d bytes (%s)%n", bytes.length,
					home.resolve("evaluation-greenhill.pdf"));
			System.out.printf("First PDF (cold) %6.0f ms%n", first / 1e6);
			System.out.printf("PDF download   median %6.0f ms, slowest %6.0f ms, rounds %s%n", median(pdfNanos) / 1e6,
					Arrays.stream(pdfNanos).max().getAsLong() / 1e6, ms(pdfNanos));
			System.out.printf("Report model   median %6.0f ms, slowest %6.0f ms, rounds %s%n", median(reportNanos) / 1e6,
					Arrays.stream(reportNanos).max().getAsLong() / 1e6, ms(reportNanos));
		}
		finally {
			app.close();
		}
	}

	static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	static String ms(long[] values) {
		return Arrays.toString(Arrays.stream(values).map(v -> v / 1_000_000).toArray());
	}

}
