package org.nmhub.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.nmhub.access.CurrentUser;
import org.nmhub.access.Membership;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipRef;

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
 * Delivering plans: an action's page with its progress, recording progress (by the
 * action's lead officer or the plan's editors), and "my actions" for lead officers across
 * every partnership they work in.
 */
@Controller("plansDeliveryController")
class DeliveryController {

	static final String ACTION_VIEW = "plans/action";

	static final String MY_ACTIONS_VIEW = "plans/my-actions";

	private final ActionPlans plans;

	DeliveryController(ActionPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/p/{partnership}/plans/{planId}/actions/{actionId}")
	String show(PartnershipContext context, @PathVariable long planId, @PathVariable long actionId, Model model) {
		Plan plan = plan(context, planId);
		Action action = action(plan, actionId);
		model.addAttribute("form", ProgressForm.empty());
		return prepare(context, plan, action, model);
	}

	@PostMapping("/p/{partnership}/plans/{planId}/actions/{actionId}/progress")
	String recordProgress(PartnershipContext context, @PathVariable long planId, @PathVariable long actionId,
			@Valid @ModelAttribute("form") ProgressForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Plan plan = plan(context, planId);
		Action action = action(plan, actionId);
		if (!PlanScope.canUpdateProgress(context, plan, action)) {
			throw new PlanErrors.NotYoursException(plan,
					"Only the action's lead officer"
							+ (action.leadOfficerName().isBlank() ? "" : " (" + action.leadOfficerName() + ")")
							+ " or the plan's neighbourhood manager, coordinator or administrator can update \""
							+ action.title() + "\".");
		}
		if (plan.status() == PlanStatus.SUPERSEDED) {
			throw new FrozenPlanException(plan);
		}
		if (errors.hasErrors()) {
			return prepare(context, plan, action, model);
		}
		ActionPlans.Result result = plans.recordProgress(context, plan, action, form);
		if (!result.isSaved()) {
			result.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			return prepare(context, plan, action, model);
		}
		redirect.addFlashAttribute("notice",
				form.isCompleted() ? "The action has been recorded as complete" : "Progress has been recorded");
		return "redirect:" + PlanPaths.action(context.partnership().slug(), planId, actionId);
	}

	private String prepare(PartnershipContext context, Plan plan, Action action, Model model) {
		model.addAttribute("plan", PlanView.of(plan));
		model.addAttribute("action", PlanView.action(action, LocalDate.now()));
		model.addAttribute("history",
				plans.progress(plan, action)
					.stream()
					.map(p -> new ProgressRow(Dates.day(p.recordedAt()), p.recordedBy(), p.rag().name(),
							p.rag().label(), p.percentComplete(), p.narrative(), p.evidence(), p.completed()))
					.toList());
		model.addAttribute("canUpdate", PlanScope.canUpdateProgress(context, plan, action) && !action.isCompleted()
				&& plan.status() != PlanStatus.SUPERSEDED);
		model.addAttribute("rags", Choice.of(Rag.values(), r -> r.label() + " – " + r.meaning()));
		return ACTION_VIEW;
	}

	record ProgressRow(String on, String by, String rag, String ragLabel, int percentComplete, String narrative,
			String evidence, boolean completed) {
	}

	@GetMapping("/p/{partnership}/my-actions")
	String mine(PartnershipContext context, CurrentUser user, Model model) {
		Map<Long, PartnershipRef> partnerships = user.memberships()
			.stream()
			.map(Membership::partnership)
			.collect(Collectors.toMap(p -> p.id().value(), p -> p, (a, b) -> a));
		LocalDate today = LocalDate.now();
		List<MyAction> mine = plans.ledBy(user.userId(), List.copyOf(partnerships.keySet())).stream().map(led -> {
			PartnershipRef partnership = partnerships.get(led.partnershipId());
			Action a = led.action();
			Plan plan = plans.plan(partnership.id(), a.planId()).orElseThrow();
			return new MyAction(partnership.name(), plan.title(), plan.area(),
					PlanPaths.action(partnership.slug(), plan.id(), a.id()), PlanView.action(a, today));
		}).toList();
		model.addAttribute("actions", mine);
		return MY_ACTIONS_VIEW;
	}

	record MyAction(String partnership, String plan, String area, String path, PlanView.ActionView action) {
	}

	private Plan plan(PartnershipContext context, long planId) {
		return plans.plan(context.partnershipId(), planId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Action action(Plan plan, long actionId) {
		return plans.action(plan, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
