package org.nmhub.indicators;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A priority-neighbourhood selection was run and saved with its rules and results.
 *
 * @param edition the edition's key, e.g. {@code iod2004}
 * @param selected how many LSOAs it selected
 */
public record SelectionRunSaved(long runId, long partnershipId, String edition, int selected,
		AuditedChange change) implements Audited {

}
