package org.nmhub.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.nmhub.shared.FieldProblem;
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
 * The partnership's action plans: the list, starting a plan, a plan's page with its
 * health, and its agreement, endorsement and versions.
 */
@Controller
class ActionPlanController {

	static final String LIST_VIEW = "plans/list";

	static final String NEW_VIEW = "plans/new";

	static final String SHOW_VIEW = "plans/show";

	static final String DECISION_VIEW = "plans/decision";

	static final String CHANGES_VIEW = "plans/changes";

	private final ActionPlans plans;

	private final Places places;

	ActionPlanController(ActionPlans plans, Places places) {
		this.plans = plans;
		this.places = places;
	}

	@GetMapping("/p/{partnership}/plans")
	String list(PartnershipContext context, Model model) {
		List<Plan> all = plans.plans(context.partnershipId());
		Map<java.util.UUID, Plan> current = new LinkedHashMap<>();
		all.forEach(p -> current.putIfAbsent(p.lineageKey(), p));
		List<PlanRow> rows = new ArrayList<>();
		List<Attention> attention = new ArrayList<>();
		LocalDate today = LocalDate.now();
		for (Plan plan : current.values()) {
			rows.add(new PlanRow(plan.id(), plan.title(), plan.kind().label(), plan.area(), plan.period(),
					plan.status().label(), plan.planVersion(), plan.template(), plan.illustrative()));
			if (!plan.template() && PlanScope.canEdit(context, plan) && plan.status() != PlanStatus.DRAFT) {
				for (Priority priority : plans.priorities(plan)) {
					for (Action action : priority.actions()) {
						if (action.isOverdue(today) || action.isDueSoon(today)) {
							attention.add(new Attention(plan.id(), plan.title(), action.id(), action.title(),
									action.leadOrganisationName(), action.leadOfficerName(), Dates.day(action.dueOn()),
									action.isOverdue(today) ? "Overdue" : "Due soon"));
						}
					}
				}
			}
		}
		model.addAttribute("plans", rows.stream().filter(r -> !r.template()).toList());
		model.addAttribute("templates", rows.stream().filter(PlanRow::template).toList());
		model.addAttribute("attention", attention);
		model.addAttribute("canCreate", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER,
				Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER));
		return LIST_VIEW;
	}

	record PlanRow(long id, String title, String kind, String area, String period, String status, int version,
			boolean template, boolean illustrative) {
	}

	record Attention(long planId, String planTitle, long actionId, String title, String leadOrganisation,
			String leadOfficer, String due, String state) {
	}

	@GetMapping("/p/{partnership}/plans/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String newForm(PartnershipContext context, Model model) {
		model.addAttribute("form", PlanForm.empty());
		return prepareNew(context, model);
	}

	@PostMapping("/p/{partnership}/plans/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String create(PartnershipContext context, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return prepareNew(context, model);
		}
		ActionPlans.Result result = plans.create(context, form);
		if (!result.isSaved()) {
			result.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			return prepareNew(context, model);
		}
		redirect.addFlashAttribute("notice", "The plan has been started as a draft");
		return "redirect:" + PlanPaths.plan(context, result.id());
	}

	private String prepareNew(PartnershipContext context, Model model) {
		model.addAttribute("kinds", Choice.of(PlanKind.values(), PlanKind::label));
		model.addAttribute("neighbourhoods",
				places.neighbourhoods(context.partnershipId())
					.stream()
					.map(n -> new Choice(String.valueOf(n.id()),
							n.name() + (n.districtName() == null ? "" : " (" + n.districtName() + ")")))
					.toList());
		model.addAttribute("districts",
				places.districts(context.partnershipId())
					.stream()
					.map(d -> new Choice(String.valueOf(d.id()), d.name()))
					.toList());
		model.addAttribute("templates",
				plans.plans(context.partnershipId())
					.stream()
					.filter(Plan::template)
					.map(p -> new Choice(String.valueOf(p.id()), p.title()))
					.toList());
		model.addAttribute("months", Months.ALL);
		return NEW_VIEW;
	}

	@GetMapping("/p/{partnership}/plans/{planId}")
	String show(PartnershipContext context, @PathVariable long planId, Model model) {
		Plan plan = find(context, planId);
		return prepareShow(context, plan, model, List.of());
	}

	String prepareShow(PartnershipContext context, Plan plan, Model model, List<FieldProblem> problems) {
		List<Priority> priorities = plans.priorities(plan);
		List<Plan> versions = plans.versions(plan);
		model.addAttribute("plan", PlanView.of(plan));
		model.addAttribute("priorities",
				PlanView.priorities(priorities, LocalDate.now(), plans.laaLabels(context.partnershipId())));
		model.addAttribute("health", PlanView.health(PlanHealth.of(priorities)));
		model.addAttribute("versions", versions.stream().map(PlanView::of).toList());
		model.addAttribute("latest", versions.get(0).id() == plan.id());
		model.addAttribute("latestId", versions.get(0).id());
		model.addAttribute("canEdit", PlanScope.canEdit(context, plan));
		model.addAttribute("canEndorse", PlanScope.canEndorse(context, plan));
		model.addAttribute("problems", problems);
		return SHOW_VIEW;
	}

	@PostMapping("/p/{partnership}/plans/{planId}/submit")
	String submit(PartnershipContext context, @PathVariable long planId, Model model, RedirectAttributes redirect) {
		Plan plan = editable(context, planId);
		ActionPlans.Result result = plans.submit(context, plan);
		if (!result.isSaved()) {
			return prepareShow(context, plan, model, result.problems());
		}
		redirect.addFlashAttribute("notice", "The plan has been submitted for agreement");
		return "redirect:" + PlanPaths.plan(context, planId);
	}

	@PostMapping("/p/{partnership}/plans/{planId}/return")
	String returnToDraft(PartnershipContext context, @PathVariable long planId, Model model,
			RedirectAttributes redirect) {
		Plan plan = editable(context, planId);
		ActionPlans.Result result = plans.returnToDraft(context, plan);
		if (!result.isSaved()) {
			return prepareShow(context, plan, model, result.problems());
		}
		redirect.addFlashAttribute("notice", "The plan is a draft again");
		return "redirect:" + PlanPaths.plan(context, planId);
	}

	@PostMapping("/p/{partnership}/plans/{planId}/revise")
	String revise(PartnershipContext context, @PathVariable long planId, Model model, RedirectAttributes redirect) {
		Plan plan = editable(context, planId);
		ActionPlans.Result result = plans.revise(context, plan);
		if (!result.isSaved()) {
			return prepareShow(context, plan, model, result.problems());
		}
		redirect.addFlashAttribute("notice",
				"Version " + (plan.planVersion() + 1) + " has been started: the agreed version stays as it was");
		return "redirect:" + PlanPaths.plan(context, result.id());
	}

	@GetMapping("/p/{partnership}/plans/{planId}/agree")
	String agreeForm(PartnershipContext context, @PathVariable long planId, Model model) {
		Plan plan = editable(context, planId);
		model.addAttribute("form", AgreementForm.empty());
		return prepareDecision(plan, false, model);
	}

	@PostMapping("/p/{partnership}/plans/{planId}/agree")
	String agree(PartnershipContext context, @PathVariable long planId,
			@Valid @ModelAttribute("form") AgreementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return decide(context, editable(context, planId), form, errors, model, redirect, false);
	}

	@GetMapping("/p/{partnership}/plans/{planId}/endorse")
	String endorseForm(PartnershipContext context, @PathVariable long planId, Model model) {
		Plan plan = endorsable(context, planId);
		model.addAttribute("form", AgreementForm.empty());
		return prepareDecision(plan, true, model);
	}

	@PostMapping("/p/{partnership}/plans/{planId}/endorse")
	String endorse(PartnershipContext context, @PathVariable long planId,
			@Valid @ModelAttribute("form") AgreementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return decide(context, endorsable(context, planId), form, errors, model, redirect, true);
	}

	private String decide(PartnershipContext context, Plan plan, AgreementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, boolean endorsing) {
		if (errors.hasErrors()) {
			return prepareDecision(plan, endorsing, model);
		}
		ActionPlans.Result result = endorsing ? plans.endorse(context, plan, form) : plans.agree(context, plan, form);
		if (!result.isSaved()) {
			result.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			return prepareDecision(plan, endorsing, model);
		}
		redirect.addFlashAttribute("notice", endorsing ? "The plan's endorsement has been recorded"
				: "The plan's agreement has been recorded: this version is now frozen");
		return "redirect:" + PlanPaths.plan(context, plan.id());
	}

	private String prepareDecision(Plan plan, boolean endorsing, Model model) {
		model.addAttribute("plan", PlanView.of(plan));
		model.addAttribute("endorsing", endorsing);
		model.addAttribute("bodies",
				plans.bodiesFor(plan, endorsing)
					.stream()
					.map(b -> new Choice(String.valueOf(b.id()), b.name()))
					.toList());
		return DECISION_VIEW;
	}

	@GetMapping("/p/{partnership}/plans/{planId}/changes")
	String changes(PartnershipContext context, @PathVariable long planId, Model model) {
		Plan plan = find(context, planId);
		Plan previous = plan.previousId() == null ? null
				: plans.plan(context.partnershipId(), plan.previousId()).orElse(null);
		model.addAttribute("plan", PlanView.of(plan));
		model.addAttribute("previous", previous == null ? null : PlanView.of(previous));
		model.addAttribute("changes",
				previous == null ? List.of() : PlanDiff.between(plans.priorities(previous), plans.priorities(plan)));
		return CHANGES_VIEW;
	}

	private Plan find(PartnershipContext context, long planId) {
		return plans.plan(context.partnershipId(), planId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Plan editable(PartnershipContext context, long planId) {
		Plan plan = find(context, planId);
		if (!PlanScope.canEdit(context, plan)) {
			throw new PlanErrors.NotYoursException(plan, "Only the plan's neighbourhood manager, its district's "
					+ "coordinator or an administrator can change " + plan.title() + ".");
		}
		return plan;
	}

	private Plan endorsable(PartnershipContext context, long planId) {
		Plan plan = find(context, planId);
		if (!PlanScope.canEndorse(context, plan)) {
			throw new PlanErrors.NotYoursException(plan, "Only the district's coordinator or an administrator can "
					+ "record the endorsement of " + plan.title() + ".");
		}
		return plan;
	}

}
