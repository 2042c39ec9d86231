package org.nmhub.intelligence;

/** Where an item has got to. */
enum ItemStatus {

	UNVERIFIED("Unverified"), OPEN("Open"), ESCALATED("Escalated"), RESPONDED("Responded to"), CLOSED("Closed");

	private final String label;

	ItemStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
