package org.nmhub.shared;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An action of an action plan was completed. Published by the plans module in the
 * transaction that records the completion; here in the shared kernel so that modules such
 * as performance can listen without depending on plans.
 *
 * @param partnershipId the partnership that owns the plan
 * @param planId the plan version the action was completed in
 * @param actionId the action
 * @param neighbourhoodId the plan's neighbourhood, or {@code null} for a district or
 * county plan
 * @param laaOutcomeId the LAA outcome the action contributes to, if one was named
 * @param laaIndicatorId the LAA indicator the action contributes to, if one was named
 * @param title the action's title
 * @param completedOn the day it was recorded as complete
 */
public record PlanActionCompleted(long partnershipId, long planId, long actionId, @Nullable Long neighbourhoodId,
		@Nullable Long laaOutcomeId, @Nullable Long laaIndicatorId, String title, LocalDate completedOn) {

}
