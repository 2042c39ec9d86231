package org.nmhub.engagement;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyImportTests {

	@Test
	void wilsonIntervalOfHalfOfAHundredIsFortyToSixty() {
		assertThat(SurveyImport.wilson(new BigDecimal("50"), 100)).containsExactly(new BigDecimal("40.38"),
				new BigDecimal("59.62"));
	}

	@Test
	void wilsonIntervalStaysWithinNoughtAndAHundred() {
		BigDecimal[] none = SurveyImport.wilson(BigDecimal.ZERO, 10);
		BigDecimal[] all = SurveyImport.wilson(new BigDecimal("100"), 10);
		assertThat(none[0]).isEqualByComparingTo("0");
		assertThat(none[1]).isEqualByComparingTo("27.75");
		assertThat(all[0]).isEqualByComparingTo("72.25");
		assertThat(all[1]).isEqualByComparingTo("100");
	}

	@Test
	void underReachedMeansLessThanFourFifthsOfThePopulationShare() {
		assertThat(ReachAnalysis.status(ReachDimension.AGE, 10, 100, 3, new BigDecimal("10.0"), new BigDecimal("20.0")))
			.isEqualTo(Reach.UNDER_REACHED);
		assertThat(ReachAnalysis.status(ReachDimension.AGE, 16, 100, 3, new BigDecimal("16.0"), new BigDecimal("20.0")))
			.isEqualTo(Reach.IN_PROPORTION);
		assertThat(ReachAnalysis.status(ReachDimension.AGE, 0, 100, 3, BigDecimal.ZERO, new BigDecimal("20.0")))
			.isEqualTo(Reach.NOT_REACHED);
		assertThat(ReachAnalysis.status(ReachDimension.SEX, 0, 0, 3, null, null)).isEqualTo(Reach.NOT_RECORDED);
		assertThat(ReachAnalysis.status(ReachDimension.GROUP, 0, 0, 0, null, null)).isEqualTo(Reach.NOT_RECORDED);
	}

}
