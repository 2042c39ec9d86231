package org.nmhub.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An action's values once a form has been checked: what is saved.
 */
record ActionValues(long priorityId, String title, String description, @Nullable String level, String reference,
		@Nullable Long leadOrganisationId, @Nullable Long leadOfficerUserId, String leadOfficerName,
		@Nullable LocalDate startsOn, @Nullable LocalDate dueOn, @Nullable BigDecimal resourcesAmount,
		String resourcesSource, @Nullable ResourceKind resourcesKind, @Nullable Long laaOutcomeId,
		@Nullable Long laaIndicatorId, String successMeasure, String parishPlanItem, boolean publicAction,
		List<Long> supportingPartnerIds) {

	ActionValues {
		supportingPartnerIds = List.copyOf(supportingPartnerIds);
	}

}
