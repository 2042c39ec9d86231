package org.nmhub.evaluation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.nmhub.evaluation.GapRule.Change;
import org.nmhub.evaluation.GapRule.Verdict;
import org.nmhub.indicators.Polarity;

import static org.assertj.core.api.Assertions.assertThat;

/** The narrowing-the-gap rule on hand-worked numbers. */
class GapRuleTests {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	private static Change change(String baseline, String latest) {
		return Change.of(baseline == null ? null : d(baseline), latest == null ? null : d(latest));
	}

	@Test
	void aScoreWhereHigherIsWorseFallingFasterThanTheCountysIsNarrowing() {
		// IMD score: neighbourhood 40.00 -> 35.00 (improved by 5.00), county 15.00 ->
		// 14.00
		// (improved by 1.00): 5.00 > 1.00, the gap narrows from 25.00 to 21.00.
		GapRule.Answer answer = GapRule.gap(Polarity.HIGHER_IS_WORSE, false, change("40.00", "35.00"),
				change("15.00", "14.00"), "Greenhill", "Leicestershire");
		assertThat(answer.verdict()).isEqualTo(Verdict.NARROWING);
		assertThat(answer.improvementHere()).isEqualByComparingTo("5.00");
		assertThat(answer.improvementThere()).isEqualByComparingTo("1.00");
		assertThat(answer.sentence()).startsWith("Yes, the gap with Leicestershire is narrowing")
			.contains("Greenhill improved by 5.00, Leicestershire improved by 1.00");
	}

	@Test
	void aNeighbourhoodImprovingMoreSlowlyThanTheCountyIsWidening() {
		// 40.00 -> 39.50 (improved by 0.50); county 15.00 -> 13.00 (improved by 2.00).
		GapRule.Answer answer = GapRule.gap(Polarity.HIGHER_IS_WORSE, false, change("40.00", "39.50"),
				change("15.00", "13.00"), "Greenhill", "Leicestershire");
		assertThat(answer.verdict()).isEqualTo(Verdict.WIDENING);
		assertThat(answer.sentence()).startsWith("No, the gap with Leicestershire is widening");
	}

	@Test
	void aNeighbourhoodGettingWorseWhileTheCountyHoldsIsWidening() {
		// 30 -> 33 (worsened by 3), county 12 -> 12 (no change).
		GapRule.Answer answer = GapRule.gap(Polarity.HIGHER_IS_WORSE, false, change("30", "33"), change("12", "12"),
				"Greenhill", "Leicestershire");
		assertThat(answer.verdict()).isEqualTo(Verdict.WIDENING);
		assertThat(answer.improvementHere()).isEqualByComparingTo("-3");
		assertThat(answer.sentence()).contains("Greenhill worsened by 3.00, Leicestershire did not change");
	}

	@Test
	void theSameChangeIsNoChangeInTheGap() {
		GapRule.Answer answer = GapRule.gap(Polarity.HIGHER_IS_WORSE, false, change("40.00", "38.00"),
				change("15.00", "13.00"), "Greenhill", "Leicestershire");
		assertThat(answer.verdict()).isEqualTo(Verdict.NO_CHANGE);
		// differences below the second decimal place do not count
		assertThat(GapRule
			.gap(Polarity.HIGHER_IS_WORSE, false, change("40.000", "38.001"), change("15.000", "13.003"), "A", "B")
			.verdict()).isEqualTo(Verdict.NO_CHANGE);
	}

	@Test
	void whereLowerIsWorseARiseIsTheImprovement() {
		// Share in work (lower is worse): neighbourhood 60 -> 66 (+6), county 75 -> 77
		// (+2).
		assertThat(
				GapRule.gap(Polarity.LOWER_IS_WORSE, false, change("60", "66"), change("75", "77"), "A", "B").verdict())
			.isEqualTo(Verdict.NARROWING);
		// The same figures where higher is worse: the neighbourhood got worse faster.
		assertThat(GapRule.gap(Polarity.HIGHER_IS_WORSE, false, change("60", "66"), change("75", "77"), "A", "B")
			.verdict()).isEqualTo(Verdict.WIDENING);
	}

	@Test
	void countsAreComparedByPercentageChange() {
		// Crimes: neighbourhood 50 -> 40 (-20%), county 5,000 -> 4,500 (-10%): narrowing,
		// although the county's fall (500) is larger in number.
		GapRule.Answer answer = GapRule.gap(Polarity.HIGHER_IS_WORSE, true, change("50", "40"), change("5000", "4500"),
				"Greenhill", "Leicestershire");
		assertThat(answer.verdict()).isEqualTo(Verdict.NARROWING);
		assertThat(answer.improvementHere()).isEqualByComparingTo("20.00");
		assertThat(answer.improvementThere()).isEqualByComparingTo("10.00");
		assertThat(answer.sentence()).contains("improved by 20.00%");
		// a count from zero has no percentage change
		assertThat(GapRule.gap(Polarity.HIGHER_IS_WORSE, true, change("0", "4"), change("5000", "4500"), "A", "B")
			.verdict()).isEqualTo(Verdict.CANNOT_TELL);
	}

	@Test
	void missingFiguresCannotTellAndSaySo() {
		GapRule.Answer noLater = GapRule.gap(Polarity.HIGHER_IS_WORSE, false, change("40", null), change("15", "14"),
				"Greenhill", "Leicestershire");
		assertThat(noLater.verdict()).isEqualTo(Verdict.CANNOT_TELL);
		assertThat(noLater.sentence()).isEqualTo("Cannot tell: Greenhill has no later figure.");
		GapRule.Answer noBaseline = GapRule.gap(Polarity.HIGHER_IS_WORSE, false, change("40", "38"), change(null, "14"),
				"Greenhill", "England");
		assertThat(noBaseline.sentence()).isEqualTo("Cannot tell: England has no baseline figure.");
		assertThat(GapRule.gap(Polarity.NEUTRAL, false, change("40", "38"), change("15", "14"), "A", "B").verdict())
			.isEqualTo(Verdict.CANNOT_TELL);
	}

	@Test
	void surveyResultsWhoseIntervalsOverlapCannotTell() {
		// 52% (n=200, 45.1–58.8) -> 58% (n=200, 51.1–64.6): the intervals overlap.
		GapRule.Answer answer = GapRule.survey(Polarity.LOWER_IS_WORSE, d("52"), d("45.1"), d("58.8"), d("58"),
				d("51.1"), d("64.6"));
		assertThat(answer.verdict()).isEqualTo(Verdict.CANNOT_TELL);
		assertThat(answer.sentence()).startsWith("Cannot tell: the 95% intervals overlap")
			.contains("baseline 52.0% (95% interval 45.1% to 58.8%), latest 58.0% (51.1% to 64.6%)");
		// touching intervals still overlap
		assertThat(
				GapRule.survey(Polarity.LOWER_IS_WORSE, d("40"), d("35"), d("45"), d("50"), d("45"), d("55")).verdict())
			.isEqualTo(Verdict.CANNOT_TELL);
	}

	@Test
	void surveyResultsWithSeparateIntervalsHaveChanged() {
		// 40% (n=400, 35.3–44.9) -> 55% (n=400, 50.1–59.8): apart, satisfaction rose.
		assertThat(GapRule.survey(Polarity.LOWER_IS_WORSE, d("40"), d("35.3"), d("44.9"), d("55"), d("50.1"), d("59.8"))
			.verdict()).isEqualTo(Verdict.IMPROVED);
		// the same rise in "feel unsafe" (higher is worse) is a worsening
		assertThat(
				GapRule.survey(Polarity.HIGHER_IS_WORSE, d("40"), d("35.3"), d("44.9"), d("55"), d("50.1"), d("59.8"))
					.verdict())
			.isEqualTo(Verdict.WORSENED);
		assertThat(GapRule.survey(Polarity.LOWER_IS_WORSE, d("40"), d("35.3"), d("44.9"), null, null, null).verdict())
			.isEqualTo(Verdict.CANNOT_TELL);
	}

}
