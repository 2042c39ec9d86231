package org.nmhub.intelligence;

/** Where an item came from. */
enum SourceType {

	RESIDENT("Resident"), COUNCILLOR("Councillor"), PARTNER_OFFICER("Partner officer"), SURVEY("Survey"),
	PUBLIC_FORM("Resident, through the public form (unverified until checked)");

	private final String label;

	SourceType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
