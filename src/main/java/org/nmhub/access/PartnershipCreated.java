package org.nmhub.access;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A partnership was created (for the demo, from the seed documents). Modules that keep
 * reference records for a partnership, such as its districts, react to it.
 */
public record PartnershipCreated(PartnershipId partnershipId, String slug, AuditedChange change) implements Audited {

}
