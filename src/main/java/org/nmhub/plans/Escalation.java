package org.nmhub.plans;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An item another module escalates into a neighbourhood's action plan (a community
 * intelligence item, a meeting action…). It becomes an action under the plan's "Escalated
 * items" priority, with the item as its evidence.
 *
 * @param partnershipId the partnership
 * @param neighbourhoodId the neighbourhood whose plan takes the action
 * @param title what is to be done
 * @param description more detail, or empty
 * @param evidenceKind what the item is (intelligence, engagement feedback, document)
 * @param sourceReference the item's reference in its module (e.g. {@code CI-2009-041})
 * @param sourceLabel the item in words, for the evidence link
 * @param leadOrganisationId the proposed lead organisation (one of the partnership's), or
 * {@code null}
 * @param dueOn the proposed due date, or {@code null}
 * @param actorUserId who escalated it, or {@code null} for the system
 * @param actorName the name the audit log shows
 */
public record Escalation(long partnershipId, long neighbourhoodId, String title, String description,
		EvidenceKind evidenceKind, String sourceReference, String sourceLabel, @Nullable Long leadOrganisationId,
		@Nullable LocalDate dueOn, @Nullable Long actorUserId, String actorName) {

}
