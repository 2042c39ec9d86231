package org.nmhub.indicators;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as GOV.UK pages write them: "23 November 2026 at 2:05pm", UK time.
 */
final class Dates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

	private Dates() {
	}

	static String format(Instant instant) {
		return FORMAT.format(instant.atZone(ZoneId.of("Europe/London"))).replace("AM", "am").replace("PM", "pm");
	}

}
