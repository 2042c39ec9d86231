package org.nmhub.partners;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Role;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.shared.FormValues;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the partnership's bodies: scheduling, agenda, attendance (guests flagged),
 * minutes, decisions and actions arising. Every read is limited to the bodies the user
 * may see.
 */
@Service
class Meetings {

	private final MeetingRepository meetings;

	private final Bodies bodies;

	private final Organisations organisations;

	private final Places places;

	private final ApplicationEventPublisher events;

	Meetings(MeetingRepository meetings, Bodies bodies, Organisations organisations, Places places,
			ApplicationEventPublisher events) {
		this.meetings = meetings;
		this.bodies = bodies;
		this.organisations = organisations;
		this.places = places;
		this.events = events;
	}

	/** Meetings of the bodies the user may see. */
	List<Meeting> visible(PartnershipContext context) {
		return meetings.meetings(context.partnershipId().value(),
				bodies.visible(context).stream().map(PartnerBody::id).toList());
	}

	List<Meeting> ofBody(PartnershipContext context, long body) {
		return meetings.meetings(context.partnershipId().value(), List.of(body));
	}

	/**
	 * The user's own meetings: those of bodies their organisation belongs to or that name
	 * them (as a member or attendee), among the bodies they may see.
	 */
	List<Meeting> mine(PartnershipContext context) {
		Set<Long> own = new TreeSet<>(
				meetings.bodiesOfPerson(context.partnershipId().value(), context.user().displayName()));
		bodies.visible(context)
			.stream()
			.filter(b -> organisations.memberships(context, context.user().organisationId())
				.stream()
				.anyMatch(m -> m.bodyId() == b.id()))
			.forEach(b -> own.add(b.id()));
		Set<Long> visible = new TreeSet<>(bodies.visible(context).stream().map(PartnerBody::id).toList());
		own.retainAll(visible);
		return meetings.meetings(context.partnershipId().value(), own);
	}

	/**
	 * The meeting, if it exists in the partnership; whether the user may see it is
	 * separate.
	 */
	Optional<Meeting> find(PartnershipContext context, long id) {
		return meetings.meeting(context.partnershipId().value(), id).map(m -> withNeighbourhoodNames(context, m));
	}

	private Meeting withNeighbourhoodNames(PartnershipContext context, Meeting m) {
		Map<String, String> names = new LinkedHashMap<>();
		places.neighbourhoods(context.partnershipId()).forEach(n -> names.put(n.key(), n.name()));
		return new Meeting(m.id(), m.bodyId(), m.bodyName(), m.bodyPublic(), m.startsAt(), m.endsAt(), m.timeRecorded(),
				m.location(), m.minutes(), m.cancelled(), m.source(), m.illustrative(), m.past(),
				m.agenda()
					.stream()
					.map(a -> new Meeting.AgendaItem(a.title(), a.neighbourhoodKey(),
							a.neighbourhoodKey() == null ? null
									: names.getOrDefault(a.neighbourhoodKey(), a.neighbourhoodKey()),
							a.themeLabel(), a.issue()))
					.toList(),
				m.attendance(), m.decisions(), m.actions());
	}

	List<NeighbourhoodRef> neighbourhoods(PartnershipContext context) {
		return places.neighbourhoods(context.partnershipId());
	}

	/** Schedules (or records) a meeting; it must end after it starts. Audited. */
	@Transactional
	Either<FieldProblem, Long> schedule(PartnershipContext context, long body, MeetingForms.Schedule form) {
		PartnerBody target = bodies.find(context.partnershipId(), body).orElseThrow();
		Optional<LocalDate> date = FormValues.date(form.date());
		if (date.isEmpty()) {
			return Either.left(new FieldProblem("date", "Enter a real date, for example 2008-05-12"));
		}
		Optional<LocalTime> starts = time(form.startTime());
		if (starts.isEmpty()) {
			return Either.left(new FieldProblem("startTime", "Enter the start time as hours and minutes, like 14:00"));
		}
		Optional<LocalTime> ends = time(form.endTime());
		if (ends.isEmpty()) {
			return Either.left(new FieldProblem("endTime", "Enter the end time as hours and minutes, like 16:00"));
		}
		if (!ends.get().isAfter(starts.get())) {
			return Either.left(new FieldProblem("endTime", "The meeting must end after it starts"));
		}
		LocalDateTime start = date.get().atTime(starts.get());
		LocalDateTime end = date.get().atTime(ends.get());
		String location = form.location() == null ? "" : form.location().trim();
		long id = meetings.insertMeeting(context.partnershipId().value(), body, start, end, location);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("body", target.name());
		now.put("startsAt", start.toString());
		now.put("endsAt", end.toString());
		now.put("location", location);
		events.publishEvent(PartnersAudit.change(context, "created", "meeting", id,
				"Scheduled a meeting of " + target.name() + " on " + date.get(), Map.of(), now));
		return Either.right(id);
	}

	private static Optional<LocalTime> time(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalTime.parse(text.trim()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	@Transactional
	Optional<FieldProblem> addAgendaItem(PartnershipContext context, Meeting meeting, MeetingForms.Agenda form) {
		String neighbourhood = blankToNull(form.neighbourhoodKey());
		if (neighbourhood != null && places.neighbourhood(context.partnershipId(), neighbourhood).isEmpty()) {
			return Optional.of(new FieldProblem("neighbourhoodKey", "Select one of the partnership's neighbourhoods"));
		}
		Theme theme = null;
		if (blankToNull(form.theme()) != null) {
			theme = FormValues.choice(Theme.class, form.theme()).orElse(null);
			if (theme == null) {
				return Optional.of(new FieldProblem("theme", "Select one of the themes"));
			}
		}
		String issue = blankToNull(form.issue());
		long id = meetings.insertAgendaItem(context.partnershipId().value(), meeting.id(), form.title().trim(),
				neighbourhood, theme, issue == null ? null : issue.toLowerCase(Locale.ROOT));
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("title", form.title().trim());
		now.put("neighbourhood", neighbourhood);
		now.put("theme", theme == null ? null : theme.name());
		now.put("issue", issue);
		audit(context, "agenda-item", id, "Added an agenda item to the meeting of " + meeting.bodyName(), now);
		return Optional.empty();
	}

	/**
	 * Records a person's attendance. Their organisation is required; if it is not a
	 * member of the body they are recorded, and flagged, as a guest.
	 * @return the problem, or the recorded attendance
	 */
	@Transactional
	Either<FieldProblem, MeetingRepository.Recorded> recordAttendance(PartnershipContext context, Meeting meeting,
			MeetingForms.Attendance form) {
		Optional<PartnerOrganisation> organisation = organisations.chosen(context, form.organisationId());
		if (organisation.isEmpty()) {
			return Either.left(new FieldProblem("organisationId", "Select the person's organisation"));
		}
		Optional<AttendanceStatus> status = FormValues.choice(AttendanceStatus.class, form.status());
		if (status.isEmpty()) {
			return Either.left(new FieldProblem("status", "Select present, apologies or substitute"));
		}
		String substituteFor = blankToNull(form.substituteFor());
		if (status.get() == AttendanceStatus.SUBSTITUTE && substituteFor == null) {
			return Either.left(new FieldProblem("substituteFor", "Enter the name of the member they substituted for"));
		}
		MeetingRepository.Recorded recorded = meetings.insertAttendance(context.partnershipId().value(), meeting.id(),
				form.person().trim(), organisation.get().id(), status.get(),
				status.get() == AttendanceStatus.SUBSTITUTE ? substituteFor : null);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("person", form.person().trim());
		now.put("organisation", organisation.get().name());
		now.put("status", status.get().name());
		now.put("substituteFor", substituteFor);
		now.put("guest", recorded.guest());
		audit(context, "attendance", recorded.id(), "Recorded " + form.person().trim() + " ("
				+ status.get().label().toLowerCase(Locale.ROOT) + ") at the meeting of " + meeting.bodyName(), now);
		return Either.right(recorded);
	}

	@Transactional
	void saveMinutes(PartnershipContext context, Meeting meeting, MeetingForms.Minutes form) {
		String minutes = form.minutes() == null ? "" : form.minutes().trim();
		meetings.updateMinutes(context.partnershipId().value(), meeting.id(), minutes);
		events.publishEvent(PartnersAudit.change(context, "updated", "meeting", meeting.id(),
				"Saved the minutes of the meeting of " + meeting.bodyName(), Map.of("minutes", meeting.minutes()),
				Map.of("minutes", minutes)));
	}

	@Transactional
	void addDecision(PartnershipContext context, Meeting meeting, MeetingForms.Decision form) {
		long id = meetings.insertDecision(context.partnershipId().value(), meeting.id(), form.text().trim());
		audit(context, "decision", id, "Recorded a decision of " + meeting.bodyName(),
				Map.of("text", form.text().trim()));
	}

	@Transactional
	Optional<FieldProblem> addAction(PartnershipContext context, Meeting meeting, MeetingForms.Action form) {
		Optional<PartnerOrganisation> owner = organisations.chosen(context, form.ownerOrganisationId());
		if (owner.isEmpty()) {
			return Optional.of(new FieldProblem("ownerOrganisationId", "Select the organisation that owns the action"));
		}
		LocalDate due = null;
		if (blankToNull(form.dueOn()) != null) {
			due = FormValues.date(form.dueOn()).orElse(null);
			if (due == null) {
				return Optional.of(new FieldProblem("dueOn", "Enter a real date, for example 2008-06-30"));
			}
		}
		long id = meetings.insertAction(context.partnershipId().value(), meeting.id(), form.description().trim(),
				owner.get().id(), due);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("description", form.description().trim());
		now.put("owner", owner.get().name());
		now.put("dueOn", due == null ? null : due.toString());
		audit(context, "meeting-action", id,
				"Recorded an action for " + owner.get().name() + " arising from " + meeting.bodyName(), now);
		return Optional.empty();
	}

	/**
	 * Marks an action done today; a partner officer only for their own organisation's.
	 */
	@Transactional
	boolean completeAction(PartnershipContext context, Meeting meeting, long action) {
		Meeting.Action found = meeting.actions().stream().filter(a -> a.id() == action).findFirst().orElseThrow();
		if (context.role() == Role.PARTNER_OFFICER
				&& (found.ownerId() == null || found.ownerId() != context.user().organisationId())) {
			return false;
		}
		LocalDate today = LocalDate.now();
		meetings.completeAction(context.partnershipId().value(), action, today);
		events.publishEvent(PartnersAudit.change(context, "updated", "meeting-action", action,
				"Marked an action of " + meeting.bodyName() + " done", Map.of(),
				Map.of("completedOn", today.toString())));
		return true;
	}

	Optional<Long> meetingOfAction(PartnershipContext context, long action) {
		return meetings.meetingOfAction(context.partnershipId().value(), action);
	}

	private void audit(PartnershipContext context, String recordType, long id, String summary,
			Map<String, @Nullable Object> now) {
		events.publishEvent(PartnersAudit.change(context, "created", recordType, id, summary, Map.of(), now));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
