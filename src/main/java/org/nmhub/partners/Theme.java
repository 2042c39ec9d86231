package org.nmhub.partners;

/** The themes agenda items are tagged with: the LAA's blocks and the review's themes. */
enum Theme {

	CHILDREN_YOUNG_PEOPLE("Children and young people"), SAFER("Safer communities"), STRONGER("Stronger communities"),
	HEALTHIER_OLDER("Healthier communities and older people"), ECONOMY("Economic development and enterprise"),
	CLEANER_GREENER("Cleaner and greener"), HOUSING("Housing"), GOVERNANCE("Partnership and governance"),
	OTHER("Other");

	private final String label;

	Theme(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
