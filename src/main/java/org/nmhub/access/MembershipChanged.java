package org.nmhub.access;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A member's role or scope in a partnership was changed.
 */
public record MembershipChanged(PartnershipId partnershipId, long userId, AuditedChange change) implements Audited {

}
