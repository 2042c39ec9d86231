package org.nmhub.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads typed values from what a person entered in a form. Forms keep the text as typed,
 * so that a mistake is shown back with a message instead of failing the request.
 */
public final class FormValues {

	/** The largest sum of money NM Hub stores (numeric(14,2)). */
	public static final BigDecimal MAXIMUM_MONEY = new BigDecimal("999999999999.99");

	private FormValues() {
	}

	/**
	 * A sum of money typed as "£15,000", "1000.50" or "-250", if it has at most two
	 * decimal places (pence) and fits numeric(14,2); scaled to pence. Callers decide
	 * whether a negative sum is allowed.
	 */
	public static Optional<BigDecimal> money(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String plain = text.trim().replace("£", "").replace(",", "").replace(" ", "");
		if (!plain.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
			return Optional.empty();
		}
		BigDecimal amount = new BigDecimal(plain).setScale(2);
		return amount.abs().compareTo(MAXIMUM_MONEY) > 0 ? Optional.empty() : Optional.of(amount);
	}

	/** An ISO date (as browsers send from a date field), if the text is one. */
	public static Optional<LocalDate> date(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.trim()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A whole number, if the text is one. */
	public static Optional<Long> whole(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(text.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** An enum constant by name, if the text names one. */
	public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Enum.valueOf(type, text.trim()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
