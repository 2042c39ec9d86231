package org.nmhub.plans;

/**
 * The three levels of action plan the 2008 review asks for (8.2, 8.12, 8.13).
 */
public enum PlanKind {

	NEIGHBOURHOOD("Neighbourhood Action Plan"), DISTRICT("District neighbourhood-management action plan"),
	COUNTY("County neighbourhood-management action plan");

	private final String label;

	PlanKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
