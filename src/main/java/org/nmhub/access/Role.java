package org.nmhub.access;

/**
 * A user's role in one partnership.
 */
public enum Role {

	ADMINISTRATOR("Partnership administrator",
			"manage the partnership's members and settings, and read the audit log of every change"),

	PERFORMANCE_OFFICER("Performance officer",
			"look after the Local Area Agreement framework, funding, six-monthly reviews and board reports"),

	DISTRICT_COORDINATOR("District coordinator",
			"coordinate neighbourhood management in your district: profiles, action plans, NATs and forums"),

	NEIGHBOURHOOD_MANAGER("Neighbourhood manager",
			"build the evidence and the Neighbourhood Action Plan for your neighbourhoods, and work with NATs and residents"),

	PARTNER_OFFICER("Partner officer",
			"update the actions and returns your organisation owns, and share community intelligence under the protocol"),

	BOARD_MEMBER("Councillor or board member", "read dashboards, plans and board packs (read-only)");

	private final String label;

	private final String purpose;

	Role(String label, String purpose) {
		this.label = label;
		this.purpose = purpose;
	}

	public String label() {
		return label;
	}

	/** What a user in this role can do in NM Hub, completing "You can …". */
	public String purpose() {
		return purpose;
	}

	/** Board members and councillors read; they never change records. */
	public boolean canWrite() {
		return this != BOARD_MEMBER;
	}

	/**
	 * Whether this role does operational work with people's data (never true for board
	 * members).
	 */
	public boolean isOperational() {
		return this != BOARD_MEMBER;
	}

}
