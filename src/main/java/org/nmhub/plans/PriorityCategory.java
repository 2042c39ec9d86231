package org.nmhub.plans;

/**
 * Whether a priority is about the place or the people who live there (review 5.46).
 */
public enum PriorityCategory {

	PLACE("The place"), PERSON("The person"), BOTH("The place and the person");

	private final String label;

	PriorityCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
