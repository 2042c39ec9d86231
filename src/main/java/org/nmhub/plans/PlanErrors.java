package org.nmhub.plans;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.nmhub.access.CurrentUsers;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refusals of the plans pages, each explained on a page of its own: changing a frozen
 * (agreed or submitted) plan in place, and changing what the user does not look after.
 */
@ControllerAdvice(basePackageClasses = PlanErrors.class)
class PlanErrors {

	static final String VIEW = "plans/refused";

	private final CurrentUsers currentUsers;

	PlanErrors(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	/**
	 * What the layout needs, which an exception handler's model does not get from the
	 * layout's own advice: the signed-in user and partnership (the navigation is left
	 * out).
	 */
	private void layout(Model model) {
		model.addAttribute("currentUser", currentUsers.current().orElse(null));
		model.addAttribute("context", currentUsers.currentContext().orElse(null));
		model.addAttribute("navigation", List.of());
	}

	@ExceptionHandler(FrozenPlanException.class)
	String frozen(FrozenPlanException ex, HttpServletResponse response, Model model) {
		Plan plan = ex.plan();
		layout(model);
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("title", "This version of the plan cannot be changed");
		model.addAttribute("reason", "Version " + plan.planVersion() + " of " + plan.title() + " is "
				+ plan.status().label().toLowerCase() + ", so it is frozen as it was agreed.");
		model.addAttribute("advice", plan.status().isAgreed()
				? "To change it, start a new version from the plan's page: the agreed version stays as it is, and the "
						+ "new version shows what changed."
				: plan.status() == PlanStatus.SUBMITTED
						? "To change it before it is agreed, take it back to draft from the plan's page."
						: "A later version of the plan has replaced it: change that one.");
		model.addAttribute("plan", plan);
		return VIEW;
	}

	@ExceptionHandler(NotYoursException.class)
	String notYours(NotYoursException ex, HttpServletResponse response, Model model) {
		layout(model);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("title", "You cannot change this");
		model.addAttribute("reason", ex.getMessage());
		model.addAttribute("advice", "Ask the plan's neighbourhood manager or the action's lead officer.");
		model.addAttribute("plan", ex.plan());
		return VIEW;
	}

	/** Refused because the user does not look after the plan or lead the action. */
	static class NotYoursException extends RuntimeException {

		private final transient Plan plan;

		NotYoursException(Plan plan, String message) {
			super(message);
			this.plan = plan;
		}

		Plan plan() {
			return plan;
		}

	}

}
