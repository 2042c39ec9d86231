package org.nmhub.engagement;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reach aggregated in SQL over the activities of a partnership, optionally one
 * neighbourhood and a date range.
 */
@Repository
class ReachQueries {

	private static final String WHERE = """
			where a.partnership_id = :p
			  and (cast(:n as bigint) is null or a.neighbourhood_id = :n)
			  and (cast(:from as date) is null or a.held_on >= cast(:from as date))
			  and (cast(:to as date) is null or a.held_on <= cast(:to as date))
			""";

	/** Which activities to count. */
	record Filter(PartnershipId partnership, @Nullable Long neighbourhoodId, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	record Totals(int activities, long attending) {
	}

	record CategoryCount(ReachDimension dimension, String category, long people) {
	}

	record MethodTotal(EngagementMethod method, int activities, long attending) {
	}

	record MethodCategory(EngagementMethod method, ReachDimension dimension, String category, long people) {
	}

	record LevelTotal(EngagementLevel level, int activities, long attending) {
	}

	private final JdbcClient jdbc;

	ReachQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private JdbcClient.StatementSpec sql(String sql, Filter filter) {
		return jdbc.sql(sql)
			.param("p", filter.partnership().value())
			.param("n", filter.neighbourhoodId())
			.param("from", filter.from())
			.param("to", filter.to());
	}

	Totals totals(Filter filter) {
		return sql("select count(*) as activities, coalesce(sum(a.attending), 0) as attending "
				+ "from engagement_activities a " + WHERE, filter)
			.query((rs, row) -> new Totals(rs.getInt("activities"), rs.getLong("attending")))
			.single();
	}

	List<CategoryCount> categories(Filter filter) {
		return sql("""
				select c.dimension, c.category, sum(c.people) as people
				from engagement_activities a join engagement_reach_counts c on c.activity_id = a.id
				""" + WHERE + " group by c.dimension, c.category", filter)
			.query((rs, row) -> new CategoryCount(ReachDimension.valueOf(rs.getString("dimension")),
					rs.getString("category"), rs.getLong("people")))
			.list();
	}

	List<MethodTotal> methods(Filter filter) {
		return sql("select a.method, count(*) as activities, sum(a.attending) as attending "
				+ "from engagement_activities a " + WHERE + " group by a.method", filter)
			.query((rs, row) -> new MethodTotal(EngagementMethod.valueOf(rs.getString("method")),
					rs.getInt("activities"), rs.getLong("attending")))
			.list();
	}

	List<MethodCategory> methodCategories(Filter filter) {
		return sql("""
				select a.method, c.dimension, c.category, sum(c.people) as people
				from engagement_activities a join engagement_reach_counts c on c.activity_id = a.id
				""" + WHERE + " group by a.method, c.dimension, c.category", filter)
			.query((rs, row) -> new MethodCategory(EngagementMethod.valueOf(rs.getString("method")),
					ReachDimension.valueOf(rs.getString("dimension")), rs.getString("category"), rs.getLong("people")))
			.list();
	}

	List<LevelTotal> levels(Filter filter) {
		return sql("select a.level, count(*) as activities, sum(a.attending) as attending "
				+ "from engagement_activities a " + WHERE + " group by a.level", filter)
			.query((rs, row) -> new LevelTotal(EngagementLevel.valueOf(rs.getString("level")), rs.getInt("activities"),
					rs.getLong("attending")))
			.list();
	}

}
