package org.nmhub.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * How a stretch (reward) target pays: nothing below a minimum share of the stretch; at or
 * above it, the maximum reward in proportion to the share achieved (capped at the
 * maximum), or the whole reward when payment is not proportional.
 *
 * @param minimumThresholdPct the share of the stretch, in per cent, below which nothing
 * is paid
 * @param proportional whether payment is in proportion to the share achieved
 */
record RewardRule(BigDecimal minimumThresholdPct, boolean proportional) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The share of the stretch achieved: how far the actual has gone from the level
	 * expected without the reward towards the stretched level, 0 at or below the former,
	 * 1 at the latter (more beyond it). Works for either polarity, since the stretch lies
	 * in the better direction.
	 * @return the share (4 decimal places), or {@code null} when a figure is missing or
	 * there is no stretch
	 */
	static @Nullable BigDecimal share(@Nullable BigDecimal withoutStretch, @Nullable BigDecimal stretch,
			@Nullable BigDecimal actual) {
		if (withoutStretch == null || stretch == null || actual == null) {
			return null;
		}
		BigDecimal span = stretch.subtract(withoutStretch);
		if (span.signum() == 0) {
			return null;
		}
		BigDecimal share = actual.subtract(withoutStretch).divide(span, 4, RoundingMode.HALF_UP);
		return share.signum() < 0 ? BigDecimal.ZERO.setScale(4) : share;
	}

	/**
	 * The reward this rule pays at a share of the stretch.
	 * @return the reward in pounds (2 decimal places), or {@code null} when the maximum
	 * or the share is missing
	 */
	@Nullable BigDecimal reward(@Nullable BigDecimal maximum, @Nullable BigDecimal share) {
		if (maximum == null || share == null) {
			return null;
		}
		if (share.multiply(HUNDRED).compareTo(minimumThresholdPct) < 0 || share.signum() == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		if (!proportional) {
			return maximum.setScale(2, RoundingMode.HALF_UP);
		}
		BigDecimal capped = share.min(BigDecimal.ONE);
		return maximum.multiply(capped).setScale(2, RoundingMode.HALF_UP);
	}

	String describe() {
		String threshold = minimumThresholdPct.signum() == 0 ? "no minimum"
				: "nothing below " + minimumThresholdPct.stripTrailingZeros().toPlainString() + "% of the stretch";
		return threshold + (proportional ? "; paid in proportion to the share achieved" : "; paid in full above it");
	}

}
