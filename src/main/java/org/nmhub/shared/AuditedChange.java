package org.nmhub.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an event tells the audit log about one write: the partnership it belongs to, who
 * made it, which record, and the values before and after. Every module's {@code *Changed}
 * event implements {@link Audited} to supply one, and the audit module records it in the
 * writer's own transaction.
 *
 * @param partnershipId the owning partnership, or {@code null} for a record of no
 * partnership
 * @param actorUserId the user who made the change, or {@code null} for the system
 * @param actorName the name shown in the audit log
 * @param action what was done, e.g. {@code updated}
 * @param recordType the kind of record, e.g. {@code partnership}
 * @param recordId the record's identifier
 * @param summary one line for people reading the log
 * @param before the changed fields' values before, empty for a creation
 * @param after the changed fields' values after, empty for a deletion
 */
public record AuditedChange(@Nullable Long partnershipId, @Nullable Long actorUserId, String actorName, String action,
		String recordType, String recordId, String summary, Map<String, @Nullable Object> before,
		Map<String, @Nullable Object> after) {

	public AuditedChange {
		before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
		after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
	}

}
