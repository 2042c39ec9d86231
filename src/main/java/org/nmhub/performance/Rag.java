package org.nmhub.performance;

/**
 * Red, amber or green, or missing when there is not enough to judge.
 */
enum Rag {

	RED("Red", "nmhub-rag--red", 0), AMBER("Amber", "nmhub-rag--amber", 1), GREEN("Green", "nmhub-rag--green", 2),
	MISSING("Missing", "nmhub-rag--missing", -1);

	private final String label;

	private final String cssClass;

	private final int score;

	Rag(String label, String cssClass, int score) {
		this.label = label;
		this.cssClass = cssClass;
		this.score = score;
	}

	String label() {
		return label;
	}

	String getCssClass() {
		return cssClass;
	}

	/** 0 red, 1 amber, 2 green; -1 missing. */
	int score() {
		return score;
	}

}
