package org.nmhub.access;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A partnership's details were changed by its administrator.
 */
public record PartnershipChanged(PartnershipId partnershipId, AuditedChange change) implements Audited {

}
