package org.nmhub.evaluation;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/** A self-assessment was started, saved, submitted or peer-reviewed. */
record SelfAssessmentChanged(AuditedChange change) implements Audited {
}
