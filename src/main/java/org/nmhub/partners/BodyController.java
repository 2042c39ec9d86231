package org.nmhub.partners;

import java.util.Optional;

import jakarta.validation.Valid;

import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.places.Places;

import org.springframework.http.HttpStatus;
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
 * A body's page, and recording a new body.
 */
@Controller
class BodyController {

	static final String SHOW_VIEW = "partners/body";

	static final String NEW_VIEW = "partners/new-body";

	private final Bodies bodies;

	private final Places places;

	private final Meetings meetings;

	BodyController(Bodies bodies, Places places, Meetings meetings) {
		this.bodies = bodies;
		this.places = places;
		this.meetings = meetings;
	}

	@GetMapping("/p/{partnership}/bodies/{id}")
	String show(PartnershipContext context, @PathVariable long id, Model model) {
		PartnerBody body = bodies.find(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!bodies.canSee(context, id)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("body", body);
		model.addAttribute("meetings", meetings.ofBody(context, id));
		model.addAttribute("canSchedule", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER,
				Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER));
		model.addAttribute("reporting",
				bodies.visible(context).stream().filter(b -> body.name().equals(b.reportsTo())).toList());
		return SHOW_VIEW;
	}

	@GetMapping("/p/{partnership}/bodies/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR })
	String newForm(PartnershipContext context, Model model) {
		model.addAttribute("form", BodyForm.empty());
		return prepare(context, model);
	}

	@PostMapping("/p/{partnership}/bodies/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR })
	String create(PartnershipContext context, @Valid @ModelAttribute("form") BodyForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return prepare(context, model);
		}
		Optional<String[]> problem = bodies.create(context, form);
		if (problem.isPresent()) {
			errors.rejectValue(problem.get()[0], "invalid", problem.get()[1]);
			return prepare(context, model);
		}
		redirect.addFlashAttribute("notice", form.name().trim() + " has been added");
		return "redirect:/p/" + context.partnership().slug() + "/partners/structure";
	}

	private String prepare(PartnershipContext context, Model model) {
		model.addAttribute("types", BodyType.values());
		model.addAttribute("districts", places.districts(context.partnershipId()));
		model.addAttribute("bodies", bodies.all(context.partnershipId()));
		return NEW_VIEW;
	}

}
