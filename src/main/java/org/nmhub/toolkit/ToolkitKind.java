package org.nmhub.toolkit;

enum ToolkitKind {

	CASE_STUDY("Case study"), GUIDANCE("Guidance"), TEMPLATE("Template"), EVALUATION("Evaluation finding"),
	OTHER("Other");

	private final String label;

	ToolkitKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
