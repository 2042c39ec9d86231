package org.nmhub.dashboards;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/** A board pack was generated, or a body was marked to receive packs (or not). */
public record BoardPackChanged(AuditedChange change) implements Audited {
}
