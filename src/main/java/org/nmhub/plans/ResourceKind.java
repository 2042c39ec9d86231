package org.nmhub.plans;

/**
 * Whether an action's resources are money or staff time, premises and the like.
 */
public enum ResourceKind {

	CASH("Cash"), IN_KIND("In kind");

	private final String label;

	ResourceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
