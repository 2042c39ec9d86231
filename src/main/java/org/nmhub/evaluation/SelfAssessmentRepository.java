package org.nmhub.evaluation;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SelfAssessmentRepository {

	private final JdbcClient jdbc;

	SelfAssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> find(long partnership, Scope scope, int year) {
		return jdbc.sql("""
				select id from self_assessments
				where partnership_id = :p and scope_kind = :kind and scope_key = :key and year_starting = :year
				""")
			.param("p", partnership)
			.param("kind", scope.kind().name())
			.param("key", scope.key())
			.param("year", year)
			.query(Long.class)
			.optional();
	}

	long insert(long partnership, Scope scope, int year, String createdBy, Map<Element, List<String>> prefilled) {
		long id = jdbc
			.sql("""
					insert into self_assessments (partnership_id, scope_kind, scope_key, scope_name, year_starting, created_by)
					values (:p, :kind, :key, :name, :year, :by) returning id
					""")
			.param("p", partnership)
			.param("kind", scope.kind().name())
			.param("key", scope.key())
			.param("name", scope.name())
			.param("year", year)
			.param("by", createdBy)
			.query(Long.class)
			.single();
		for (Element e : Element.values()) {
			jdbc.sql("insert into self_assessment_scores (assessment_id, element_key, prefilled) values (:a, :e, :f)")
				.param("a", id)
				.param("e", e.name())
				.param("f", String.join("\n", prefilled.getOrDefault(e, List.of())))
				.update();
		}
		return id;
	}

	Optional<SelfAssessment> load(long partnership, long id) {
		List<SelfAssessment.Row> rows = jdbc.sql("""
				select s.element_key, s.score, s.prefilled, s.evidence, s.improvement_action
				from self_assessment_scores s join self_assessments a on a.id = s.assessment_id
				where a.id = :id and a.partnership_id = :p
				""").param("id", id).param("p", partnership).query((rs, n) -> {
			int score = rs.getInt("score");
			return new SelfAssessment.Row(Element.valueOf(rs.getString("element_key")),
					rs.wasNull() ? null : Score.of(score).orElse(null), rs.getString("prefilled"),
					rs.getString("evidence"), rs.getString("improvement_action"));
		}).list().stream().sorted(java.util.Comparator.comparing(SelfAssessment.Row::element)).toList();
		List<SelfAssessment.PeerReview> reviews = jdbc.sql("""
				select r.reviewer_name, r.reviewer_district, r.comment, r.created_at
				from self_assessment_peer_reviews r join self_assessments a on a.id = r.assessment_id
				where a.id = :id and a.partnership_id = :p order by r.created_at
				""")
			.param("id", id)
			.param("p", partnership)
			.query((rs, n) -> new SelfAssessment.PeerReview(rs.getString("reviewer_name"),
					rs.getString("reviewer_district"), rs.getString("comment"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		return jdbc.sql("""
				select id, scope_kind, scope_key, scope_name, year_starting, status, created_by, submitted_by,
				       submitted_at, version
				from self_assessments where id = :id and partnership_id = :p
				""").param("id", id).param("p", partnership).query((rs, n) -> {
			Timestamp submitted = rs.getTimestamp("submitted_at");
			return new SelfAssessment(rs.getLong("id"), rs.getString("scope_kind"), rs.getString("scope_key"),
					rs.getString("scope_name"), rs.getInt("year_starting"), rs.getString("status"),
					rs.getString("created_by"), rs.getString("submitted_by"),
					submitted == null ? null : submitted.toInstant(), rs.getInt("version"), rows, reviews);
		}).optional();
	}

	/**
	 * Saves one element's answer, after {@link #bump} has taken the assessment's version.
	 */
	void saveRow(long id, Element element, @Nullable Score score, String evidence, String improvementAction) {
		jdbc.sql("""
				update self_assessment_scores set score = :score, evidence = :evidence, improvement_action = :action
				where assessment_id = :id and element_key = :e
				""")
			.param("score", score == null ? null : score.value())
			.param("evidence", evidence)
			.param("action", improvementAction)
			.param("id", id)
			.param("e", element.name())
			.update();
	}

	/** Moves the version on; false when someone else saved first (optimistic locking). */
	boolean bump(long partnership, long id, int version, boolean submit, String by) {
		return jdbc.sql("""
				update self_assessments
				set version = version + 1,
				    status = case when :submit then 'SUBMITTED' else status end,
				    submitted_by = case when :submit then :by else submitted_by end,
				    submitted_at = case when :submit then now() else submitted_at end
				where id = :id and partnership_id = :p and version = :version and status = 'DRAFT'
				""")
			.param("submit", submit)
			.param("by", by)
			.param("id", id)
			.param("p", partnership)
			.param("version", version)
			.update() == 1;
	}

	void addReview(long id, long userId, String name, @Nullable String district, String comment) {
		jdbc.sql("""
				insert into self_assessment_peer_reviews (assessment_id, reviewer_user_id, reviewer_name,
				                                          reviewer_district, comment)
				values (:id, :u, :n, :d, :c)
				""")
			.param("id", id)
			.param("u", userId)
			.param("n", name)
			.param("d", district)
			.param("c", comment)
			.update();
	}

	/** Every assessment of the partnership for a year, as scope → element → score. */
	List<Summary> summaries(long partnership, int year) {
		return jdbc.sql("""
				select a.id, a.scope_kind, a.scope_key, a.scope_name, a.status,
				       coalesce(json_object_agg(s.element_key, s.score) filter (where s.score is not null), '{}')::text
				         as scores
				from self_assessments a left join self_assessment_scores s on s.assessment_id = a.id
				where a.partnership_id = :p and a.year_starting = :year
				group by a.id order by a.scope_kind, a.scope_name
				""")
			.param("p", partnership)
			.param("year", year)
			.query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("scope_kind"), rs.getString("scope_key"),
					rs.getString("scope_name"), rs.getString("status"), scores(rs.getString("scores"))))
			.list();
	}

	private static Map<Element, Integer> scores(String json) {
		Map<Element, Integer> scores = new java.util.EnumMap<>(Element.class);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([A-Z_]+)\"\\s*:\\s*(\\d)").matcher(json);
		while (m.find()) {
			scores.put(Element.valueOf(m.group(1)), Integer.parseInt(m.group(2)));
		}
		return scores;
	}

	record Summary(long id, String scopeKind, String scopeKey, String scopeName, String status,
			Map<Element, Integer> scores) {

		public @Nullable Integer score(Element element) {
			return scores.get(element);
		}

		public boolean submitted() {
			return "SUBMITTED".equals(status);
		}

	}

}
