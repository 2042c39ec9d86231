package org.nmhub.shared;

/**
 * How widely a record may be seen. Every record that holds information about people or
 * places carries one grade, and every module checks it through the access policy.
 */
public enum Confidentiality {

	/** Anyone, including residents on the public pages. */
	PUBLIC("Public"),

	/** Any signed-in member of the partnership that owns the record. */
	PARTNERS("Partners"),

	/**
	 * Only members whose organisation is named on the record (e.g. police-restricted).
	 */
	RESTRICTED("Restricted to named organisations"),

	/**
	 * Personal data: only operational members of named organisations; never board packs,
	 * exports, search or public pages.
	 */
	PERSONAL("Personal");

	private final String label;

	Confidentiality(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
