package org.nmhub.funding;

import java.util.List;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.funding.FundingChoices.Eligibility;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funding directory: search, approaching deadlines and adding a source. */
@Controller
class DirectoryController {

	static final String VIEW = "funding/directory";

	static final String NEW_VIEW = "funding/new-directory-entry";

	private final Directory directory;

	DirectoryController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/p/{partnership}/funding/directory")
	String search(PartnershipContext context, @ModelAttribute("search") DirectoryForms.SearchForm form,
			BindingResult errors, Model model) {
		Directory.Result result = directory.search(context.partnershipId(), form);
		FundingController.reject(errors, result.problems());
		model.addAttribute("entries", result.entries());
		model.addAttribute("approaching", directory.approachingDeadlines(context.partnershipId()));
		model.addAttribute("areas", List.of(Eligibility.RURAL, Eligibility.URBAN));
		model.addAttribute("days", Directory.APPROACHING_DAYS);
		model.addAttribute("canAdd",
				context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR));
		return VIEW;
	}

	@GetMapping("/p/{partnership}/funding/directory/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String newForm(PartnershipContext context, Model model) {
		model.addAttribute("form", DirectoryForms.EntryForm.empty());
		model.addAttribute("eligibilities", Eligibility.values());
		return NEW_VIEW;
	}

	@PostMapping("/p/{partnership}/funding/directory/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String create(PartnershipContext context, @ModelAttribute("form") DirectoryForms.EntryForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = directory.add(context, form);
		if (!problems.isEmpty()) {
			FundingController.reject(errors, problems);
			model.addAttribute("eligibilities", Eligibility.values());
			return NEW_VIEW;
		}
		redirect.addFlashAttribute("notice", Funding.text(form.name()) + " has been added to the directory");
		return "redirect:/p/" + context.partnership().slug() + "/funding/directory";
	}

}
