package org.nmhub.plans;

import java.util.List;

import jakarta.validation.Valid;

import org.nmhub.access.PartnershipContext;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing a draft plan: its priorities, their evidence, and its actions (with the
 * optimistic lock that stops one editor silently overwriting another).
 */
@Controller
class PlanContentController {

	static final String PRIORITY_VIEW = "plans/priority";

	static final String EVIDENCE_VIEW = "plans/evidence";

	static final String ACTION_VIEW = "plans/action-form";

	private final ActionPlans plans;

	PlanContentController(ActionPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/p/{partnership}/plans/{planId}/priorities/new")
	String newPriority(PartnershipContext context, @PathVariable long planId, Model model) {
		Plan plan = draft(context, planId);
		model.addAttribute("form", PriorityForm.empty());
		return preparePriority(plan, model);
	}

	@PostMapping("/p/{partnership}/plans/{planId}/priorities/new")
	String addPriority(PartnershipContext context, @PathVariable long planId,
			@Valid @ModelAttribute("form") PriorityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Plan plan = draft(context, planId);
		if (errors.hasErrors()) {
			return preparePriority(plan, model);
		}
		ActionPlans.Result result = plans.addPriority(context, plan, form);
		if (!result.isSaved()) {
			result.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			return preparePriority(plan, model);
		}
		redirect.addFlashAttribute("notice", "The priority has been added");
		return "redirect:" + PlanPaths.plan(context, planId);
	}

	private String preparePriority(Plan plan, Model model) {
		model.addAttribute("plan", PlanView.of(plan));
		model.addAttribute("categories", Choice.of(PriorityCategory.values(), PriorityCategory::label));
		model.addAttribute("themes", LaaThemes.ALL.stream().map(t -> new Choice(t, t)).toList());
		model.addAttribute("evidenceKinds", Choice.of(EvidenceKind.values(), EvidenceKind::label));
		return PRIORITY_VIEW;
	}

	@GetMapping("/p/{partnership}/plans/{planId}/priorities/{priorityId}/evidence/new")
	String newEvidence(PartnershipContext context, @PathVariable long planId, @PathVariable long priorityId,
			Model model) {
		Plan plan = draft(context, planId);
		Priority priority = priority(plan, priorityId);
		model.addAttribute("form", EvidenceForm.empty());
		return prepareEvidence(plan, priority, model);
	}

	@PostMapping("/p/{partnership}/plans/{planId}/priorities/{priorityId}/evidence/new")
	String addEvidence(PartnershipContext context, @PathVariable long planId, @PathVariable long priorityId,
			@Valid @ModelAttribute("form") EvidenceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Plan plan = draft(context, planId);
		Priority priority = priority(plan, priorityId);
		if (errors.hasErrors()) {
			return prepareEvidence(plan, priority, model);
		}
		ActionPlans.Result result = plans.addEvidence(context, plan, priority, form);
		if (!result.isSaved()) {
			result.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			return prepareEvidence(plan, priority, model);
		}
		redirect.addFlashAttribute("notice", "The evidence has been added");
		return "redirect:" + PlanPaths.plan(context, planId);
	}

	private String prepareEvidence(Plan plan, Priority priority, Model model) {
		model.addAttribute("plan", PlanView.of(plan));
		model.addAttribute("priorityTitle", priority.title());
		model.addAttribute("priorityId", priority.id());
		model.addAttribute("evidenceKinds", Choice.of(EvidenceKind.values(), EvidenceKind::label));
		return EVIDENCE_VIEW;
	}

	@GetMapping("/p/{partnership}/plans/{planId}/actions/new")
	String newAction(PartnershipContext context, @PathVariable long planId,
			@RequestParam(required = false) Long priority, Model model) {
		Plan plan = draft(context, planId);
		model.addAttribute("form", ActionForm.empty(priority));
		return prepareAction(context, plan, null, model);
	}

	@PostMapping("/p/{partnership}/plans/{planId}/actions/new")
	String addAction(PartnershipContext context, @PathVariable long planId,
			@Valid @ModelAttribute("form") ActionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Plan plan = draft(context, planId);
		if (errors.hasErrors()) {
			return prepareAction(context, plan, null, model);
		}
		ActionPlans.Result result = plans.addAction(context, plan, form);
		if (!result.isSaved()) {
			result.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			return prepareAction(context, plan, null, model);
		}
		redirect.addFlashAttribute("notice", "The action has been added");
		return "redirect:" + PlanPaths.plan(context, planId);
	}

	@GetMapping("/p/{partnership}/plans/{planId}/actions/{actionId}/edit")
	String editAction(PartnershipContext context, @PathVariable long planId, @PathVariable long actionId, Model model) {
		Plan plan = draft(context, planId);
		Action action = action(plan, actionId);
		model.addAttribute("form", ActionForm.of(action));
		return prepareAction(context, plan, action, model);
	}

	@PostMapping("/p/{partnership}/plans/{planId}/actions/{actionId}/edit")
	String updateAction(PartnershipContext context, @PathVariable long planId, @PathVariable long actionId,
			@Valid @ModelAttribute("form") ActionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Plan plan = draft(context, planId);
		Action action = action(plan, actionId);
		if (errors.hasErrors()) {
			return prepareAction(context, plan, action, model);
		}
		ActionPlans.Result result = plans.updateAction(context, plan, action, form);
		if (result.current() != null) {
			ActionMerge merge = ActionMerge.of(result.current(), form, plans.organisations(context.partnershipId()),
					plans.members(context));
			model.addAttribute("form", merge.form());
			model.addAttribute("conflict", merge);
			return prepareAction(context, plan, action, model);
		}
		if (!result.isSaved()) {
			result.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			return prepareAction(context, plan, action, model);
		}
		redirect.addFlashAttribute("notice", "The action has been changed");
		return "redirect:" + PlanPaths.plan(context, planId);
	}

	private String prepareAction(PartnershipContext context, Plan plan, Action action, Model model) {
		model.addAttribute("plan", PlanView.of(plan));
		model.addAttribute("actionId", action == null ? null : action.id());
		model.addAttribute("priorities",
				plans.priorities(plan).stream().map(p -> new Choice(String.valueOf(p.id()), p.title())).toList());
		model.addAttribute("organisations",
				plans.organisations(context.partnershipId())
					.stream()
					.map(o -> new Choice(String.valueOf(o.id()), o.name()))
					.toList());
		model.addAttribute("members", plans.members(context)
			.stream()
			.filter(m -> m.role().canWrite())
			.map(m -> new Choice(String.valueOf(m.userId()), m.displayName() + " (" + m.organisationName() + ")"))
			.toList());
		model.addAttribute("resourceKinds", Choice.of(ResourceKind.values(), ResourceKind::label));
		model.addAttribute("levels", List.of(new Choice("S", "S – strategic (county-wide)"),
				new Choice("D", "D – district"), new Choice("S/D", "S/D – both")));
		model.addAttribute("strategic", plan.kind() != PlanKind.NEIGHBOURHOOD);
		return ACTION_VIEW;
	}

	private Plan draft(PartnershipContext context, long planId) {
		Plan plan = plans.plan(context.partnershipId(), planId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!PlanScope.canEdit(context, plan)) {
			throw new PlanErrors.NotYoursException(plan, "Only the plan's neighbourhood manager, its district's "
					+ "coordinator or an administrator can change " + plan.title() + ".");
		}
		if (!plan.isDraft()) {
			throw new FrozenPlanException(plan);
		}
		return plan;
	}

	private Priority priority(Plan plan, long priorityId) {
		return plans.priorities(plan)
			.stream()
			.filter(p -> p.id() == priorityId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Action action(Plan plan, long actionId) {
		return plans.action(plan, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
