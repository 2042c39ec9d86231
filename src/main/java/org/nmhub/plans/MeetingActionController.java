package org.nmhub.plans;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.partners.MeetingActionRef;
import org.nmhub.partners.MeetingActions;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.shared.FormValues;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files an action arising from a meeting (a NAT's, say) in a neighbourhood's action plan,
 * as an escalated item with the meeting as its evidence.
 */
@Controller
class MeetingActionController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final MeetingActions meetingActions;

	private final PlanActions planActions;

	private final Places places;

	MeetingActionController(MeetingActions meetingActions, PlanActions planActions, Places places) {
		this.meetingActions = meetingActions;
		this.planActions = planActions;
		this.places = places;
	}

	@GetMapping("/p/{partnership}/plans/from-meeting-action/{id}")
	@RequiresRole({ Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER })
	String form(PartnershipContext context, @PathVariable String id, Model model) {
		model.addAttribute("action", action(context, id));
		model.addAttribute("neighbourhoods", places.neighbourhoods(context.partnershipId()));
		model.addAttribute("problem", null);
		return "plans/from-meeting-action";
	}

	@PostMapping("/p/{partnership}/plans/from-meeting-action/{id}")
	@RequiresRole({ Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER })
	String file(PartnershipContext context, @PathVariable String id,
			@RequestParam(defaultValue = "") String neighbourhood, Model model, RedirectAttributes redirect) {
		MeetingActionRef action = action(context, id);
		List<NeighbourhoodRef> neighbourhoods = places.neighbourhoods(context.partnershipId());
		Optional<NeighbourhoodRef> chosen = neighbourhoods.stream()
			.filter(n -> n.key().equals(neighbourhood))
			.findFirst();
		String problem = null;
		Optional<ActionRef> filed = Optional.empty();
		if (chosen.isEmpty()) {
			problem = "Select the neighbourhood whose action plan takes this action";
		}
		else {
			String label = "Action arising from the " + action.bodyName() + " meeting of "
					+ DAY.format(action.meetingOn());
			filed = planActions.escalate(
					new Escalation(context.partnershipId().value(), chosen.get().id(), action.description(), label,
							EvidenceKind.DOCUMENT, "meeting-action-" + action.id(), label, action.ownerOrganisationId(),
							action.dueOn(), context.user().userId(), context.user().displayName()));
			if (filed.isEmpty()) {
				problem = chosen.get().name() + " has no action plan yet to take this action";
			}
		}
		if (problem != null) {
			model.addAttribute("action", action);
			model.addAttribute("neighbourhoods", neighbourhoods);
			model.addAttribute("problem", problem);
			return "plans/from-meeting-action";
		}
		redirect.addFlashAttribute("notice",
				"The action has been added to the " + chosen.get().name() + " action plan under \"Escalated items\"");
		return "redirect:/p/" + context.partnership().slug() + filed.get().path();
	}

	private MeetingActionRef action(PartnershipContext context, String id) {
		return FormValues.whole(id)
			.flatMap(key -> meetingActions.visibleAction(context, key))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
