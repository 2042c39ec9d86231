package org.nmhub.shared;

/**
 * An event that records a write. Publishing one inside a transaction makes the audit
 * module record it in that same transaction, so a rolled-back write leaves no audit
 * entry.
 */
public interface Audited {

	AuditedChange change();

}
