import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.nmhub.NmHubApplication;
import org.nmhub.access.CurrentUser;
import org.nmhub.access.Membership;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Role;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The six-monthly review's board report as PDF for a partnership with 200 LAA indicators
 * and 12 quarterly periods of approved returns (target: under 2 s). Starts NM Hub on a
 * fresh embedded PostgreSQL without demo data, writes a synthetic framework (10 blocks,
 * 40 outcomes, 200 indicators with baselines and three targets each, 2,400 approved
 * returns, 12 reward targets, 30 projects with 90 milestones, 20 risks, one review), then
 * times ReviewController#pdf (the whole download: the report's queries, RAG, roll-ups and
 * the openhtmltopdf rendering) and, separately, building the report without rendering.
 * Reports the median and the slowest of the measured rounds after warm-up rounds.
 *
 * Run from the worktree (not part of ./mvnw verify):
 *   ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
 *   java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/BoardReportBenchmark.java
 */
public class BoardReportBenchmark {

	static final int WARM_UP = Integer.getInteger("warmup", 5);

	static final int ROUNDS = Integer.getInteger("rounds", 10);

	public static void main(String[] args) throws Exception {
		Path home = Files.createTempDirectory("nmhub-bench-");
		ConfigurableApplicationContext app = new SpringApplication(NmHubApplication.class).run(
				"--nmhub.home-dir=" + home, "--nmhub.demo.enabled=false", "--server.port=0",
				"--logging.level.root=WARN");
		try {
			JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
			long partnership = jdbc.sql("""
					insert into partnerships (slug, name, kind, area_code, description)
					values ('benchmark', 'Benchmark Partnership', 'COUNTY', 'E10000018', 'Synthetic, for the benchmark')
					returning id
					""").query(Long.class).single();
			long review = framework(jdbc, partnership);
			PartnershipRef ref = new PartnershipRef(new PartnershipId(partnership), "benchmark", "Benchmark Partnership",
					"COUNTY", "E10000018", "Synthetic");
			Membership membership = new Membership(ref, Role.PERFORMANCE_OFFICER, null, List.of());
			PartnershipContext context = new PartnershipContext(
					new CurrentUser(0, "bench@example.org", "Benchmark", 0, "Benchmark", false, List.of(membership)),
					membership);

			Object controller = app.getBean("reviewController");
			Method pdf = controller.getClass().getDeclaredMethod("pdf", PartnershipContext.class, long.class);
			pdf.setAccessible(true);
			Object reports = app.getBean("boardReports");
			Object reviewRow = reviewRow(app, partnership, review);
			Method report = reports.getClass().getDeclaredMethod("report", PartnershipContext.class, reviewRow.getClass());
			report.setAccessible(true);

			long[] pdfNanos = new long[ROUNDS];
			long[] reportNanos = new long[ROUNDS];
			int bytes = 0;
			for (int round = -WARM_UP; round < ROUNDS; round++) {
				long start = System.nanoTime();
				ResponseEntity<?> response = (ResponseEntity<?>) pdf.invoke(controller, context, review);
				long pdfTime = System.nanoTime() - start;
				start = System.nanoTime();
				report.invoke(reports, context, reviewRow);
				long reportTime = System.nanoTime() - start;
				bytes = ((byte[]) response.getBody()).length;
				if (round >= 0) {
					pdfNanos[round] = pdfTime;
					reportNanos[round] = reportTime;
				}
			}
			Files.write(home.resolve("board-report.pdf"), (byte[]) ((ResponseEntity<?>) pdf.invoke(controller, context, review)).getBody());
			System.out.printf("Board report, 200 indicators x 12 periods: PDF %,d bytes (%s)%n", bytes,
					home.resolve("board-report.pdf"));
			System.out.printf("PDF download   median %6.0f ms, slowest %6.0f ms, rounds %s%n", median(pdfNanos) / 1e6,
					Arrays.stream(pdfNanos).max().getAsLong() / 1e6, ms(pdfNanos));
			System.out.printf("Report model   median %6.0f ms, slowest %6.0f ms, rounds %s%n", median(reportNanos) / 1e6,
					Arrays.stream(reportNanos).max().getAsLong() / 1e6, ms(reportNanos));
		}
		finally {
			app.close();
		}
	}

	static Object reviewRow(ConfigurableApplicationContext app, long partnership, long review) throws Exception {
		Object repository = app.getBean("reviewRepository");
		Method find = repository.getClass().getDeclaredMethod("review", long.class, long.class);
		find.setAccessible(true);
		return ((java.util.Optional<?>) find.invoke(repository, partnership, review)).orElseThrow();
	}

	/** Writes the synthetic framework; returns the review's id. */
	static long framework(JdbcClient jdbc, long p) {
		SplittableRandom random = new SplittableRandom(2006);
		long version = jdbc.sql("""
				insert into performance_versions (partnership_id, version_no, name, signed_on, maximum_reward, source)
				values (:p, 1, 'Synthetic LAA', '2006-03-24', 15400000, 'Synthetic, for the benchmark') returning id
				""").param("p", p).query(Long.class).single();
		List<Long> periods = new ArrayList<>();
		List<LocalDate> ends = new ArrayList<>();
		for (int q = 0; q < 12; q++) {
			LocalDate start = LocalDate.of(2006, 4, 1).plusMonths(3L * q);
			LocalDate end = start.plusMonths(3).minusDays(1);
			ends.add(end);
			periods.add(jdbc.sql("""
					insert into performance_periods (partnership_id, version_id, label, starts_on, ends_on, due_on)
					values (:p, :v, :label, :start, :end, :due) returning id
					""").param("p", p).param("v", version).param("label", "Q" + (q % 4 + 1) + " " + (2006 + q / 4))
				.param("start", start).param("end", end).param("due", end.plusDays(30)).query(Long.class).single());
		}
		int indicatorNo = 0;
		List<Long> indicators = new ArrayList<>();
		for (int b = 0; b < 10; b++) {
			long block = jdbc.sql("""
					insert into performance_blocks (partnership_id, version_id, code, name, position, source)
					values (:p, :v, :code, :name, :pos, 'Synthetic') returning id
					""").param("p", p).param("v", version).param("code", "B" + b).param("name", "Block " + b)
				.param("pos", b).query(Long.class).single();
			for (int o = 0; o < 4; o++) {
				long outcome = jdbc.sql("""
						insert into performance_outcomes (partnership_id, version_id, block_id, code, title, source)
						values (:p, :v, :b, :code, :title, 'Synthetic') returning id
						""").param("p", p).param("v", version).param("b", block).param("code", "B" + b + "." + o)
					.param("title", "Outcome " + o + " of block " + b + ", with a title as long as the real ones are")
					.query(Long.class).single();
				for (int i = 0; i < 5; i++) {
					boolean lower = random.nextBoolean();
					double baseline = 100 + random.nextInt(400);
					long indicator = jdbc.sql("""
							insert into performance_indicators (partnership_id, version_id, outcome_id, code, title, polarity,
							       baseline_value, baseline_date, source)
							values (:p, :v, :o, :code, :title, :polarity, :baseline, '2006-03-31', 'Synthetic') returning id
							""").param("p", p).param("v", version).param("o", outcome).param("code", "I" + (++indicatorNo))
						.param("title", "Indicator " + indicatorNo + ": a measure of something the partnership improves")
						.param("polarity", lower ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER")
						.param("baseline", BigDecimal.valueOf(baseline)).query(Long.class).single();
					indicators.add(indicator);
					double step = baseline * 0.05 * (lower ? -1 : 1);
					for (int year = 1; year <= 3; year++) {
						jdbc.sql("""
								insert into performance_targets (partnership_id, indicator_id, target_date, target_value)
								values (:p, :i, :d, :value)
								""").param("p", p).param("i", indicator).param("d", LocalDate.of(2006 + year, 3, 31))
							.param("value", BigDecimal.valueOf(Math.round(baseline + step * year))).update();
					}
					for (int q = 0; q < 12; q++) {
						double actual = baseline + step * (q + 1) / 4.0 * (0.85 + random.nextDouble() * 0.3);
						jdbc.sql("""
								insert into performance_returns (partnership_id, indicator_id, period_id, actual, status,
								       submitted_by_name, reviewed_by_name)
								values (:p, :i, :pe, :actual, 'APPROVED', 'Benchmark', 'Benchmark')
								""").param("p", p).param("i", indicator).param("pe", periods.get(q))
							.param("actual", BigDecimal.valueOf(Math.round(actual * 10) / 10.0)).update();
					}
				}
			}
			for (int r = 0; r < 2; r++) {
				jdbc.sql("""
						insert into performance_risks (partnership_id, version_id, block_id, description, likelihood, impact,
						       owner, mitigation, source)
						values (:p, :v, :b, :d, :l, :i, 'Block lead', 'Mitigation as agreed by the SSOG', 'Synthetic')
						""").param("p", p).param("v", version).param("b", block).param("d", "Risk " + r + " of block " + b)
					.param("l", 1 + random.nextInt(5)).param("i", 1 + random.nextInt(5)).update();
			}
			for (int j = 0; j < 3; j++) {
				long project = jdbc.sql("""
						insert into performance_projects (partnership_id, version_id, block_id, name, manager, budget, source)
						values (:p, :v, :b, :name, 'Project manager', 50000, 'Synthetic') returning id
						""").param("p", p).param("v", version).param("b", block).param("name", "Project " + j + " of block " + b)
					.query(Long.class).single();
				for (int m = 0; m < 3; m++) {
					jdbc.sql("""
							insert into performance_milestones (partnership_id, project_id, title, due_on, achieved_on, source)
							values (:p, :pr, :title, :due, :achieved, 'Synthetic')
							""").param("p", p).param("pr", project).param("title", "Milestone " + m)
						.param("due", LocalDate.of(2006, 6, 30).plusMonths(8L * m + j))
						.param("achieved", random.nextBoolean() ? LocalDate.of(2006, 6, 30).plusMonths(8L * m + j) : null)
						.update();
				}
			}
		}
		for (int r = 0; r < 12; r++) {
			jdbc.sql("""
					insert into performance_stretch_targets (partnership_id, version_id, block_id, indicator_id, code, title,
					       stretch_target, maximum_reward, minimum_threshold_pct, source)
					select :p, :v, o.block_id, i.id, :code, :title, i.baseline_value * 1.3, 1000000, 60, 'Synthetic'
					from performance_indicators i join performance_outcomes o on o.id = i.outcome_id where i.id = :i
					""").param("p", p).param("v", version).param("code", "RG" + (r + 1)).param("title", "Reward target " + (r + 1))
				.param("i", indicators.get(r * 15)).update();
		}
		return jdbc.sql("""
				insert into performance_reviews (partnership_id, version_id, title, held_on, source)
				values (:p, :v, 'Final review', '2009-04-30', 'Synthetic') returning id
				""").param("p", p).param("v", version).query(Long.class).single();
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
