package org.nmhub.evaluation;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/** A neighbourhood's baseline was frozen, or the partnership's report template saved. */
record EvaluationChanged(AuditedChange change) implements Audited {
}
