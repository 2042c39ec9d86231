package org.nmhub;

/**
 * A problem that stops NM Hub starting, with the action the operator should take.
 * Reported by {@link StartupProblemAnalyzer} as a plain message instead of a stack trace.
 */
class StartupProblem extends RuntimeException {

	private final String action;

	StartupProblem(String description, String action) {
		super(description);
		this.action = action;
	}

	String action() {
		return action;
	}

}
