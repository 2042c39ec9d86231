package org.nmhub.performance;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * Something in the LAA performance framework, its returns, delivery plan or reviews was
 * created or changed.
 */
public record PerformanceChanged(long partnershipId, String recordType, String recordId,
		AuditedChange change) implements Audited {

}
