package org.nmhub.places;

import org.nmhub.access.PartnershipId;
import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A neighbourhood was added to a partnership.
 */
public record NeighbourhoodCreated(PartnershipId partnershipId, long neighbourhoodId, String key,
		AuditedChange change) implements Audited {

}
