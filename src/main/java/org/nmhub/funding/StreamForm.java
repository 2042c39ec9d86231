package org.nmhub.funding;

import org.jspecify.annotations.Nullable;

/** A new funding stream, as typed. */
record StreamForm(@Nullable String name, @Nullable String kind, @Nullable String sourceBody,
		@Nullable String capitalRevenue, @Nullable String amount, @Nullable String conditions,
		@Nullable String startsOn, @Nullable String endsOn) {

	static StreamForm empty() {
		return new StreamForm("", "", "", "", "", "", "", "");
	}

}
