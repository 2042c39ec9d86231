package org.nmhub.plans;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An action of an action plan as other modules see it.
 *
 * @param id the action (in the plan version given)
 * @param partnershipId the owning partnership
 * @param planId the plan version
 * @param neighbourhoodId the plan's neighbourhood, or {@code null} for a district or
 * county plan
 * @param planTitle the plan's title
 * @param title what will be done
 * @param leadOrganisation the lead organisation's name, if one is committed
 * @param leadOfficer the named lead officer, or empty
 * @param startsOn when it starts, if dated
 * @param dueOn when it is due, if dated
 * @param completed whether its lead has recorded it as complete
 * @param percentComplete the latest progress, 0 to 100
 * @param rag the latest red, amber or green rating, if any
 * @param laaOutcomeId the LAA outcome it contributes to, if named
 * @param laaIndicatorId the LAA indicator it contributes to, if named
 * @param path the action's page, relative to the partnership's {@code /p/{partnership}}
 */
public record ActionRef(long id, long partnershipId, long planId, @Nullable Long neighbourhoodId, String planTitle,
		String title, @Nullable String leadOrganisation, String leadOfficer, @Nullable LocalDate startsOn,
		@Nullable LocalDate dueOn, boolean completed, int percentComplete, @Nullable Rag rag,
		@Nullable Long laaOutcomeId, @Nullable Long laaIndicatorId, String path) {

}
