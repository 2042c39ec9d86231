package org.nmhub.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Sums of money as typed in a form: pounds and pence, never a floating-point number.
 * Reads "£1,234.56", "1234.5" or "1234"; refuses more than two decimal places, and
 * negative amounts unless the row is an explicitly typed refund.
 */
final class Money {

	/** The largest amount numeric(14,2) holds. */
	static final BigDecimal MAXIMUM = new BigDecimal("999999999999.99");

	private Money() {
	}

	/**
	 * The amount, or the problem with the text, naming the field as the person sees it.
	 */
	sealed interface Read permits Amount, Problem, Blank {

	}

	record Amount(BigDecimal value) implements Read {
	}

	record Problem(String message) implements Read {
	}

	record Blank() implements Read {
	}

	/**
	 * Reads an amount of money.
	 * @param text what was typed
	 * @param what the field's name in messages, e.g. "Amount for 2006/07"
	 * @param negativeAllowed whether a negative amount is acceptable (a typed refund)
	 */
	static Read read(String text, String what, boolean negativeAllowed) {
		if (text == null || text.isBlank()) {
			return new Blank();
		}
		String cleaned = text.trim().replace(",", "").replace("£", "").replace(" ", "");
		BigDecimal value;
		try {
			value = new BigDecimal(cleaned);
		}
		catch (NumberFormatException ex) {
			return new Problem(what + " must be an amount in pounds, like 1,250.00");
		}
		if (value.scale() > 2) {
			return new Problem(what + " must not have more than 2 decimal places (pence)");
		}
		if (value.signum() < 0 && !negativeAllowed) {
			return new Problem(what + " must not be negative (record a refund as a refund)");
		}
		if (value.abs().compareTo(MAXIMUM) > 0) {
			return new Problem(what + " is too large");
		}
		return new Amount(value.setScale(2, RoundingMode.UNNECESSARY));
	}

	/** "£1,234.56", or "£1,234" when there are no pence. */
	static String format(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormat f = new DecimalFormat(
				amount.stripTrailingZeros().scale() <= 0 ? "£#,##0;-£#,##0" : "£#,##0.00;-£#,##0.00",
				DecimalFormatSymbols.getInstance(Locale.UK));
		return f.format(amount);
	}

	/** "+£500" or "-£880": a difference shown with its sign. */
	static String signed(BigDecimal difference) {
		return (difference.signum() > 0 ? "+" : "") + format(difference);
	}

}
