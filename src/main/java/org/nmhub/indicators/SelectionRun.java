package org.nmhub.indicators;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A saved selection run: its rules, the edition it ran on, what it found and who ran it.
 */
record SelectionRun(long id, SelectionRules rules, int nationalCount, int areasSearched, int selectedCount,
		int clusterCount, int computeMillis, @Nullable Long comparedWithRunId, String createdByName,
		Instant createdAt) {

	String name() {
		return rules.name();
	}

}
