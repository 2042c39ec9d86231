package org.nmhub.partners;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes meetings as an iCalendar (RFC 5545) feed: CRLF line ends, lines folded at 75
 * octets without splitting a character, TEXT values escaped, times in UTC. A meeting
 * whose time the source does not give is an all-day event.
 */
final class Icalendar {

	static final String MEDIA_TYPE = "text/calendar";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private Icalendar() {
	}

	/**
	 * @param name the calendar's name
	 * @param host the host part of each event's UID
	 * @param stamp when the feed was made (DTSTAMP)
	 */
	static String of(String name, String host, List<Meeting> meetings, Instant stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//NM Hub//Partners meetings//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(name));
		for (Meeting m : meetings) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:meeting-" + m.id() + "@" + host);
			line(out, "DTSTAMP:" + UTC.format(stamp));
			if (m.timeRecorded()) {
				line(out, "DTSTART:" + utc(m.startsAt()));
				line(out, "DTEND:" + utc(m.endsAt()));
			}
			else {
				line(out, "DTSTART;VALUE=DATE:" + DATE.format(m.startsAt()));
				line(out, "DTEND;VALUE=DATE:" + DATE.format(m.startsAt().toLocalDate().plusDays(1)));
			}
			line(out, "SUMMARY:" + text(m.bodyName() + (m.illustrative() ? " (illustrative)" : "")));
			if (!m.location().isBlank()) {
				line(out, "LOCATION:" + text(m.location()));
			}
			if (m.cancelled()) {
				line(out, "STATUS:CANCELLED");
			}
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static String utc(LocalDateTime local) {
		return UTC.format(local.atZone(LONDON).toInstant());
	}

	/** Escapes a TEXT value (RFC 5545 3.3.11). */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Appends a content line folded at 75 octets (RFC 5545 3.1), ending in CRLF. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
