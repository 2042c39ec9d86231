package org.nmhub.toolkit;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PublicPage;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The toolkit's library and search, and the glossary (page and JSON for the tooltips).
 */
@Controller
class ToolkitController {

	private final ToolkitRepository repository;

	private final Toolkit toolkit;

	ToolkitController(ToolkitRepository repository, Toolkit toolkit) {
		this.repository = repository;
		this.toolkit = toolkit;
	}

	@GetMapping("/p/{partnership}/toolkit")
	String library(PartnershipContext context, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String tag, Model model) {
		String words = q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("q", words);
		model.addAttribute("tag", tag);
		model.addAttribute("items", repository.search(context.partnershipId().value(), words, tag));
		model.addAttribute("tags", repository.tags(context.partnershipId().value()));
		model.addAttribute("canAdd", canAdd(context));
		return "toolkit/library";
	}

	@GetMapping("/p/{partnership}/toolkit/{id}")
	String item(PartnershipContext context, @PathVariable String id, Model model) {
		long key;
		try {
			key = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("item", repository.item(context.partnershipId().value(), key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "toolkit/item";
	}

	@GetMapping("/p/{partnership}/toolkit/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String newForm(PartnershipContext context, Model model) {
		model.addAttribute("form", ToolkitForm.empty());
		model.addAttribute("kinds", ToolkitKind.values());
		return "toolkit/new";
	}

	@PostMapping("/p/{partnership}/toolkit/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String add(PartnershipContext context, @ModelAttribute("form") ToolkitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = toolkit.add(context, form);
		if (!problems.isEmpty()) {
			problems.forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			model.addAttribute("kinds", ToolkitKind.values());
			return "toolkit/new";
		}
		redirect.addFlashAttribute("notice", form.title().strip() + " has been added to the toolkit");
		return "redirect:/p/" + context.partnership().slug() + "/toolkit";
	}

	@GetMapping("/p/{partnership}/glossary")
	String glossary(PartnershipContext context, Model model) {
		model.addAttribute("terms", repository.glossary(context.partnershipId().value()));
		model.addAttribute("form", TermForm.empty());
		model.addAttribute("canAdd", canAddTerms(context));
		return "toolkit/glossary";
	}

	@PostMapping("/p/{partnership}/glossary")
	@RequiresRole({ Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR })
	String addTerm(PartnershipContext context, @ModelAttribute("form") TermForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = toolkit.addTerm(context, form);
		if (!problems.isEmpty()) {
			problems.forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			model.addAttribute("terms", repository.glossary(context.partnershipId().value()));
			model.addAttribute("canAdd", true);
			return "toolkit/glossary";
		}
		redirect.addFlashAttribute("notice", form.abbreviation().strip() + " has been added to the glossary");
		return "redirect:/p/" + context.partnership().slug() + "/glossary";
	}

	/** The partnership's glossary for the tooltips script. */
	@GetMapping(path = "/p/{partnership}/glossary.json", produces = "application/json")
	@ResponseBody
	List<Map<String, String>> glossaryJson(PartnershipContext context) {
		return json(repository.glossary(context.partnershipId().value()));
	}

	/** The shared glossary, for public pages. */
	@PublicPage
	@GetMapping(path = "/public/glossary.json", produces = "application/json")
	@ResponseBody
	List<Map<String, String>> publicGlossaryJson() {
		return json(repository.glossary(null));
	}

	private static List<Map<String, String>> json(List<GlossaryTerm> terms) {
		return terms.stream().map(t -> Map.of("abbreviation", t.abbreviation(), "meaning", t.meaning())).toList();
	}

	private static boolean canAdd(PartnershipContext context) {
		return context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
				Role.NEIGHBOURHOOD_MANAGER);
	}

	private static boolean canAddTerms(@Nullable PartnershipContext context) {
		return context != null && context.hasRole(Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR);
	}

}
