package org.nmhub.performance;

/**
 * Which way an LAA indicator improves.
 */
public enum TargetPolarity {

	HIGHER_IS_BETTER("Higher is better"), LOWER_IS_BETTER("Lower is better");

	private final String label;

	TargetPolarity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** +1 when a higher value is better, -1 when lower is better. */
	int sign() {
		return this == HIGHER_IS_BETTER ? 1 : -1;
	}

}
