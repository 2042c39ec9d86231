package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nmhub.performance.IndicatorStatus.Direction;
import org.nmhub.performance.StatusCalculator.Due;
import org.nmhub.performance.StatusCalculator.Rollup;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCalculatorTests {

	private static final BigDecimal FIVE_PER_CENT = new BigDecimal("5");

	private static final Point BASELINE = new Point(LocalDate.of(2006, 3, 31), new BigDecimal("100"));

	/** Up from 100 to 200 over two years. */
	private static final List<Point> TARGETS = List.of(new Point(LocalDate.of(2008, 3, 31), new BigDecimal("200")));

	private static Due due(String label, LocalDate end, String actual) {
		return new Due(label, end, actual == null ? null : new BigDecimal(actual));
	}

	private static final LocalDate ONE_YEAR = LocalDate.of(2007, 3, 31);

	@Test
	void onTheTrajectoryIsGreen() {
		IndicatorStatus s = StatusCalculator.status(TargetPolarity.HIGHER_IS_BETTER, BASELINE, TARGETS,
				List.of(due("2006/07", ONE_YEAR, "150")), FIVE_PER_CENT);
		// 365 of the 731 days (2008 is a leap year)
		assertThat(s.expected()).isBetween(new BigDecimal("149.9"), new BigDecimal("150"));
		assertThat(s.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void shortWithinTheToleranceIsAmberAndBeyondItRed() {
		assertThat(StatusCalculator
			.status(TargetPolarity.HIGHER_IS_BETTER, BASELINE, TARGETS, List.of(due("2006/07", ONE_YEAR, "143")),
					FIVE_PER_CENT)
			.rag()).isEqualTo(Rag.AMBER);
		assertThat(StatusCalculator
			.status(TargetPolarity.HIGHER_IS_BETTER, BASELINE, TARGETS, List.of(due("2006/07", ONE_YEAR, "142")),
					FIVE_PER_CENT)
			.rag()).isEqualTo(Rag.RED);
	}

	@Test
	void noBaselineIsMissingAndSaysSo() {
		IndicatorStatus s = StatusCalculator.status(TargetPolarity.HIGHER_IS_BETTER, null, TARGETS,
				List.of(due("2006/07", ONE_YEAR, "150")), FIVE_PER_CENT);
		assertThat(s.rag()).isEqualTo(Rag.MISSING);
		assertThat(s.reason()).contains("No baseline");
		assertThat(s.history()).singleElement().satisfies(h -> assertThat(h.rag()).isEqualTo(Rag.MISSING));
	}

	@Test
	void noTargetOrNoActualIsMissing() {
		assertThat(StatusCalculator
			.status(TargetPolarity.HIGHER_IS_BETTER, BASELINE, List.of(), List.of(due("2006/07", ONE_YEAR, "150")),
					FIVE_PER_CENT)
			.reason()).contains("No target");
		assertThat(StatusCalculator
			.status(TargetPolarity.HIGHER_IS_BETTER, BASELINE, TARGETS, List.of(due("2006/07", ONE_YEAR, null)),
					FIVE_PER_CENT)
			.reason()).contains("No approved actual");
	}

	@Test
	void lowerIsBetterTurnsTheJudgementRound() {
		Point baseline = new Point(LocalDate.of(2006, 3, 31), new BigDecimal("500"));
		List<Point> down = List.of(new Point(LocalDate.of(2008, 3, 31), new BigDecimal("300")));
		// the trajectory is 400 after one year
		assertThat(StatusCalculator
			.status(TargetPolarity.LOWER_IS_BETTER, baseline, down, List.of(due("2006/07", ONE_YEAR, "390")),
					FIVE_PER_CENT)
			.rag()).isEqualTo(Rag.GREEN);
		assertThat(StatusCalculator
			.status(TargetPolarity.LOWER_IS_BETTER, baseline, down, List.of(due("2006/07", ONE_YEAR, "415")),
					FIVE_PER_CENT)
			.rag()).isEqualTo(Rag.AMBER);
		assertThat(StatusCalculator
			.status(TargetPolarity.LOWER_IS_BETTER, baseline, down, List.of(due("2006/07", ONE_YEAR, "450")),
					FIVE_PER_CENT)
			.rag()).isEqualTo(Rag.RED);
	}

	@Test
	void finalTargetMetEarlyIsGreenAndFlagged() {
		IndicatorStatus s = StatusCalculator.status(TargetPolarity.HIGHER_IS_BETTER, BASELINE, TARGETS,
				List.of(due("2006/07", ONE_YEAR, "205")), FIVE_PER_CENT);
		assertThat(s.rag()).isEqualTo(Rag.GREEN);
		assertThat(s.targetMetEarly()).isTrue();
		assertThat(s.reason()).contains("already met");
	}

	@Test
	void missingPeriodsAreListedAndTheLatestActualStillCounts() {
		IndicatorStatus s = StatusCalculator.status(TargetPolarity.HIGHER_IS_BETTER, BASELINE, TARGETS,
				List.of(due("Q2 2006/07", LocalDate.of(2006, 9, 30), "126"),
						due("Q3 2006/07", LocalDate.of(2006, 12, 31), null), due("Q4 2006/07", ONE_YEAR, "150"),
						due("Q1 2007/08", LocalDate.of(2007, 6, 30), null)),
				FIVE_PER_CENT);
		assertThat(s.missingPeriods()).containsExactly("Q3 2006/07", "Q1 2007/08");
		assertThat(s.latest().label()).isEqualTo("Q4 2006/07");
		assertThat(s.rag()).isEqualTo(Rag.GREEN);
		assertThat(s.reason()).contains("latest period's actual is missing");
		assertThat(s.history()).extracting(IndicatorStatus.HistoryRow::rag)
			.containsExactly(Rag.GREEN, Rag.MISSING, Rag.GREEN, Rag.MISSING);
		assertThat(s.direction()).isEqualTo(Direction.IMPROVING);
	}

	@Test
	void directionOfTravelFollowsPolarity() {
		Point baseline = new Point(LocalDate.of(2006, 3, 31), new BigDecimal("500"));
		List<Point> down = List.of(new Point(LocalDate.of(2008, 3, 31), new BigDecimal("300")));
		IndicatorStatus s = StatusCalculator.status(TargetPolarity.LOWER_IS_BETTER, baseline, down,
				List.of(due("Q3", LocalDate.of(2006, 12, 31), "420"), due("Q4", ONE_YEAR, "430")), FIVE_PER_CENT);
		assertThat(s.direction()).isEqualTo(Direction.WORSENING);
	}

	@Test
	void forecastCarriesTheTrendToTheTargetDate() {
		IndicatorStatus s = StatusCalculator.status(TargetPolarity.HIGHER_IS_BETTER, BASELINE, TARGETS,
				List.of(due("2006/07", ONE_YEAR, "150")), FIVE_PER_CENT);
		// a straight line through 100 and 150 one year apart reaches about 200 a year
		// later
		assertThat(s.forecast()).isBetween(new BigDecimal("199.5"), new BigDecimal("200.5"));
		assertThat(s.onCourse()).isNotNull();
		IndicatorStatus slow = StatusCalculator.status(TargetPolarity.HIGHER_IS_BETTER, BASELINE, TARGETS,
				List.of(due("2006/07", ONE_YEAR, "120")), FIVE_PER_CENT);
		assertThat(slow.onCourse()).isFalse();
	}

	@Test
	void trajectoryFollowsIntermediateTargetsAndHoldsAfterTheLast() {
		List<Point> targets = List.of(new Point(ONE_YEAR, new BigDecimal("110")),
				new Point(LocalDate.of(2008, 3, 31), new BigDecimal("200")));
		assertThat(StatusCalculator.expected(BASELINE, targets, ONE_YEAR)).isEqualByComparingTo("110");
		assertThat(StatusCalculator.expected(BASELINE, targets, LocalDate.of(2010, 1, 1))).isEqualByComparingTo("200");
		assertThat(StatusCalculator.expected(BASELINE, targets, LocalDate.of(2005, 1, 1))).isEqualByComparingTo("100");
	}

	@Test
	void rollUpIsWorstOfOrWeightedAndIgnoresMissing() {
		List<Rag> rags = List.of(Rag.GREEN, Rag.GREEN, Rag.RED, Rag.MISSING);
		List<BigDecimal> weights = List.of(BigDecimal.valueOf(3), BigDecimal.valueOf(3), BigDecimal.ONE,
				BigDecimal.TEN);
		assertThat(StatusCalculator.rollUp(rags, weights, Rollup.WORST)).isEqualTo(Rag.RED);
		// (2*3 + 2*3 + 0*1) / 7 = 1.71
		assertThat(StatusCalculator.rollUp(rags, weights, Rollup.WEIGHTED)).isEqualTo(Rag.GREEN);
		assertThat(StatusCalculator.rollUp(List.of(Rag.MISSING), List.of(BigDecimal.ONE), Rollup.WEIGHTED))
			.isEqualTo(Rag.MISSING);
	}

}
