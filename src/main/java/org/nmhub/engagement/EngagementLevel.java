package org.nmhub.engagement;

/**
 * The rungs of the engagement ladder, from telling residents to handing them decisions.
 */
enum EngagementLevel {

	INFORM("Inform", "telling residents what is happening"), CONSULT("Consult", "asking residents' views on proposals"),
	INVOLVE("Involve", "working with residents throughout so their concerns shape the options"),
	COLLABORATE("Collaborate", "residents as partners in each decision"), EMPOWER("Empower", "residents decide");

	private final String label;

	private final String meaning;

	EngagementLevel(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	public String meaning() {
		return meaning;
	}

	/** Only telling or asking: the rungs the review found most engagement stuck on. */
	public boolean isInformOrConsult() {
		return this == INFORM || this == CONSULT;
	}

}
