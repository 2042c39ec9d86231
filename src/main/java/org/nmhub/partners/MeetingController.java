package org.nmhub.partners;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meetings of the bodies: the list, a meeting's page (agenda, attendance, minutes,
 * decisions, actions), scheduling, and calendars (.ics) per body and per person.
 */
@Controller
class MeetingController {

	static final String VIEW = "partners/meeting";

	/** A list of meetings under a heading. */
	record Group(String title, String testId, List<Meeting> meetings) {
	}

	private final Meetings meetings;

	private final Bodies bodies;

	private final Organisations organisations;

	MeetingController(Meetings meetings, Bodies bodies, Organisations organisations) {
		this.meetings = meetings;
		this.bodies = bodies;
		this.organisations = organisations;
	}

	@GetMapping("/p/{partnership}/meetings")
	String list(PartnershipContext context, Model model) {
		List<Meeting> all = meetings.visible(context);
		model.addAttribute("groups",
				List.of(new Group("Coming up", "upcoming", all.stream().filter(m -> !m.past()).toList()),
						new Group("Past meetings", "past",
								all.stream()
									.filter(Meeting::past)
									.sorted(Comparator.comparing(Meeting::startsAt).reversed())
									.toList())));
		return "partners/meetings";
	}

	@GetMapping(value = "/p/{partnership}/meetings/mine.ics", produces = Icalendar.MEDIA_TYPE)
	ResponseEntity<String> mine(PartnershipContext context, HttpServletRequest request) {
		return calendar("My meetings – " + context.partnership().name(), "my-meetings.ics", meetings.mine(context),
				request);
	}

	@GetMapping(value = "/p/{partnership}/bodies/{id}/meetings.ics", produces = Icalendar.MEDIA_TYPE)
	ResponseEntity<String> bodyCalendar(PartnershipContext context, @PathVariable long id, HttpServletRequest request) {
		PartnerBody body = visibleBody(context, id);
		return calendar(body.name(), "body-" + id + ".ics", meetings.ofBody(context, id), request);
	}

	private static ResponseEntity<String> calendar(String name, String filename, List<Meeting> meetings,
			HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(Icalendar.of(name, request.getServerName(), meetings, Instant.now()));
	}

	@GetMapping("/p/{partnership}/bodies/{id}/meetings/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String newMeeting(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("body", visibleBody(context, id));
		model.addAttribute("form", MeetingForms.Schedule.empty());
		return "partners/new-meeting";
	}

	@PostMapping("/p/{partnership}/bodies/{id}/meetings/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String schedule(PartnershipContext context, @PathVariable long id,
			@Valid @ModelAttribute("form") MeetingForms.Schedule form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("body", visibleBody(context, id));
		if (errors.hasErrors()) {
			return "partners/new-meeting";
		}
		Either<FieldProblem, Long> result = meetings.schedule(context, id, form);
		if (result.problem().isPresent()) {
			errors.rejectValue(result.left().field(), "invalid", result.left().message());
			return "partners/new-meeting";
		}
		redirect.addFlashAttribute("notice", "The meeting has been added");
		return "redirect:/p/" + context.partnership().slug() + "/meetings/" + result.right();
	}

	@GetMapping("/p/{partnership}/meetings/{id}")
	String show(PartnershipContext context, @PathVariable long id, Model model) {
		return page(context, visibleMeeting(context, id), model);
	}

	@PostMapping("/p/{partnership}/meetings/{id}/agenda")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String addAgendaItem(PartnershipContext context, @PathVariable long id,
			@Valid @ModelAttribute("agendaForm") MeetingForms.Agenda form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = visibleMeeting(context, id);
		if (!errors.hasErrors()) {
			Optional<FieldProblem> problem = meetings.addAgendaItem(context, meeting, form);
			if (problem.isEmpty()) {
				return done(context, id, "The agenda item has been added", redirect);
			}
			errors.rejectValue(problem.get().field(), "invalid", problem.get().message());
		}
		return page(context, meeting, model);
	}

	@PostMapping("/p/{partnership}/meetings/{id}/attendance")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String recordAttendance(PartnershipContext context, @PathVariable long id,
			@Valid @ModelAttribute("attendanceForm") MeetingForms.Attendance form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = visibleMeeting(context, id);
		if (!errors.hasErrors()) {
			Either<FieldProblem, MeetingRepository.Recorded> result = meetings.recordAttendance(context, meeting, form);
			if (result.problem().isEmpty()) {
				return done(context, id,
						form.person().trim() + " has been recorded" + (result.right().guest()
								? " as a guest: their organisation is not a member of " + meeting.bodyName() : ""),
						redirect);
			}
			errors.rejectValue(result.left().field(), "invalid", result.left().message());
		}
		return page(context, meeting, model);
	}

	@PostMapping("/p/{partnership}/meetings/{id}/minutes")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String saveMinutes(PartnershipContext context, @PathVariable long id,
			@Valid @ModelAttribute("minutesForm") MeetingForms.Minutes form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = visibleMeeting(context, id);
		if (errors.hasErrors()) {
			return page(context, meeting, model);
		}
		meetings.saveMinutes(context, meeting, form);
		return done(context, id, "The minutes have been saved", redirect);
	}

	@PostMapping("/p/{partnership}/meetings/{id}/decisions")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String addDecision(PartnershipContext context, @PathVariable long id,
			@Valid @ModelAttribute("decisionForm") MeetingForms.Decision form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = visibleMeeting(context, id);
		if (errors.hasErrors()) {
			return page(context, meeting, model);
		}
		meetings.addDecision(context, meeting, form);
		return done(context, id, "The decision has been recorded", redirect);
	}

	@PostMapping("/p/{partnership}/meetings/{id}/actions")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String addAction(PartnershipContext context, @PathVariable long id,
			@Valid @ModelAttribute("actionForm") MeetingForms.Action form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = visibleMeeting(context, id);
		if (!errors.hasErrors()) {
			Optional<FieldProblem> problem = meetings.addAction(context, meeting, form);
			if (problem.isEmpty()) {
				return done(context, id, "The action has been recorded", redirect);
			}
			errors.rejectValue(problem.get().field(), "invalid", problem.get().message());
		}
		return page(context, meeting, model);
	}

	@PostMapping("/p/{partnership}/meeting-actions/{id}/done")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
			Role.PARTNER_OFFICER })
	String completeAction(PartnershipContext context, @PathVariable long id, RedirectAttributes redirect) {
		long meetingId = meetings.meetingOfAction(context, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Meeting meeting = visibleMeeting(context, meetingId);
		if (!meetings.completeAction(context, meeting, id)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return done(context, meetingId, "The action has been marked done", redirect);
	}

	private static String done(PartnershipContext context, long meeting, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/p/" + context.partnership().slug() + "/meetings/" + meeting;
	}

	private String page(PartnershipContext context, Meeting meeting, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("open",
				Stream.of("agendaForm", "attendanceForm", "minutesForm", "decisionForm", "actionForm")
					.filter(form -> model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form) instanceof BindingResult r
							&& r.hasErrors())
					.toList());
		if (!model.containsAttribute("agendaForm")) {
			model.addAttribute("agendaForm", MeetingForms.Agenda.empty());
		}
		if (!model.containsAttribute("attendanceForm")) {
			model.addAttribute("attendanceForm", MeetingForms.Attendance.empty());
		}
		if (!model.containsAttribute("minutesForm")) {
			model.addAttribute("minutesForm", new MeetingForms.Minutes(meeting.minutes()));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", MeetingForms.Decision.empty());
		}
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", MeetingForms.Action.empty());
		}
		model.addAttribute("organisations",
				organisations.all(context).stream().map(o -> new Choice(String.valueOf(o.id()), o.name())).toList());
		model.addAttribute("neighbourhoods",
				meetings.neighbourhoods(context).stream().map(n -> new Choice(n.key(), n.name())).toList());
		model.addAttribute("themes", Arrays.stream(Theme.values()).map(t -> new Choice(t.name(), t.label())).toList());
		model.addAttribute("statuses",
				Arrays.stream(AttendanceStatus.values()).map(s -> new Choice(s.name(), s.label())).toList());
		model.addAttribute("canEdit", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER,
				Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER));
		model.addAttribute("canComplete", context.role().canWrite());
		return VIEW;
	}

	private PartnerBody visibleBody(PartnershipContext context, long id) {
		PartnerBody body = bodies.find(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!bodies.canSee(context, id)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return body;
	}

	private Meeting visibleMeeting(PartnershipContext context, long id) {
		Meeting meeting = meetings.find(context, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		visibleBody(context, meeting.bodyId());
		return meeting;
	}

}
