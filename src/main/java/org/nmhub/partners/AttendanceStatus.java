package org.nmhub.partners;

/** How a person took part in a meeting. */
enum AttendanceStatus {

	PRESENT("Present"), APOLOGIES("Apologies"), SUBSTITUTE("Substitute");

	private final String label;

	AttendanceStatus(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
