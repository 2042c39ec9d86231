package org.nmhub.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the audit page is filtered by; every part is optional.
 */
record AuditFilter(@Nullable Long userId, @Nullable String recordType, @Nullable String recordId,
		@Nullable LocalDate from, @Nullable LocalDate to, int page) {

	static final int PAGE_SIZE = 50;

	AuditFilter {
		recordType = blankToNull(recordType);
		recordId = blankToNull(recordId);
		page = Math.max(page, 1);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
