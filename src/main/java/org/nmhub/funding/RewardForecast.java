package org.nmhub.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.performance.RewardPosition;

/**
 * The reward likely to be earned, from each stretch target's position (the performance
 * framework's latest approved actual against the target and its reward rule), and whether
 * it would repay a loan.
 * <ul>
 * <li>Expected: the sum of the rewards the rules pay at the latest actuals, over the
 * targets where both the maximum and an actual are known.</li>
 * <li>At most: expected plus the maximum of every target with a maximum but no
 * actual.</li>
 * <li>The loan can be repaid if expected covers what is owed; it cannot if even the most
 * possible does not; otherwise it depends on targets not yet measured. A target with no
 * maximum reward recorded is left out of both and listed; if the answer would turn on
 * them, it is "not known".</li>
 * </ul>
 */
final class RewardForecast {

	private RewardForecast() {
	}

	enum Verdict {

		CAN_REPAY("The expected reward covers the loan"),
		CANNOT_REPAY("Even if every target not yet measured paid its maximum, the reward would not cover the loan"),
		DEPENDS("Whether the reward covers the loan depends on targets with no actual yet"),
		NOT_KNOWN("Not known: the targets that could cover the loan have no maximum reward recorded"),
		NO_LOAN("No loan is owed");

		private final String label;

		Verdict(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

	}

	record Row(String code, String title, String maximum, String share, String expected, String note) {
	}

	record Forecast(List<Row> rows, BigDecimal expected, BigDecimal atMost, BigDecimal owed, Verdict verdict,
			int unmeasured, int withoutMaximum) {

		String expectedText() {
			return Money.format(expected);
		}

		String atMostText() {
			return Money.format(atMost);
		}

		String owedText() {
			return Money.format(owed);
		}

		String verdictText() {
			return verdict.label();
		}

		/** Expected reward less what is owed (negative = a shortfall). */
		String headroomText() {
			return Money.signed(expected.subtract(owed));
		}

		/** The forecast as text, for the page. */
		View view() {
			return new View(rows, expectedText(), atMostText(), owedText(), headroomText(), verdictText(),
					withoutMaximum);
		}

	}

	record View(List<Row> rows, String expected, String atMost, String owed, String headroom, String verdict,
			int withoutMaximum) {
	}

	static Forecast of(List<RewardPosition> positions, BigDecimal owed) {
		BigDecimal expected = BigDecimal.ZERO.setScale(2);
		BigDecimal unmeasuredMaximum = BigDecimal.ZERO.setScale(2);
		int unmeasured = 0;
		int withoutMaximum = 0;
		List<Row> rows = new java.util.ArrayList<>();
		for (RewardPosition p : positions) {
			String note;
			if (p.maximumReward() == null) {
				withoutMaximum++;
				note = "No maximum reward recorded: left out";
			}
			else if (p.expectedReward() == null) {
				unmeasured++;
				unmeasuredMaximum = unmeasuredMaximum.add(p.maximumReward());
				note = "No approved actual yet: counted only in 'at most'";
			}
			else {
				expected = expected.add(p.expectedReward());
				note = "";
			}
			rows.add(new Row(p.code(), p.title(), text(p.maximumReward()), share(p.shareAchieved()),
					text(p.expectedReward()), note));
		}
		BigDecimal atMost = expected.add(unmeasuredMaximum);
		Verdict verdict;
		if (owed.signum() <= 0) {
			verdict = Verdict.NO_LOAN;
		}
		else if (expected.compareTo(owed) >= 0) {
			verdict = Verdict.CAN_REPAY;
		}
		else if (atMost.compareTo(owed) < 0) {
			verdict = withoutMaximum > 0 ? Verdict.NOT_KNOWN : Verdict.CANNOT_REPAY;
		}
		else {
			verdict = Verdict.DEPENDS;
		}
		return new Forecast(List.copyOf(rows), expected, atMost, owed, verdict, unmeasured, withoutMaximum);
	}

	private static String text(@Nullable BigDecimal amount) {
		return amount == null ? "Not known" : Money.format(amount);
	}

	private static String share(@Nullable BigDecimal share) {
		return share == null ? "Not known"
				: share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

}
