package org.nmhub.plans;

/**
 * Red, amber or green: how an action's delivery is going.
 */
public enum Rag {

	RED("Red", "At risk: it will not be delivered on time without help"),
	AMBER("Amber", "Some slippage or problems, being managed"), GREEN("Green", "On track");

	private final String label;

	private final String meaning;

	Rag(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	public String meaning() {
		return meaning;
	}

}
