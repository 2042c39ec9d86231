package org.nmhub.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * What residents see of an agreed plan: only public facts, in plain words.
 */
record PublicPlan(String title, String period, String agreed, boolean illustrative, List<PublicPriority> priorities) {

	record PublicPriority(String title, String description, String about, List<PublicAction> actions) {
	}

	record PublicAction(String title, String who, String when, String progress, int percentComplete, String state) {
	}

	static PublicPlan of(Plan plan, List<Priority> priorities, LocalDate today) {
		String agreed = plan.agreedOn() == null ? ""
				: "Agreed by " + plan.agreedByBody() + " on " + Dates.day(plan.agreedOn()) + (plan.endorsedOn() == null
						? "" : " and endorsed by " + plan.endorsedByBody() + " on " + Dates.day(plan.endorsedOn()));
		return new PublicPlan(plan.title(), plan.period(), agreed, plan.illustrative(),
				priorities.stream()
					.map(p -> new PublicPriority(p.title(), p.description(), p.category().label(),
							p.actions().stream().filter(Action::publicAction).map(a -> action(a, today)).toList()))
					.toList());
	}

	private static PublicAction action(Action a, LocalDate today) {
		String who = a.leadOrganisationName() == null ? "Not yet agreed" : a.leadOrganisationName()
				+ (a.supportingPartners().isEmpty() ? "" : ", with " + String.join(", ", a.supportingPartners()));
		String when = a.dueOn() == null ? "Not yet dated"
				: (a.startsOn() == null ? "" : Dates.day(a.startsOn()) + " to ") + Dates.day(a.dueOn());
		String state = a.isCompleted() ? "Done"
				: a.latest() == null ? "Not started" : a.isOverdue(today) ? "Running late" : "In progress";
		String progress = a.isCompleted() ? "Done"
				: a.latest() == null ? "Not started yet" : a.percentComplete() + "% done";
		return new PublicAction(a.title(), who, when, progress, a.percentComplete(), state);
	}

}
