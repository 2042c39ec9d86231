package org.nmhub.places;

import org.nmhub.access.PartnershipId;
import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.LsoaVintage;

/**
 * A neighbourhood's area was drawn or redrawn as a new version.
 */
public record NeighbourhoodRedrawn(PartnershipId partnershipId, long neighbourhoodId, String neighbourhoodKey,
		long versionId, LsoaVintage vintage, AuditedChange change) implements Audited {

}
