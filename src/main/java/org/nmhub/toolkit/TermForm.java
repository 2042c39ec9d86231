package org.nmhub.toolkit;

import org.jspecify.annotations.Nullable;

/** What was typed into the "add an abbreviation" form. */
record TermForm(@Nullable String abbreviation, @Nullable String meaning) {

	static TermForm empty() {
		return new TermForm("", "");
	}

}
