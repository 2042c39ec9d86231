package org.nmhub.plans;

/**
 * An attempt to change a plan version that has left draft. Agreed versions are frozen: a
 * change after agreement is a new version.
 */
class FrozenPlanException extends RuntimeException {

	private final transient Plan plan;

	FrozenPlanException(Plan plan) {
		super("Action plan " + plan.id() + " is " + plan.status() + " and cannot be changed in place");
		this.plan = plan;
	}

	Plan plan() {
		return plan;
	}

}
