package org.nmhub.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ActivityRepository {

	private static final String SELECT = """
			select a.id, a.neighbourhood_id, n.name as neighbourhood_name, n.key as neighbourhood_key, a.held_on,
			       a.title, a.method, a.level, a.organisers, a.attending, a.issues_raised, a.feedback_given,
			       a.illustrative, a.source, a.recorded_by_name
			from engagement_activities a join neighbourhoods n on n.id = a.neighbourhood_id
			""";

	private final JdbcClient jdbc;

	ActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(PartnershipId partnership, ActivityForm.NewActivity activity, @Nullable Long userId, String userName,
			boolean illustrative, String source) {
		long id = jdbc.sql("""
				insert into engagement_activities (partnership_id, neighbourhood_id, held_on, title, method, level,
				       organisers, attending, issues_raised, feedback_given, illustrative, source,
				       recorded_by_user_id, recorded_by_name)
				values (:p, (select id from neighbourhoods where id = :n and partnership_id = :p), :heldOn, :title,
				        :method, :level, :organisers, :attending, :issues, :feedback, :illustrative, :source, :user,
				        :userName)
				returning id
				""")
			.param("p", partnership.value())
			.param("n", activity.neighbourhood().id())
			.param("heldOn", activity.heldOn())
			.param("title", activity.title())
			.param("method", activity.method().name())
			.param("level", activity.level().name())
			.param("organisers", activity.organisers())
			.param("attending", activity.attending())
			.param("issues", activity.issuesRaised())
			.param("feedback", activity.feedbackGiven())
			.param("illustrative", illustrative)
			.param("source", source)
			.param("user", userId)
			.param("userName", userName)
			.query(Long.class)
			.single();
		for (Activity.Count count : activity.counts()) {
			jdbc.sql("""
					insert into engagement_reach_counts (activity_id, dimension, category, people)
					values (:a, :d, :c, :people)
					""")
				.param("a", id)
				.param("d", count.dimension().name())
				.param("c", count.category())
				.param("people", count.people())
				.update();
		}
		return id;
	}

	/** The partnership's activities, newest first, without their counts. */
	List<Activity> activities(PartnershipId partnership, @Nullable Long neighbourhoodId) {
		return jdbc.sql(SELECT + """
				where a.partnership_id = :p and (cast(:n as bigint) is null or a.neighbourhood_id = :n)
				order by a.held_on desc, a.id desc
				""")
			.param("p", partnership.value())
			.param("n", neighbourhoodId)
			.query((rs, row) -> activity(rs, List.of()))
			.list();
	}

	Optional<Activity> activity(PartnershipId partnership, long id, Map<String, String> groupNames) {
		List<Activity.Count> counts = new ArrayList<>();
		jdbc.sql("""
				select c.dimension, c.category, c.people from engagement_reach_counts c
				join engagement_activities a on a.id = c.activity_id
				where a.partnership_id = :p and a.id = :id
				""").param("p", partnership.value()).param("id", id).query(rs -> {
			ReachDimension dimension = ReachDimension.valueOf(rs.getString("dimension"));
			String category = rs.getString("category");
			counts.add(new Activity.Count(dimension, category, label(dimension, category, groupNames),
					rs.getInt("people")));
		});
		counts.sort(java.util.Comparator.comparing((Activity.Count c) -> c.dimension().ordinal())
			.thenComparing(c -> order(c.dimension(), c.category())));
		return jdbc.sql(SELECT + " where a.partnership_id = :p and a.id = :id")
			.param("p", partnership.value())
			.param("id", id)
			.query((rs, row) -> activity(rs, counts))
			.optional();
	}

	static String label(ReachDimension dimension, String category, Map<String, String> groupNames) {
		if (dimension == ReachDimension.GROUP) {
			return groupNames.getOrDefault(category, category);
		}
		return dimension.categories()
			.stream()
			.filter(c -> c.key().equals(category))
			.map(ReachDimension.Category::label)
			.findFirst()
			.orElse(category);
	}

	private static int order(ReachDimension dimension, String category) {
		List<ReachDimension.Category> categories = dimension.categories();
		for (int i = 0; i < categories.size(); i++) {
			if (categories.get(i).key().equals(category)) {
				return i;
			}
		}
		return categories.size();
	}

	private static Activity activity(ResultSet rs, List<Activity.Count> counts) throws SQLException {
		return new Activity(rs.getLong("id"), rs.getLong("neighbourhood_id"), rs.getString("neighbourhood_name"),
				rs.getString("neighbourhood_key"), rs.getObject("held_on", java.time.LocalDate.class),
				rs.getString("title"), EngagementMethod.valueOf(rs.getString("method")),
				EngagementLevel.valueOf(rs.getString("level")), rs.getString("organisers"), rs.getInt("attending"),
				rs.getString("issues_raised"), rs.getString("feedback_given"), rs.getBoolean("illustrative"),
				rs.getString("source"), rs.getString("recorded_by_name"), counts);
	}

	List<RarelyHeardGroup> groups(PartnershipId partnership) {
		return jdbc.sql("select id, key, name, source from engagement_groups where partnership_id = :p order by name")
			.param("p", partnership.value())
			.query((rs, row) -> new RarelyHeardGroup(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
					rs.getString("source")))
			.list();
	}

	Map<String, String> groupNames(PartnershipId partnership) {
		Map<String, String> names = new HashMap<>();
		groups(partnership).forEach(g -> names.put(g.key(), g.name()));
		return names;
	}

	boolean groupExists(PartnershipId partnership, String key) {
		return jdbc.sql("select count(*) from engagement_groups where partnership_id = :p and key = :k")
			.param("p", partnership.value())
			.param("k", key)
			.query(Long.class)
			.single() > 0;
	}

	long insertGroup(PartnershipId partnership, String key, String name, String source) {
		return jdbc.sql(
				"insert into engagement_groups (partnership_id, key, name, source) values (:p, :k, :n, :s) returning id")
			.param("p", partnership.value())
			.param("k", key)
			.param("n", name)
			.param("s", source)
			.query(Long.class)
			.single();
	}

}
