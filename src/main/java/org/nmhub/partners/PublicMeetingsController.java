package org.nmhub.partners;

import java.time.LocalDateTime;

import org.nmhub.access.PartnershipRef;
import org.nmhub.access.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For residents: the bodies marked public and their meeting dates, nothing else (no
 * agendas, attendance, minutes or actions).
 */
@Controller
class PublicMeetingsController {

	/** A public body's meeting: its body, date and time only. */
	record PublicMeeting(String body, LocalDateTime startsAt, boolean timeRecorded, boolean past) {
	}

	private final MeetingRepository meetings;

	PublicMeetingsController(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/public/{partnership}/meetings")
	@PublicPage
	String list(PartnershipRef partnership, Model model) {
		model.addAttribute("partnership", partnership);
		model.addAttribute("meetings",
				meetings.publicMeetings(partnership.id().value())
					.stream()
					.filter(m -> !m.cancelled())
					.map(m -> new PublicMeeting(m.bodyName(), m.startsAt(), m.timeRecorded(), m.past()))
					.toList());
		return "partners/public-meetings";
	}

}
