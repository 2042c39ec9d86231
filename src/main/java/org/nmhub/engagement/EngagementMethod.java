package org.nmhub.engagement;

/**
 * How residents were engaged: the methods the 2008 review found in use (forums, drop-ins,
 * door-to-door surveys, walkabouts, action days, JAGs, residents' associations) and those
 * it recommended (ward walks, photography projects, household surveys, piggy-backing on
 * other programmes, roadshows).
 */
enum EngagementMethod {

	NEIGHBOURHOOD_FORUM("Neighbourhood forum or public meeting"), DROP_IN("Drop-in or exhibition"),
	WARD_WALK("Ward walk or walkabout"), DOOR_TO_DOOR_SURVEY("Door-to-door survey"), ACTION_DAY("Action day or week"),
	ROADSHOW("Community roadshow"), PHOTOGRAPHY_PROJECT("Photography project"),
	PIGGY_BACKED_SURVEY("Survey piggy-backed on another programme"), HOUSEHOLD_SURVEY("Household survey"),
	RESIDENTS_ASSOCIATION("Tenants' or residents' association meeting"), JOINT_ACTION_GROUP("Joint Action Group"),
	OTHER("Other");

	private final String label;

	EngagementMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
