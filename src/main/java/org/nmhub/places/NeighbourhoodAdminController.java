package org.nmhub.places;

import java.util.Optional;

import jakarta.validation.Valid;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding neighbourhoods and recording designations of priority neighbourhoods.
 */
@Controller
class NeighbourhoodAdminController {

	static final String NEW_NEIGHBOURHOOD_VIEW = "places/new-neighbourhood";

	static final String NEW_DESIGNATION_VIEW = "places/new-designation";

	private final Places places;

	NeighbourhoodAdminController(Places places) {
		this.places = places;
	}

	@GetMapping("/p/{partnership}/neighbourhoods/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR })
	String newNeighbourhood(PartnershipContext context, Model model) {
		model.addAttribute("form", NeighbourhoodForm.empty());
		model.addAttribute("districts", places.districts(context.partnershipId()));
		return NEW_NEIGHBOURHOOD_VIEW;
	}

	@PostMapping("/p/{partnership}/neighbourhoods/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR })
	String createNeighbourhood(PartnershipContext context, @Valid @ModelAttribute("form") NeighbourhoodForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		model.addAttribute("districts", places.districts(context.partnershipId()));
		if (errors.hasErrors()) {
			return NEW_NEIGHBOURHOOD_VIEW;
		}
		Optional<FieldProblem> problem = places.createNeighbourhood(context, form);
		if (problem.isPresent()) {
			errors.rejectValue(problem.get().field(), "invalid", problem.get().message());
			return NEW_NEIGHBOURHOOD_VIEW;
		}
		redirect.addFlashAttribute("notice", form.name().trim() + " has been added. Now draw its area.");
		return "redirect:/p/" + context.partnership().slug() + "/neighbourhoods/"
				+ org.nmhub.shared.Slugs.of(form.name()) + "/area";
	}

	@GetMapping("/p/{partnership}/designations/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String newDesignation(PartnershipContext context, Model model) {
		model.addAttribute("form", DesignationForm.empty());
		model.addAttribute("selectedIds", java.util.Set.of());
		model.addAttribute("neighbourhoods", places.neighbourhoods(context.partnershipId()));
		return NEW_DESIGNATION_VIEW;
	}

	@PostMapping("/p/{partnership}/designations/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String recordDesignation(PartnershipContext context, @Valid @ModelAttribute("form") DesignationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		model.addAttribute("neighbourhoods", places.neighbourhoods(context.partnershipId()));
		model.addAttribute("selectedIds", java.util.Set.copyOf(form.ids()));
		if (errors.hasErrors()) {
			return NEW_DESIGNATION_VIEW;
		}
		Optional<FieldProblem> problem = places.recordDesignation(context, form);
		if (problem.isPresent()) {
			errors.rejectValue(problem.get().field(), "invalid", problem.get().message());
			return NEW_DESIGNATION_VIEW;
		}
		redirect.addFlashAttribute("notice", "The designation " + form.name().trim() + " has been recorded");
		return "redirect:/p/" + context.partnership().slug() + "/neighbourhoods";
	}

}
