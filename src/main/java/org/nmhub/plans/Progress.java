package org.nmhub.plans;

import java.time.Instant;

/**
 * A progress update on an action, as its lead recorded it.
 */
record Progress(long id, long actionId, Rag rag, int percentComplete, String narrative, String evidence,
		boolean completed, String recordedBy, Instant recordedAt) {

}
