package org.nmhub.partners;

/**
 * The kinds of partnership body the review and the LAA describe.
 */
public enum BodyType {

	BOARD("Board"), SUB_GROUP("Sub-group"), DISTRICT_LSP("District LSP"), NAT("Neighbourhood Action Team"),
	NEIGHBOURHOOD_FORUM("Neighbourhood forum"), JAG("Joint Action Group"), AREA_FORUM("Area or community forum"),
	OTHER("Other");

	private final String label;

	BodyType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
