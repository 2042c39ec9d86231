package org.nmhub.performance;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NeighbourhoodGapTests {

	private static BigDecimal d(String v) {
		return new BigDecimal(v);
	}

	@Test
	void aWorseOffNeighbourhoodWhoseGapShrinksIsNarrowing() {
		assertThat(BoardReports.trend(d("0.09"), d("0.05"), 1)).isEqualTo("Narrowing");
		assertThat(BoardReports.trend(d("0.05"), d("0.09"), 1)).isEqualTo("Widening");
	}

	@Test
	void lowerIsWorseTurnsTheGapRound() {
		assertThat(BoardReports.trend(d("-10"), d("-4"), -1)).isEqualTo("Narrowing");
	}

	@Test
	void aNeighbourhoodBetterThanThePartnershipHasNoGap() {
		assertThat(BoardReports.trend(d("-0.01"), d("-0.02"), 1)).startsWith("No gap");
	}

	@Test
	void missingFiguresAreNotKnown() {
		assertThat(BoardReports.trend(null, d("0.1"), 1)).isEqualTo("Not known");
	}

}
