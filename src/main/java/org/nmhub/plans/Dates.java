package org.nmhub.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Dates as people read them: "1 April 2009".
 */
final class Dates {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Dates() {
	}

	static String day(@Nullable LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	static String day(@Nullable Instant instant) {
		return instant == null ? "" : DAY.format(instant.atZone(LONDON).toLocalDate());
	}

}
