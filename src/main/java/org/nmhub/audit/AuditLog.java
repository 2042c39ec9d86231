package org.nmhub.audit;

import java.util.List;

import org.nmhub.access.PartnershipId;
import org.nmhub.shared.Audited;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every {@link Audited} event synchronously, in the publisher's transaction: if
 * the write rolls back, so does its audit entry. A write published outside a transaction
 * is a programming error and is refused, so no change can escape the log.
 */
@Service
public class AuditLog {

	private final AuditRepository entries;

	AuditLog(AuditRepository entries) {
		this.entries = entries;
	}

	@EventListener
	void record(Audited event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"Audited event " + event.getClass().getSimpleName() + " was published outside a transaction");
		}
		entries.insert(event.change());
	}

	/** The newest entries for one record, for pages that show a record's history. */
	public List<AuditEntry> historyOf(PartnershipId partnership, String recordType, String recordId) {
		return entries.find(partnership, new AuditFilter(null, recordType, recordId, null, null, 1));
	}

}
