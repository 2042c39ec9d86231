package org.nmhub.partners;

import org.nmhub.access.PartnershipId;
import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A body of the partnership was created or changed.
 */
public record BodyChanged(PartnershipId partnershipId, long bodyId, AuditedChange change) implements Audited {

}
