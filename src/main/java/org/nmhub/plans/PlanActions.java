package org.nmhub.plans;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans module's API for other modules: the actions of a neighbourhood's plans, one
 * action, and escalating an item (community intelligence, a meeting action…) into a
 * neighbourhood's plan. Every call names the partnership, and nothing of another
 * partnership is ever returned.
 */
@Service
public class PlanActions {

	private final ActionPlans plans;

	private final PlanRepository repository;

	PlanActions(ActionPlans plans, PlanRepository repository) {
		this.plans = plans;
		this.repository = repository;
	}

	/**
	 * The actions of the newest version of each of the neighbourhood's plans (templates
	 * left out), in plan and action order.
	 */
	public List<ActionRef> actions(long partnershipId, long neighbourhoodId) {
		return repository.currentNeighbourhoodPlans(partnershipId, neighbourhoodId)
			.stream()
			.flatMap(plan -> repository.actions(partnershipId, plan.id()).stream().map(a -> ref(plan, a)))
			.toList();
	}

	/** One action of the partnership, in whichever plan version it is. */
	public Optional<ActionRef> action(long partnershipId, long actionId) {
		return repository.action(partnershipId, actionId)
			.flatMap(a -> repository.plan(partnershipId, a.planId()).map(plan -> ref(plan, a)));
	}

	/**
	 * Files an escalated item as an action of the neighbourhood's current plan, under its
	 * "Escalated items" priority with the item as evidence. When the current version is
	 * agreed (frozen) or awaiting agreement, a new draft version is started for it, so
	 * the change is seen in the version's differences and agreed like any other. Audited.
	 * @return the new action, or empty when the neighbourhood has no plan to take it
	 */
	@Transactional
	public Optional<ActionRef> escalate(Escalation item) {
		return plans.escalate(item).flatMap(a -> action(item.partnershipId(), a.id()));
	}

	private static ActionRef ref(Plan plan, Action a) {
		return new ActionRef(a.id(), plan.partnershipId(), plan.id(), plan.neighbourhoodId(), plan.title(), a.title(),
				a.leadOrganisationName(), a.leadOfficerName(), a.startsOn(), a.dueOn(), a.isCompleted(),
				a.percentComplete(), a.rag(), a.laaOutcomeId(), a.laaIndicatorId(),
				"/plans/" + plan.id() + "/actions/" + a.id());
	}

}
