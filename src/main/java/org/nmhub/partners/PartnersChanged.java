package org.nmhub.partners;

import org.nmhub.access.PartnershipId;
import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A partner-side record (sharing protocol, signature, agreement, organisation details,
 * meeting…) was created or changed.
 */
public record PartnersChanged(PartnershipId partnershipId, AuditedChange change) implements Audited {

}
