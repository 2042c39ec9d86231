package org.nmhub.plans;

/**
 * Where a version of a plan is in its agreement: only a draft can be changed.
 */
public enum PlanStatus {

	DRAFT("Draft"), SUBMITTED("Submitted for agreement"), AGREED("Agreed"), ENDORSED("Agreed and endorsed"),
	SUPERSEDED("Superseded by a later version");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether this version has been agreed (and so may be shown to the public). */
	public boolean isAgreed() {
		return this == AGREED || this == ENDORSED;
	}

}
