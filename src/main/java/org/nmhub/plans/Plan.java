package org.nmhub.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of an action plan, without its priorities.
 */
record Plan(long id, long partnershipId, UUID lineageKey, int planVersion, @Nullable Long previousId, PlanKind kind,
		@Nullable Long neighbourhoodId, @Nullable String neighbourhoodKey, @Nullable String neighbourhoodName,
		@Nullable Long districtId, @Nullable String districtName, @Nullable String districtCode, String title,
		LocalDate startsOn, LocalDate endsOn, int reviewMonth, PlanStatus status, boolean template,
		boolean illustrative, String notes, String createdBy, Instant createdAt, @Nullable String submittedBy,
		@Nullable Instant submittedAt, @Nullable String agreedByBody, @Nullable LocalDate agreedOn,
		@Nullable String agreedRecordedBy, @Nullable Instant agreedRecordedAt, @Nullable String endorsedByBody,
		@Nullable LocalDate endorsedOn, @Nullable String endorsedRecordedBy, @Nullable Instant endorsedRecordedAt) {

	boolean isDraft() {
		return status == PlanStatus.DRAFT;
	}

	/** The area the plan covers, in words. */
	String area() {
		return switch (kind) {
			case NEIGHBOURHOOD -> neighbourhoodName == null ? "" : neighbourhoodName;
			case DISTRICT -> districtName == null ? "" : districtName;
			case COUNTY -> "The whole partnership";
		};
	}

	String reviewMonthName() {
		return Month.of(reviewMonth).getDisplayName(TextStyle.FULL, Locale.UK);
	}

	String period() {
		return startsOn.getYear() + " to " + endsOn.getYear();
	}

}
