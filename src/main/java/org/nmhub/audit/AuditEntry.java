package org.nmhub.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One recorded write.
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable Long actorUserId, String actorName, String action,
		String recordType, String recordId, String summary, String before, String after) {

}
