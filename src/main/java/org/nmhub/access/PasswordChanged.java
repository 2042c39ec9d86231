package org.nmhub.access;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A user changed their password (the audit records that it happened, never the password).
 */
public record PasswordChanged(long userId, AuditedChange change) implements Audited {

}
