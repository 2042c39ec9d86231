package org.nmhub;

import org.nmhub.access.Role;

/**
 * The demo users the seeds create, for tests: one per role per partnership.
 */
public final class DemoUsers {

	public static final String PASSWORD = "demo-Partnership-2026";

	public static final String COUNTY = "leicestershire-together";

	public static final String CITY = "leicester-partnership";

	private DemoUsers() {
	}

	/** The demo user of a role in a partnership. */
	public static String email(Role role, String partnership) {
		return email(switch (role) {
			case ADMINISTRATOR -> "administrator";
			case PERFORMANCE_OFFICER -> "performance";
			case DISTRICT_COORDINATOR -> "coordinator";
			case NEIGHBOURHOOD_MANAGER -> "manager";
			case PARTNER_OFFICER -> "partner";
			case BOARD_MEMBER -> "board";
		}, partnership);
	}

	/** e.g. {@code email("administrator", COUNTY)}. */
	public static String email(String mailbox, String partnership) {
		return mailbox + "@" + partnership + ".example";
	}

}
