package org.nmhub.plans;

import org.nmhub.access.PartnershipId;
import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * An action plan, one of its priorities or actions, or an action's progress was recorded
 * or changed.
 */
public record PlanChanged(PartnershipId partnershipId, long planId, AuditedChange change) implements Audited {

}
