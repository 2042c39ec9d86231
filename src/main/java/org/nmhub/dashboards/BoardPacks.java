package org.nmhub.dashboards;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nmhub.access.PartnershipId;
import org.nmhub.dashboards.BoardPackRepository.DueMeeting;
import org.nmhub.notifications.Mailer;
import org.nmhub.printing.PdfRenderer;
import org.nmhub.shared.AuditedChange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes each receiving body's pack before its meeting: a PDF of the partnership
 * dashboard's figures, the LAA RAG summary, plan delivery, the alerts and the meeting's
 * agenda, stored in the database and announced to the body's members by e-mail with a
 * link (the pack itself needs signing in). Run by a db-scheduler task
 * ({@link BoardPackSchedule}), so one instance of a fleet runs it at a time; and the
 * pack's unique meeting makes a second run a no-op, so a meeting never gets two packs or
 * two rounds of e-mails.
 */
@Service
class BoardPacks {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

	private final BoardPackRepository packs;

	private final Dashboards dashboards;

	private final PdfRenderer pdf;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final String baseUrl;

	BoardPacks(BoardPackRepository packs, Dashboards dashboards, PdfRenderer pdf, Mailer mailer,
			ApplicationEventPublisher events, TransactionTemplate transaction,
			@Value("${nmhub.base-url}") String baseUrl) {
		this.packs = packs;
		this.dashboards = dashboards;
		this.pdf = pdf;
		this.mailer = mailer;
		this.events = events;
		this.transaction = transaction;
		this.baseUrl = baseUrl;
	}

	/**
	 * Makes the packs due at {@code now}, each in its own transaction with its e-mails.
	 * @return how many packs were made
	 */
	int generateDue(Instant now) {
		int made = 0;
		for (DueMeeting meeting : packs.dueMeetings(now)) {
			Optional<Long> id = transaction.execute(status -> generate(meeting));
			if (id != null && id.isPresent()) {
				made++;
			}
		}
		return made;
	}

	private Optional<Long> generate(DueMeeting meeting) {
		String title = meeting.bodyName() + " pack for " + WHEN.format(meeting.startsAt());
		Dashboard dashboard = dashboards
			.dashboard(new PartnershipId(meeting.partnershipId()), meeting.partnershipName(),
					Dashboard.Scope.PARTNERSHIP, null)
			.orElseThrow();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("title", title);
		model.put("meeting", meeting);
		model.put("when", WHEN.format(meeting.startsAt()));
		model.put("agenda", packs.agenda(meeting.partnershipId(), meeting.meetingId()));
		model.put("dashboard", dashboard);
		byte[] document = pdf.render("dashboards/board-pack", model);
		Optional<Long> id = packs.insert(meeting.partnershipId(), meeting.meetingId(), meeting.bodyId(), title,
				document);
		if (id.isEmpty()) {
			return id;
		}
		List<String> to = packs.recipients(meeting.partnershipId(), meeting.bodyId());
		String link = baseUrl + "/p/" + meeting.slug() + "/board-packs/" + id.get();
		for (String address : to) {
			mailer.queue(address, "Board pack: " + meeting.bodyName() + ", " + WHEN.format(meeting.startsAt()),
					"The pack for the " + meeting.bodyName() + " meeting on " + WHEN.format(meeting.startsAt())
							+ " is ready: the partnership's dashboard figures, the LAA RAG summary, plan delivery,"
							+ " alerts and the agenda.\n\nOpen it here (sign in to NM Hub first):\n" + link + "\n");
		}
		packs.recordRecipients(id.get(), to.size());
		events.publishEvent(new BoardPackChanged(new AuditedChange(meeting.partnershipId(), null,
				"NM Hub (scheduled task)", "created", "board pack", String.valueOf(id.get()),
				"Generated the " + title + " and e-mailed " + to.size() + " member" + (to.size() == 1 ? "" : "s"),
				Map.of(), Map.of("meeting", meeting.meetingId(), "recipients", to.size()))));
		return id;
	}

}
