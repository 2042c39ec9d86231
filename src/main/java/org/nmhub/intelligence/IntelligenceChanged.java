package org.nmhub.intelligence;

import org.nmhub.access.PartnershipId;
import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * An item of community intelligence was recorded, changed, erased, or (restricted and
 * personal items) viewed.
 */
public record IntelligenceChanged(PartnershipId partnershipId, long itemId, AuditedChange change) implements Audited {

}
