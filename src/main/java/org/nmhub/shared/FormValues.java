package org.nmhub.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads typed values from what a person entered in a form. Forms keep the text as typed,
 * so that a mistake is shown back with a message instead of failing the request.
 */
public final class FormValues {

	private FormValues() {
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
