package org.nmhub;

/**
 * The demo users the seeds create, for tests: one per role per partnership.
 */
public final class DemoUsers {

	public static final String PASSWORD = "demo-Partnership-2026";

	public static final String COUNTY = "leicestershire-together";

	public static final String CITY = "leicester-partnership";

	private DemoUsers() {
	}

	/** e.g. {@code email("administrator", COUNTY)}. */
	public static String email(String mailbox, String partnership) {
		return mailbox + "@" + partnership + ".example";
	}

}
