package org.nmhub.audit;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;
import org.nmhub.shared.AuditedChange;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AuditedChange change) {
		jdbc.sql("""
				insert into audit_entries (partnership_id, actor_user_id, actor_name, action, record_type, record_id,
				                           summary, before_values, after_values)
				values (:partnershipId, :actorUserId, :actorName, :action, :recordType, :recordId, :summary,
				        cast(:before as jsonb), cast(:after as jsonb))
				""")
			.param("partnershipId", change.partnershipId())
			.param("actorUserId", change.actorUserId())
			.param("actorName", change.actorName())
			.param("action", change.action())
			.param("recordType", change.recordType())
			.param("recordId", change.recordId())
			.param("summary", change.summary())
			.param("before", toJson(change.before()))
			.param("after", toJson(change.after()))
			.update();
	}

	/**
	 * A page of a partnership's entries (newest first), plus one more row to tell if
	 * there is a next page.
	 */
	List<AuditEntry> find(PartnershipId partnership, AuditFilter filter) {
		return jdbc
			.sql("""
					select id, occurred_at, actor_user_id, actor_name, action, record_type, record_id, summary,
					       coalesce(before_values::text, '{}') as before_values, coalesce(after_values::text, '{}') as after_values
					from audit_entries
					where partnership_id = :partnershipId
					  and (cast(:userId as bigint) is null or actor_user_id = :userId)
					  and (cast(:recordType as text) is null or record_type = :recordType)
					  and (cast(:recordId as text) is null or record_id = :recordId)
					  and (cast(:fromTime as timestamptz) is null or occurred_at >= :fromTime)
					  and (cast(:toTime as timestamptz) is null or occurred_at < :toTime)
					order by occurred_at desc, id desc
					limit :limit offset :offset
					""")
			.param("partnershipId", partnership.value())
			.param("userId", filter.userId())
			.param("recordType", filter.recordType())
			.param("recordId", filter.recordId())
			.param("fromTime",
					filter.from() == null ? null : Timestamp.from(filter.from().atStartOfDay(LONDON).toInstant()))
			.param("toTime",
					filter.to() == null ? null
							: Timestamp.from(filter.to().plusDays(1).atStartOfDay(LONDON).toInstant()))
			.param("limit", AuditFilter.PAGE_SIZE + 1)
			.param("offset", (filter.page() - 1) * AuditFilter.PAGE_SIZE)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					(Long) rs.getObject("actor_user_id"), rs.getString("actor_name"), rs.getString("action"),
					rs.getString("record_type"), rs.getString("record_id"), rs.getString("summary"),
					rs.getString("before_values"), rs.getString("after_values")))
			.list();
	}

	/**
	 * The record types and actors that appear in a partnership's log, for the filter's
	 * choices.
	 */
	List<String> recordTypes(PartnershipId partnership) {
		return jdbc.sql("select distinct record_type from audit_entries where partnership_id = :p order by 1")
			.param("p", partnership.value())
			.query(String.class)
			.list();
	}

	List<Map<String, Object>> actors(PartnershipId partnership) {
		return jdbc.sql("""
				select distinct actor_user_id as id, actor_name as name from audit_entries
				where partnership_id = :p and actor_user_id is not null order by actor_name
				""").param("p", partnership.value()).query().listOfRows();
	}

	private String toJson(Map<String, @Nullable Object> values) {
		return json.writeValueAsString(values);
	}

}
