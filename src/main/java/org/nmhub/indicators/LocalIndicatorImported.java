package org.nmhub.indicators;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A partnership imported its own indicator (e.g. police.uk crime by LSOA and month) from
 * a file it uploaded.
 */
public record LocalIndicatorImported(long datasetId, long partnershipId, String name,
		AuditedChange change) implements Audited {

}
