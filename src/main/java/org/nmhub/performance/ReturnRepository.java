package org.nmhub.performance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Returns of actuals per indicator and period, and the reminders sent for late ones.
 */
@Repository
class ReturnRepository {

	private static final String RETURN_COLUMNS = """
			select r.*, i.code as indicator_code, i.title as indicator_title, i.data_owner_organisation_id,
			       pe.label as period_label, pe.ends_on, pe.closed
			from performance_returns r
			join performance_indicators i on i.id = r.indicator_id
			join performance_periods pe on pe.id = r.period_id
			""";

	private final JdbcClient jdbc;

	ReturnRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A return as stored, with its indicator and period. */
	record Return(long id, long indicatorId, String indicatorCode, String indicatorTitle, @Nullable Long ownerId,
			long periodId, String periodLabel, LocalDate periodEnd, boolean periodClosed, BigDecimal actual,
			@Nullable String commentary, @Nullable String evidenceLink, String status, @Nullable Long submittedByUserId,
			String submittedByName, OffsetDateTime submittedAt, @Nullable String reviewedByName,
			@Nullable String reviewNote, String statusLabel) {

		static String label(String status) {
			return switch (status) {
				case "APPROVED" -> "Approved";
				case "SENT_BACK" -> "Sent back";
				default -> "Awaiting approval";
			};
		}

	}

	private static Return row(ResultSet rs, int n) throws SQLException {
		return new Return(rs.getLong("id"), rs.getLong("indicator_id"), rs.getString("indicator_code"),
				rs.getString("indicator_title"), (Long) rs.getObject("data_owner_organisation_id"),
				rs.getLong("period_id"), rs.getString("period_label"), rs.getObject("ends_on", LocalDate.class),
				rs.getBoolean("closed"), rs.getBigDecimal("actual"), rs.getString("commentary"),
				rs.getString("evidence_link"), rs.getString("status"), (Long) rs.getObject("submitted_by_user_id"),
				rs.getString("submitted_by_name"), rs.getObject("submitted_at", OffsetDateTime.class),
				rs.getString("reviewed_by_name"), rs.getString("review_note"), Return.label(rs.getString("status")));
	}

	List<Return> returns(long p, long version) {
		return jdbc
			.sql(RETURN_COLUMNS + " where r.partnership_id = :p and i.version_id = :v order by pe.ends_on, i.code")
			.param("p", p)
			.param("v", version)
			.query(ReturnRepository::row)
			.list();
	}

	Optional<Return> find(long p, long id) {
		return jdbc.sql(RETURN_COLUMNS + " where r.partnership_id = :p and r.id = :id")
			.param("p", p)
			.param("id", id)
			.query(ReturnRepository::row)
			.optional();
	}

	Optional<Return> find(long p, long indicator, long period) {
		return jdbc.sql(RETURN_COLUMNS + " where r.partnership_id = :p and r.indicator_id = :i and r.period_id = :pe")
			.param("p", p)
			.param("i", indicator)
			.param("pe", period)
			.query(ReturnRepository::row)
			.optional();
	}

	/** Approved actuals of a version: indicator id → period id → actual. */
	Map<Long, Map<Long, BigDecimal>> approvedActuals(long p, long version) {
		Map<Long, Map<Long, BigDecimal>> actuals = new HashMap<>();
		jdbc.sql("""
				select r.indicator_id, r.period_id, r.actual from performance_returns r
				join performance_indicators i on i.id = r.indicator_id
				where r.partnership_id = :p and i.version_id = :v and r.status = 'APPROVED'
				""").param("p", p).param("v", version).query(rs -> {
			actuals.computeIfAbsent(rs.getLong("indicator_id"), k -> new HashMap<>())
				.put(rs.getLong("period_id"), rs.getBigDecimal("actual"));
		});
		return actuals;
	}

	long submit(long p, long indicator, long period, BigDecimal actual, @Nullable String commentary,
			@Nullable String evidence, long userId, String userName) {
		return jdbc
			.sql("""
					insert into performance_returns (partnership_id, indicator_id, period_id, actual, commentary, evidence_link,
					       status, submitted_by_user_id, submitted_by_name)
					values (:p, :i, :pe, :actual, :commentary, :evidence, 'SUBMITTED', :user, :name)
					on conflict (indicator_id, period_id) do update set actual = excluded.actual,
					       commentary = excluded.commentary, evidence_link = excluded.evidence_link, status = 'SUBMITTED',
					       submitted_by_user_id = excluded.submitted_by_user_id, submitted_by_name = excluded.submitted_by_name,
					       submitted_at = now(), reviewed_by_user_id = null, reviewed_by_name = null, reviewed_at = null
					returning id
					""")
			.param("p", p)
			.param("i", indicator)
			.param("pe", period)
			.param("actual", actual)
			.param("commentary", commentary)
			.param("evidence", evidence)
			.param("user", userId)
			.param("name", userName)
			.query(Long.class)
			.single();
	}

	void review(long p, long id, String status, long userId, String userName, @Nullable String note) {
		jdbc.sql("""
				update performance_returns set status = :status, reviewed_by_user_id = :user, reviewed_by_name = :name,
				       reviewed_at = now(), review_note = :note
				where partnership_id = :p and id = :id
				""")
			.param("p", p)
			.param("id", id)
			.param("status", status)
			.param("user", userId)
			.param("name", userName)
			.param("note", note)
			.update();
	}

	void setPeriodClosed(long p, long period, boolean closed) {
		jdbc.sql("update performance_periods set closed = :c where partnership_id = :p and id = :id")
			.param("p", p)
			.param("id", period)
			.param("c", closed)
			.update();
	}

	/** E-mail addresses of the partner officers of an organisation in a partnership. */
	List<String> partnerOfficers(long p, long organisation) {
		return jdbc.sql("""
				select u.email from users u join memberships m on m.user_id = u.id
				where m.partnership_id = :p and m.role = 'PARTNER_OFFICER' and u.organisation_id = :o order by u.email
				""").param("p", p).param("o", organisation).query(String.class).list();
	}

	/** Whether a reminder for this return went to this address within the last days. */
	boolean remindedSince(long p, long indicator, long period, String to, OffsetDateTime since) {
		return jdbc.sql("""
				select count(*) from performance_reminders where partnership_id = :p and indicator_id = :i
				and period_id = :pe and sent_to = :to and sent_at >= :since
				""")
			.param("p", p)
			.param("i", indicator)
			.param("pe", period)
			.param("to", to)
			.param("since", since)
			.query(Long.class)
			.single() > 0;
	}

	void reminded(long p, long indicator, long period, String to) {
		jdbc.sql("""
				insert into performance_reminders (partnership_id, indicator_id, period_id, sent_to)
				values (:p, :i, :pe, :to)
				""").param("p", p).param("i", indicator).param("pe", period).param("to", to).update();
	}

	/** Every partnership with a framework, for the reminder job. */
	List<Long> partnershipsWithFrameworks() {
		return jdbc.sql("select distinct partnership_id from performance_versions order by 1").query(Long.class).list();
	}

}
