package org.nmhub.performance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Six-monthly review cycles and the decisions recorded against them.
 */
@Repository
class ReviewRepository {

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Review(long id, long versionId, String title, LocalDate heldOn, int riskAppetite, String source) {

	}

	record Decision(long id, String decidedBy, String decision, @Nullable String fromOutcome,
			@Nullable String toOutcome, @Nullable BigDecimal amount, String recordedBy, OffsetDateTime recordedAt) {

	}

	private static Review review(ResultSet rs, int n) throws SQLException {
		return new Review(rs.getLong("id"), rs.getLong("version_id"), rs.getString("title"),
				rs.getObject("held_on", LocalDate.class), rs.getInt("risk_appetite"), rs.getString("source"));
	}

	List<Review> reviews(long p) {
		return jdbc.sql("select * from performance_reviews where partnership_id = :p order by held_on desc, id desc")
			.param("p", p)
			.query(ReviewRepository::review)
			.list();
	}

	Optional<Review> review(long p, long id) {
		return jdbc.sql("select * from performance_reviews where partnership_id = :p and id = :id")
			.param("p", p)
			.param("id", id)
			.query(ReviewRepository::review)
			.optional();
	}

	boolean titleTaken(long p, String title) {
		return jdbc
			.sql("select count(*) from performance_reviews where partnership_id = :p and lower(title) = lower(:t)")
			.param("p", p)
			.param("t", title)
			.query(Long.class)
			.single() > 0;
	}

	long insert(long p, long version, String title, LocalDate heldOn, int appetite) {
		return jdbc.sql("""
				insert into performance_reviews (partnership_id, version_id, title, held_on, risk_appetite, source)
				values (:p, :v, :title, :held, :appetite, 'Recorded in NM Hub') returning id
				""")
			.param("p", p)
			.param("v", version)
			.param("title", title)
			.param("held", heldOn)
			.param("appetite", appetite)
			.query(Long.class)
			.single();
	}

	List<Decision> decisions(long p, long review) {
		return jdbc.sql("""
				select d.*, fo.code || ' ' || fo.title as from_outcome, t.code || ' ' || t.title as to_outcome
				from performance_review_decisions d
				left join performance_outcomes fo on fo.id = d.from_outcome_id
				left join performance_outcomes t on t.id = d.to_outcome_id
				where d.partnership_id = :p and d.review_id = :r order by d.recorded_at, d.id
				""")
			.param("p", p)
			.param("r", review)
			.query((rs, n) -> new Decision(rs.getLong("id"), rs.getString("decided_by"), rs.getString("decision"),
					rs.getString("from_outcome"), rs.getString("to_outcome"), rs.getBigDecimal("amount"),
					rs.getString("recorded_by_name"), rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	long insertDecision(long p, long review, String decidedBy, String decision, @Nullable Long from, @Nullable Long to,
			@Nullable BigDecimal amount, String recordedBy) {
		return jdbc
			.sql("""
					insert into performance_review_decisions (partnership_id, review_id, decided_by, decision, from_outcome_id,
					       to_outcome_id, amount, recorded_by_name)
					values (:p, :r, :by, :decision, :from, :to, :amount, :recorded) returning id
					""")
			.param("p", p)
			.param("r", review)
			.param("by", decidedBy)
			.param("decision", decision)
			.param("from", from)
			.param("to", to)
			.param("amount", amount)
			.param("recorded", recordedBy)
			.query(Long.class)
			.single();
	}

}
