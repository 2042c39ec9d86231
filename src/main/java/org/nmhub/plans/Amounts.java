package org.nmhub.plans;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads an amount of money as typed: "£12,500", "12500.00" or "-40".
 */
final class Amounts {

	private Amounts() {
	}

	/** The amount, if the text is a number with at most two decimal places. */
	static Optional<BigDecimal> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String plain = text.trim().replace("£", "").replace(",", "").replace(" ", "");
		try {
			BigDecimal amount = new BigDecimal(plain);
			return amount.scale() > 2 || amount.abs().compareTo(new BigDecimal("999999999999.99")) > 0
					? Optional.empty() : Optional.of(amount.setScale(2));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
