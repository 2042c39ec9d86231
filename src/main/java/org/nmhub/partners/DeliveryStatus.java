package org.nmhub.partners;

/** How far a commitment was delivered, as last recorded. */
enum DeliveryStatus {

	DELIVERED("Delivered"), PARTLY_DELIVERED("Partly delivered"), NOT_DELIVERED("Not delivered");

	private final String label;

	DeliveryStatus(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
