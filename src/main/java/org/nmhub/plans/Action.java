package org.nmhub.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An action of a plan: who leads it (organisation and named officer), who supports, when,
 * with which resources, towards which LAA outcome or indicator, and how success is
 * measured. {@code version} is its optimistic lock.
 */
record Action(long id, long planId, long priorityId, UUID lineageKey, int position, String title, String description,
		@Nullable String level, String reference, @Nullable Long leadOrganisationId,
		@Nullable String leadOrganisationName, @Nullable Long leadOfficerUserId, String leadOfficerName,
		@Nullable LocalDate startsOn, @Nullable LocalDate dueOn, @Nullable BigDecimal resourcesAmount,
		String resourcesSource, @Nullable ResourceKind resourcesKind, @Nullable Long laaOutcomeId,
		@Nullable Long laaIndicatorId, String successMeasure, String parishPlanItem, boolean publicAction,
		@Nullable String sourceKind, @Nullable String sourceReference, List<Long> supportingPartnerIds,
		List<String> supportingPartners, int version, @Nullable String updatedBy, Instant updatedAt,
		@Nullable Progress latest) {

	/** How many days before its due date an action counts as due soon. */
	static final int DUE_SOON_DAYS = 14;

	Action {
		supportingPartnerIds = List.copyOf(supportingPartnerIds);
		supportingPartners = List.copyOf(supportingPartners);
	}

	/** A committed lead: an organisation and a named officer. */
	boolean isLed() {
		return leadOrganisationId != null && !leadOfficerName.isBlank();
	}

	/** Resources committed: an amount above nothing, with where it comes from. */
	boolean isResourced() {
		return resourcesAmount != null && resourcesAmount.signum() > 0 && !resourcesSource.isBlank()
				&& resourcesKind != null;
	}

	boolean hasDates() {
		return startsOn != null && dueOn != null;
	}

	boolean hasMeasure() {
		return !successMeasure.isBlank();
	}

	boolean isCompleted() {
		return latest != null && latest.completed();
	}

	boolean isOverdue(LocalDate today) {
		return !isCompleted() && dueOn != null && dueOn.isBefore(today);
	}

	boolean isDueSoon(LocalDate today) {
		return !isCompleted() && dueOn != null && !dueOn.isBefore(today)
				&& !dueOn.isAfter(today.plusDays(DUE_SOON_DAYS));
	}

	/** What stops this action being more than a wish, in words; empty when nothing. */
	List<String> wishListProblems() {
		List<String> problems = new ArrayList<>();
		if (leadOrganisationId == null) {
			problems.add("No lead organisation");
		}
		if (leadOfficerName.isBlank()) {
			problems.add("No named lead officer");
		}
		if (!isResourced()) {
			problems.add("No committed resources");
		}
		if (!hasDates()) {
			problems.add("No start and due dates");
		}
		if (!hasMeasure()) {
			problems.add("No success measure");
		}
		return problems;
	}

	int percentComplete() {
		return latest == null ? 0 : latest.percentComplete();
	}

	@Nullable Rag rag() {
		return latest == null ? null : latest.rag();
	}

}
