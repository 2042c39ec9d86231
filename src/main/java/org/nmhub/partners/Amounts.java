package org.nmhub.partners;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads sums of money typed in forms ("£15,000", "1000.50"). */
final class Amounts {

	private Amounts() {
	}

	/**
	 * The amount in pounds, if the text is a non-negative sum with at most two decimal
	 * places and fits numeric(14,2).
	 */
	static Optional<BigDecimal> pounds(String text) {
		String plain = text.trim().replace("£", "").replace(",", "").trim();
		if (!plain.matches("\\d{1,12}(\\.\\d{1,2})?")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(plain).setScale(2));
	}

}
