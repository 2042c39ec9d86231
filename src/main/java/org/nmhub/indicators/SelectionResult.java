package org.nmhub.indicators;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One LSOA searched by a run: whether it was selected, its cluster and the numbers that
 * decided it.
 *
 * @param candidate whether the rules alone picked it
 * @param flag "include" or "exclude" when a flag by hand overrode the rules, else empty
 * @param reason the numbers and the outcome in words
 */
record SelectionResult(String code, String name, String district, boolean candidate, boolean selected,
		@Nullable Integer cluster, List<Measured> measures, String flag, String reason) {

	SelectionResult {
		measures = List.copyOf(measures);
	}

	/**
	 * One indicator tested for one LSOA.
	 *
	 * @param value the LSOA's national rank
	 * @param position its position in the reference (the national rank, or its rank among
	 * the partnership's LSOAs)
	 * @param of how many LSOAs the reference holds
	 * @param percent position as a percentage of {@code of}
	 */
	record Measured(String indicator, @Nullable BigDecimal value, int position, int of, @Nullable BigDecimal percent,
			boolean passes) {

	}

}
