package org.nmhub.places;

import java.time.LocalDate;
import java.util.List;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.shared.LsoaVintage;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Drawing a neighbourhood's area as a set of LSOAs; each save is a new version.
 */
@Controller
@RequestMapping("/p/{partnership}/neighbourhoods/{key}/area")
class NeighbourhoodAreaController {

	static final String VIEW = "places/area";

	private final Places places;

	NeighbourhoodAreaController(Places places) {
		this.places = places;
	}

	@GetMapping
	String editForm(PartnershipContext context, @PathVariable String key,
			@RequestParam(defaultValue = "2011") int vintage, Model model) {
		NeighbourhoodRef neighbourhood = editable(context, key);
		LsoaVintage lsoaVintage = vintageOrNotFound(vintage);
		String current = places.currentArea(context.partnershipId(), neighbourhood, lsoaVintage)
			.map(v -> String.join("\n", v.lsoaCodes()))
			.orElse("");
		model.addAttribute("form", new AreaDrawing(String.valueOf(vintage), LocalDate.now().toString(), current, ""));
		model.addAttribute("neighbourhood", neighbourhood);
		return VIEW;
	}

	@PostMapping
	String update(PartnershipContext context, @PathVariable String key, @ModelAttribute("form") AreaDrawing form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		NeighbourhoodRef neighbourhood = editable(context, key);
		model.addAttribute("neighbourhood", neighbourhood);
		if (errors.hasErrors()) {
			return VIEW;
		}
		List<FieldProblem> problems = places.redraw(context, neighbourhood, form, "Drawn by hand in NM Hub");
		if (!problems.isEmpty()) {
			problems.forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			return VIEW;
		}
		redirect.addFlashAttribute("notice",
				"The area of " + neighbourhood.name() + " has been saved as a new version");
		return "redirect:/p/" + context.partnership().slug() + "/neighbourhoods/" + key;
	}

	private NeighbourhoodRef editable(PartnershipContext context, String key) {
		NeighbourhoodRef neighbourhood = places.neighbourhood(context.partnershipId(), key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!NeighbourhoodScope.canRedraw(context, neighbourhood)) {
			throw new AccessDeniedException("not responsible for " + key);
		}
		return neighbourhood;
	}

	private static LsoaVintage vintageOrNotFound(int year) {
		try {
			return LsoaVintage.ofYear(year);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
