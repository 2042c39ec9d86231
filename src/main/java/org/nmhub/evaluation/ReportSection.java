package org.nmhub.evaluation;

import java.util.Optional;

/** The sections an evaluation report can have, in the order they appear. */
enum ReportSection {

	QUANTITATIVE("Figures against the baseline",
			"Each neighbourhood's frozen baseline against the latest figures: is the gap narrowing?"),
	LAA("Contribution to the Local Area Agreement",
			"The LAA indicators the plan actions contribute to, and where the reward targets stand"),
	QUALITATIVE("What residents say",
			"Perception survey results with their uncertainty, what residents raised at "
					+ "forums and other activities, and \"you said, we did\""),
	DELIVERY("Delivery of the action plan", "Plan actions done, overdue and still open"),
	PARTNERSHIP_HEALTH("Partnership health", "Partners' attendance, overdue actions and the hardest to engage"),
	SPEND("Spend", "Funding bid for and awarded to the neighbourhoods and their plan actions");

	private final String heading;

	private final String description;

	ReportSection(String heading, String description) {
		this.heading = heading;
		this.description = description;
	}

	public String heading() {
		return heading;
	}

	public String description() {
		return description;
	}

	public String key() {
		return name();
	}

	static Optional<ReportSection> of(String key) {
		for (ReportSection s : values()) {
			if (s.name().equals(key)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

}
