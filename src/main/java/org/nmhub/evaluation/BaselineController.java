package org.nmhub.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.indicators.IndicatorDataset;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.shared.FieldProblem;
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
 * Baselines: the list, freezing one for a neighbourhood, and a baseline with its update
 * against a later edition, answering whether the gap is narrowing.
 */
@Controller
class BaselineController {

	private final Baselines baselines;

	BaselineController(Baselines baselines) {
		this.baselines = baselines;
	}

	@GetMapping("/p/{partnership}/evaluation/baselines")
	String list(PartnershipContext context, Model model) {
		model.addAttribute("baselines", baselines.all(context));
		model.addAttribute("freezable",
				baselines.neighbourhoods(context).stream().filter(n -> Baselines.mayFreeze(context, n)).toList());
		model.addAttribute("editions", baselines.editions());
		return "evaluation/baselines";
	}

	@GetMapping("/p/{partnership}/evaluation/baselines/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String form(PartnershipContext context, @RequestParam(defaultValue = "") String neighbourhood,
			@RequestParam(defaultValue = "") String edition, Model model, RedirectAttributes redirect) {
		NeighbourhoodRef chosen = freezable(context, neighbourhood);
		if (chosen == null) {
			redirect.addFlashAttribute("problem", "Select a neighbourhood you look after");
			return "redirect:/p/" + context.partnership().slug() + "/evaluation/baselines";
		}
		return formPage(context, chosen, edition, null, "", List.of(), model);
	}

	@PostMapping("/p/{partnership}/evaluation/baselines")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String freeze(PartnershipContext context, @RequestParam(defaultValue = "") String neighbourhood,
			@RequestParam(defaultValue = "") String edition,
			@RequestParam(name = "indicators", required = false) List<String> indicators,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		NeighbourhoodRef chosen = freezable(context, neighbourhood);
		if (chosen == null) {
			redirect.addFlashAttribute("problem", "Select a neighbourhood you look after");
			return "redirect:/p/" + context.partnership().slug() + "/evaluation/baselines";
		}
		List<String> keys = indicators == null ? List.of() : indicators;
		Baselines.Frozen frozen = baselines.freeze(context, chosen, edition, keys, note);
		if (frozen.id() == null) {
			return formPage(context, chosen, edition, Set.copyOf(keys), note, frozen.problems(), model);
		}
		redirect.addFlashAttribute("notice", "The baseline for " + chosen.name() + " is frozen");
		return "redirect:/p/" + context.partnership().slug() + "/evaluation/baselines/" + frozen.id();
	}

	@GetMapping("/p/{partnership}/evaluation/baselines/{id}")
	String show(PartnershipContext context, @PathVariable String id, @RequestParam(required = false) String edition,
			Model model) {
		Baseline baseline = FormValues.whole(id)
			.flatMap(key -> baselines.find(context, key))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("update", baselines.update(context, baseline, edition));
		model.addAttribute("laterEditions", baselines.laterEditions(baseline));
		return "evaluation/baseline";
	}

	private String formPage(PartnershipContext context, NeighbourhoodRef neighbourhood, String edition,
			@Nullable Set<String> ticked, String note, List<FieldProblem> problems, Model model) {
		List<IndicatorDataset> editions = baselines.editions();
		String chosenEdition = editions.stream().anyMatch(e -> e.key().equals(edition)) ? edition
				: editions.isEmpty() ? "" : editions.get(0).key();
		Optional<BaselineFigures.Candidates> candidates = baselines.candidates(context, neighbourhood, chosenEdition);
		Set<String> selected = ticked != null ? ticked
				: candidates.map(BaselineFigures.Candidates::defaults).orElse(Set.of());
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("editions", editions);
		model.addAttribute("edition", chosenEdition);
		model.addAttribute("candidates", candidates.map(BaselineFigures.Candidates::values).orElse(List.of()));
		model.addAttribute("keyIssues", candidates.map(c -> c.profile().keyIssues()).orElse(List.of()));
		model.addAttribute("selected", selected);
		model.addAttribute("note", note);
		model.addAttribute("problems", problems);
		return "evaluation/baseline-new";
	}

	private @Nullable NeighbourhoodRef freezable(PartnershipContext context, String key) {
		return baselines.neighbourhood(context, key).filter(n -> Baselines.mayFreeze(context, n)).orElse(null);
	}

}
