package org.nmhub.funding;

import java.util.List;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.funding.FundingChoices.FundingKind;
import org.nmhub.funding.FundingChoices.PlanScope;
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

/** Financial plans: the list, a new plan, a plan's page with its lines and returns. */
@Controller
class PlanController {

	static final String LIST_VIEW = "funding/plans";

	static final String NEW_VIEW = "funding/new-plan";

	static final String SHOW_VIEW = "funding/plan";

	private final Plans plans;

	private final Places places;

	PlanController(Plans plans, Places places) {
		this.plans = plans;
		this.places = places;
	}

	@GetMapping("/p/{partnership}/funding/plans")
	String list(PartnershipContext context, Model model) {
		model.addAttribute("plans", plans.all(context.partnershipId()));
		model.addAttribute("canCreate",
				context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR));
		return LIST_VIEW;
	}

	@GetMapping("/p/{partnership}/funding/plans/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String newForm(PartnershipContext context, Model model) {
		model.addAttribute("form", PlanForms.NewPlanForm.empty());
		return prepareNew(context, model);
	}

	@PostMapping("/p/{partnership}/funding/plans/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String create(PartnershipContext context, @ModelAttribute("form") PlanForms.NewPlanForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Funding.Created created = plans.create(context, form);
		if (!created.problems().isEmpty()) {
			FundingController.reject(errors, created.problems());
			return prepareNew(context, model);
		}
		redirect.addFlashAttribute("notice", Funding.text(form.title()) + " has been made");
		return "redirect:/p/" + context.partnership().slug() + "/funding/plans/" + created.id();
	}

	private String prepareNew(PartnershipContext context, Model model) {
		model.addAttribute("scopes", PlanScope.values());
		model.addAttribute("districts", places.districts(context.partnershipId()));
		model.addAttribute("neighbourhoods", places.neighbourhoods(context.partnershipId()));
		return NEW_VIEW;
	}

	@GetMapping("/p/{partnership}/funding/plans/{id}")
	String show(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("lineForm", PlanForms.LineForm.empty());
		model.addAttribute("actualForm", PlanForms.ActualForm.empty());
		return prepare(context, plan(context, id), model);
	}

	@PostMapping("/p/{partnership}/funding/plans/{id}/lines")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String saveLine(PartnershipContext context, @PathVariable long id,
			@ModelAttribute("lineForm") PlanForms.LineForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FinancialPlan plan = editable(context, id);
		model.addAttribute("actualForm", PlanForms.ActualForm.empty());
		return saved(context, plan, plans.saveLine(context, plan, form), errors, model, redirect,
				"The plan has been updated");
	}

	@PostMapping("/p/{partnership}/funding/plans/{id}/actuals")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String saveActual(PartnershipContext context, @PathVariable long id,
			@ModelAttribute("actualForm") PlanForms.ActualForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FinancialPlan plan = editable(context, id);
		model.addAttribute("lineForm", PlanForms.LineForm.empty());
		return saved(context, plan, plans.saveActual(context, plan, form), errors, model, redirect,
				"The actual spend has been recorded");
	}

	/** The plan page again with the problems, or back to it with a notice. */
	private String saved(PartnershipContext context, FinancialPlan plan, List<FieldProblem> problems,
			BindingResult errors, Model model, RedirectAttributes redirect, String notice) {
		if (!problems.isEmpty()) {
			FundingController.reject(errors, problems);
			return prepare(context, plan, model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/p/" + context.partnership().slug() + "/funding/plans/" + plan.id();
	}

	private FinancialPlan plan(PartnershipContext context, long id) {
		return plans.find(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private FinancialPlan editable(PartnershipContext context, long id) {
		FinancialPlan plan = plan(context, id);
		if (!plans.canEdit(context, plan)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return plan;
	}

	private String prepare(PartnershipContext context, FinancialPlan plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("kinds", FundingKind.values());
		model.addAttribute("canEdit", plans.canEdit(context, plan));
		return SHOW_VIEW;
	}

}
