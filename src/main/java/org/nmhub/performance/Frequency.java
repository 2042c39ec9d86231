package org.nmhub.performance;

/** How often an indicator's actual is returned; periods are quarters. */
enum Frequency {

	QUARTERLY("Quarterly"), SIX_MONTHLY("Six-monthly"), ANNUAL("Annual"), MONTHLY("Monthly (returned quarterly)");

	private final String label;

	Frequency(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	/** Whether a return is due for a quarter ending in this month (financial years). */
	boolean dueFor(java.time.LocalDate quarterEnd) {
		int month = quarterEnd.getMonthValue();
		return switch (this) {
			case ANNUAL -> month == 3;
			case SIX_MONTHLY -> month == 3 || month == 9;
			default -> true;
		};
	}

}
