package org.nmhub.performance;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Reads numbers as people type them: "1,250", "12.5", "£2,000", "-3". */
final class Numbers {

	/** Largest magnitude the database keeps (numeric(18,4)). */
	static final BigDecimal LIMIT = new BigDecimal("99999999999999");

	private Numbers() {
	}

	static Optional<BigDecimal> decimal(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String cleaned = text.trim().replace(",", "").replace("£", "").replace("%", "");
		if (!cleaned.matches("-?\\d{1,14}(\\.\\d{1,4})?")) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(cleaned);
		return value.abs().compareTo(LIMIT) > 0 ? Optional.empty() : Optional.of(value);
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	static @Nullable String trimmed(@Nullable String text) {
		return blank(text) ? null : text.trim();
	}

}
