package org.nmhub.partners;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IcalendarTests {

	private static Meeting meeting(long id, String body, LocalDateTime start, LocalDateTime end, boolean timed,
			String location) {
		return new Meeting(id, 1, body, false, start, end, timed, location, "", false, "test", false, false, List.of(),
				List.of(), List.of(), List.of());
	}

	@Test
	void linesEndInCrlfAndNoneIsLongerThan75OctetsEvenWithMultiByteCharacters() {
		String longName = "Café ".repeat(40) + "Neighbourhood Action Team – Greenhill, Coalville; “quoted”";
		String ics = Icalendar
			.of("Calendar", "nmhub.test",
					List.of(meeting(7, longName, LocalDateTime.of(2008, 7, 15, 18, 30),
							LocalDateTime.of(2008, 7, 15, 20, 0), true, "Hall")),
					Instant.parse("2008-01-01T00:00:00Z"));
		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + Icalendar.text(longName) + "\r\n");
		assertThat(unfolded).contains("Greenhill\\, Coalville\\; “quoted”");
	}

	@Test
	void timesAreUtcFromLondonTimeAndUntimedMeetingsAreAllDay() {
		String ics = Icalendar.of("C", "h",
				List.of(meeting(1, "Summer", LocalDateTime.of(2008, 7, 15, 18, 30),
						LocalDateTime.of(2008, 7, 15, 20, 0), true, ""),
						meeting(2, "Champions", LocalDateTime.of(2006, 5, 11, 0, 0),
								LocalDateTime.of(2006, 5, 11, 23, 59), false, "Goscote Committee Room, County Hall")),
				Instant.parse("2008-01-01T00:00:00Z"));
		assertThat(ics).contains("DTSTART:20080715T173000Z\r\n", "DTEND:20080715T190000Z\r\n",
				"DTSTART;VALUE=DATE:20060511\r\n", "DTEND;VALUE=DATE:20060512\r\n",
				"LOCATION:Goscote Committee Room\\, County Hall\r\n", "UID:meeting-2@h\r\n",
				"DTSTAMP:20080101T000000Z");
	}

	@Test
	void textEscapesBackslashSemicolonCommaAndNewlines() {
		assertThat(Icalendar.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
	}

}
