package org.nmhub.plans;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The months, for the annual review's select. */
final class Months {

	static final List<Choice> ALL = Arrays.stream(Month.values())
		.map(m -> new Choice(String.valueOf(m.getValue()), m.getDisplayName(TextStyle.FULL, Locale.UK)))
		.toList();

	private Months() {
	}

}
