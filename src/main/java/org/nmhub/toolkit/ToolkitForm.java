package org.nmhub.toolkit;

import org.jspecify.annotations.Nullable;

/** What was typed into the "add material" form, kept as typed (ADR 0009). */
record ToolkitForm(@Nullable String title, @Nullable String kind, @Nullable String summary, @Nullable String body,
		@Nullable String source, @Nullable String tags) {

	static ToolkitForm empty() {
		return new ToolkitForm("", "", "", "", "", "");
	}

}
