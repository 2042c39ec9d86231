package org.nmhub.indicators;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One indicator summarised over a set of LSOAs (a neighbourhood, a district, a
 * partnership or England), as the indicator's kind allows: scores and rates as a mean
 * (weighted by population where the edition has population denominators), counts as a
 * total, ranks and deciles only as the distribution of LSOAs over England's deciles,
 * never averaged.
 *
 * @param areas how many of the LSOAs have a value
 * @param mostDeprivedTenth how many are in England's most deprived 10%
 * @param decileCounts LSOAs in each national decile, most deprived first (ranks and
 * deciles only)
 */
public record ScopeSummary(int areas, @Nullable BigDecimal mean, @Nullable BigDecimal weightedMean,
		@Nullable BigDecimal total, int mostDeprivedTenth, List<Integer> decileCounts) {

	public ScopeSummary {
		decileCounts = List.copyOf(decileCounts);
	}

	static ScopeSummary none() {
		return new ScopeSummary(0, null, null, null, 0, List.of());
	}

	/** The share of the LSOAs in England's most deprived 10%, as a percentage. */
	public @Nullable BigDecimal mostDeprivedTenthPercent() {
		return areas == 0 ? null : BigDecimal.valueOf(mostDeprivedTenth * 100L)
			.divide(BigDecimal.valueOf(areas), 1, java.math.RoundingMode.HALF_UP);
	}

}
