package org.nmhub.toolkit;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/** Toolkit material or a glossary term was added. */
record ToolkitChanged(AuditedChange change) implements Audited {
}
