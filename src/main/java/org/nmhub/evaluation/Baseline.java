package org.nmhub.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.indicators.Polarity;

/**
 * A neighbourhood's frozen baseline: the indicators chosen, with the neighbourhood's,
 * district's, partnership's and England's values as they stood (docs/adr/0024).
 */
record Baseline(long id, long neighbourhoodId, String neighbourhoodKey, String neighbourhoodName,
		@Nullable String districtName, String editionKey, String editionLabel, String note, String frozenBy,
		Instant frozenAt, List<Value> values) {

	Baseline {
		values = List.copyOf(values);
	}

	enum Source {

		IOD("Indices of Deprivation"), LOCAL("Local indicator"), SURVEY("Resident survey");

		private final String label;

		Source(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * One indicator's figures for the four areas at one time.
	 *
	 * @param key e.g. {@code iod:imd_score}, {@code local:12}, {@code survey:Feel safe}
	 * @param counts whether the figures are counts (compared by percentage change)
	 * @param measured when the figures are for: "IoD 2015", "2021-04", "2008"
	 */
	record Value(String key, Source source, String label, Polarity polarity, boolean counts, String measured,
			@Nullable BigDecimal neighbourhood, @Nullable BigDecimal district, @Nullable BigDecimal partnership,
			@Nullable BigDecimal england, @Nullable BigDecimal ciLow, @Nullable BigDecimal ciHigh,
			@Nullable Integer sampleSize) {

		public String polarityText() {
			return switch (polarity) {
				case HIGHER_IS_WORSE -> "Lower is better";
				case LOWER_IS_WORSE -> "Higher is better";
				case NEUTRAL -> "No better direction";
			};
		}

		static String show(@Nullable BigDecimal value) {
			return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
		}

		public String neighbourhoodText() {
			String shown = show(neighbourhood);
			return ciLow != null && ciHigh != null
					? shown + "% (" + show(ciLow) + "–" + show(ciHigh) + ", n=" + sampleSize + ")" : shown;
		}

		public String districtText() {
			return show(district);
		}

		public String partnershipText() {
			return show(partnership);
		}

		public String englandText() {
			return show(england);
		}

	}

}
