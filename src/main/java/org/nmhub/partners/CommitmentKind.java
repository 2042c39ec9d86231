package org.nmhub.partners;

/** What a partner commits under the partners' agreement. */
enum CommitmentKind {

	STAFF_TIME("Staff time"), MONEY("Money"), DATA("Data"), ATTENDANCE("Attendance");

	private final String label;

	CommitmentKind(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
