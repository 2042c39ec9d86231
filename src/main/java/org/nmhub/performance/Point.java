package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A dated value: a baseline, a target, or an actual for a period (with its label).
 */
record Point(LocalDate date, BigDecimal value, @Nullable String label) {

	Point(LocalDate date, BigDecimal value) {
		this(date, value, null);
	}

}
