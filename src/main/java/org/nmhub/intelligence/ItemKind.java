package org.nmhub.intelligence;

/** What an item of community intelligence is. */
enum ItemKind {

	CONCERN("Concern"), OBSERVATION("Observation"), HOTSPOT("Hotspot"), REQUEST("Request");

	private final String label;

	ItemKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
