package org.nmhub.plans;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One option of a select, radios or checkboxes. */
record Choice(String value, String label) {

	static <E extends Enum<E>> List<Choice> of(E[] values, Function<E, String> label) {
		return Arrays.stream(values).map(v -> new Choice(v.name(), label.apply(v))).toList();
	}

}
