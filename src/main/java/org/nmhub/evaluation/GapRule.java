package org.nmhub.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.nmhub.indicators.Polarity;

/**
 * Narrowing the gap (the Sustainable Community Strategy's outcome 1.2: "improved quality
 * of life for people living in the most disadvantaged neighbourhoods, at a faster rate
 * than the county generally"), as a pure rule on frozen and later figures
 * (docs/adr/0024).
 * <p>
 * Improvement is the change since the baseline in the better direction: for an indicator
 * where higher is worse (IMD scores, crime) a fall is an improvement. Counts (such as
 * crimes) are compared by percentage change, because a neighbourhood's count and a
 * county's differ in size; everything else (scores, rates, shares) by change in its own
 * units. The gap is narrowing when the neighbourhood improved by more than the
 * comparator, widening when by less, unchanged when by the same (to two decimal places).
 * Without a baseline or a later figure for either, or for an indicator with no better
 * direction, the answer is "cannot tell". Survey results carry sampling error: a change
 * is only claimed when the two 95% intervals do not overlap.
 */
final class GapRule {

	private static final int SCALE = 2;

	private GapRule() {
	}

	enum Verdict {

		NARROWING("Narrowing"), WIDENING("Widening"), NO_CHANGE("No change"), IMPROVED("Improved"),
		WORSENED("Worsened"), CANNOT_TELL("Cannot tell");

		private final String label;

		Verdict(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** An area's figure at the baseline and later. */
	record Change(@Nullable BigDecimal baseline, @Nullable BigDecimal latest) {

		static Change of(@Nullable BigDecimal baseline, @Nullable BigDecimal latest) {
			return new Change(baseline, latest);
		}

		boolean complete() {
			return baseline != null && latest != null;
		}

		/** The change, latest minus baseline, or null without both. */
		@Nullable BigDecimal difference() {
			return complete() ? latest.subtract(baseline) : null;
		}

		/** The change as a percentage of the baseline, or null without both or from 0. */
		@Nullable BigDecimal percent() {
			if (!complete() || baseline.signum() == 0) {
				return null;
			}
			return latest.subtract(baseline)
				.multiply(BigDecimal.valueOf(100))
				.divide(baseline.abs(), 6, RoundingMode.HALF_UP);
		}

	}

	/** A verdict with the figures behind it, in plain words. */
	record Answer(Verdict verdict, String sentence, @Nullable BigDecimal improvementHere,
			@Nullable BigDecimal improvementThere) {

		public boolean narrowing() {
			return verdict == Verdict.NARROWING;
		}

	}

	/**
	 * Whether the neighbourhood's gap with a comparator (its district, the partnership,
	 * England) is narrowing.
	 * @param counts whether the figures are counts (compared by percentage change)
	 */
	static Answer gap(Polarity polarity, boolean counts, Change here, Change there, String hereName, String thereName) {
		if (polarity == Polarity.NEUTRAL) {
			return new Answer(Verdict.CANNOT_TELL,
					"Cannot tell: this indicator has no better or worse direction, so there is no gap to narrow.", null,
					null);
		}
		if (!here.complete() || !there.complete()) {
			String missing = !here.complete() ? hereName : thereName;
			return new Answer(Verdict.CANNOT_TELL, "Cannot tell: " + missing + " has no "
					+ ((!here.complete() ? here : there).baseline() == null ? "baseline" : "later") + " figure.", null,
					null);
		}
		BigDecimal ours = improvement(polarity, counts, here);
		BigDecimal theirs = improvement(polarity, counts, there);
		if (ours == null || theirs == null) {
			return new Answer(Verdict.CANNOT_TELL,
					"Cannot tell: a percentage change cannot be worked out from a baseline of 0.", null, null);
		}
		ours = ours.setScale(SCALE, RoundingMode.HALF_UP);
		theirs = theirs.setScale(SCALE, RoundingMode.HALF_UP);
		String unit = counts ? "%" : "";
		String figures = hereName + " " + describe(ours, unit) + ", " + thereName + " " + describe(theirs, unit)
				+ " since the baseline.";
		int compared = ours.compareTo(theirs);
		if (compared > 0) {
			return new Answer(Verdict.NARROWING,
					"Yes, the gap with " + thereName + " is narrowing: " + hereName + " improved faster. " + figures,
					ours, theirs);
		}
		if (compared < 0) {
			return new Answer(Verdict.WIDENING, "No, the gap with " + thereName + " is widening: " + hereName
					+ " improved more slowly or fell further behind. " + figures, ours, theirs);
		}
		return new Answer(Verdict.NO_CHANGE,
				"No, the gap with " + thereName + " is unchanged: both changed by the same. " + figures, ours, theirs);
	}

	/**
	 * Improvement since the baseline: positive when the figure moved in the better
	 * direction.
	 */
	static @Nullable BigDecimal improvement(Polarity polarity, boolean counts, Change change) {
		BigDecimal moved = counts ? change.percent() : change.difference();
		if (moved == null || polarity == Polarity.NEUTRAL) {
			return null;
		}
		return polarity == Polarity.HIGHER_IS_WORSE ? moved.negate() : moved;
	}

	/**
	 * Whether a survey result changed since the baseline, given each year's 95% interval:
	 * "cannot tell" while the intervals overlap.
	 */
	static Answer survey(Polarity polarity, @Nullable BigDecimal baseline, @Nullable BigDecimal baselineLow,
			@Nullable BigDecimal baselineHigh, @Nullable BigDecimal latest, @Nullable BigDecimal latestLow,
			@Nullable BigDecimal latestHigh) {
		if (baseline == null || latest == null || baselineLow == null || baselineHigh == null || latestLow == null
				|| latestHigh == null) {
			return new Answer(Verdict.CANNOT_TELL, "Cannot tell: there is no later survey result yet.", null, null);
		}
		String range = "baseline " + pct(baseline) + " (95% interval " + pct(baselineLow) + " to " + pct(baselineHigh)
				+ "), latest " + pct(latest) + " (" + pct(latestLow) + " to " + pct(latestHigh) + ")";
		boolean overlap = baselineLow.compareTo(latestHigh) <= 0 && latestLow.compareTo(baselineHigh) <= 0;
		if (overlap) {
			return new Answer(Verdict.CANNOT_TELL,
					"Cannot tell: the 95% intervals overlap, so the change may be sampling error; " + range + ".", null,
					null);
		}
		if (polarity == Polarity.NEUTRAL) {
			return new Answer(Verdict.CANNOT_TELL,
					"Cannot tell whether this is better: the measure has no better direction; " + range + ".", null,
					null);
		}
		boolean rose = latest.compareTo(baseline) > 0;
		boolean better = rose == (polarity == Polarity.LOWER_IS_WORSE);
		BigDecimal moved = latest.subtract(baseline);
		return new Answer(
				better ? Verdict.IMPROVED : Verdict.WORSENED, (better ? "Improved" : "Worsened")
						+ ", beyond sampling error (the 95% intervals do not overlap): " + range + ".",
				polarity == Polarity.LOWER_IS_WORSE ? moved : moved.negate(), null);
	}

	private static String describe(BigDecimal improvement, String unit) {
		if (improvement.signum() == 0) {
			return "did not change";
		}
		return (improvement.signum() > 0 ? "improved by " : "worsened by ") + improvement.abs().toPlainString() + unit;
	}

	private static String pct(BigDecimal value) {
		return value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

}
