package org.nmhub.dashboards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard figures, counted by PostgreSQL: one query gives every neighbourhood,
 * every district and the partnership in one pass ({@code grouping sets}), and short
 * queries give the alerts. Read-only SQL over the plans, intelligence and engagement
 * tables (ADR 0026): every query is scoped to the partnership.
 */
@Repository
class DashboardQueries {

	/** Latest progress update of each action, as plans records it (newest first). */
	private static final String ACTIONS = """
			with current_plans as (
			  select p.id, p.neighbourhood_id
			  from action_plans p
			  where p.partnership_id = :p and p.kind = 'NEIGHBOURHOOD' and not p.template and p.status <> 'SUPERSEDED'
			), actions as (
			  select pl.neighbourhood_id, a.id, a.title, a.due_on, a.lead_officer_name,
			         coalesce(lu.completed, false) as done, lu.rag
			  from current_plans pl
			  join plan_actions a on a.plan_id = pl.id and a.partnership_id = :p
			  left join lateral (select u.completed, u.rag from plan_action_updates u
			                     where u.partnership_id = :p and u.action_lineage = a.lineage_key
			                     order by u.recorded_at desc, u.id desc limit 1) lu on true
			)
			""";

	private static final String FIGURES = ACTIONS
			+ """
					, by_neighbourhood as (
					  select neighbourhood_id,
					         count(*) as actions,
					         count(*) filter (where done) as done,
					         count(*) filter (where not done and due_on < :today) as overdue,
					         max(case when done then 1
					                  when rag = 'RED' or due_on < :today then 3
					                  when rag = 'AMBER' then 2
					                  else 1 end) as rag
					  from actions group by neighbourhood_id
					), intelligence as (
					  select neighbourhood_id, count(*) as open_items
					  from intelligence_items
					  where partnership_id = :p and erased_at is null and status in ('UNVERIFIED', 'OPEN', 'ESCALATED')
					  group by neighbourhood_id
					), reach as (
					  select neighbourhood_id, count(*) as activities, sum(attending) as people
					  from engagement_activities
					  where partnership_id = :p and held_on > :yearAgo and held_on <= :today
					  group by neighbourhood_id
					), base as (
					  select n.id as neighbourhood_id, n.key, n.name, d.lad_code, d.name as district_name,
					         coalesce(a.actions, 0) as actions, coalesce(a.done, 0) as done, coalesce(a.overdue, 0) as overdue,
					         a.rag, coalesce(i.open_items, 0) as open_items, coalesce(r.activities, 0) as activities,
					         coalesce(r.people, 0) as people, 1 as neighbourhoods
					  from neighbourhoods n
					  left join places_districts d on d.id = n.district_id
					  left join by_neighbourhood a on a.neighbourhood_id = n.id
					  left join intelligence i on i.neighbourhood_id = n.id
					  left join reach r on r.neighbourhood_id = n.id
					  where n.partnership_id = :p
					  union all
					  -- intelligence logged for no neighbourhood still counts for the partnership
					  select null, null, null, null, null, 0, 0, 0, null,
					         coalesce((select open_items from intelligence where neighbourhood_id is null), 0), 0, 0, 0
					)
					select grouping(lad_code, district_name) as district_level, grouping(neighbourhood_id, key, name) as total_level,
					       neighbourhood_id, key, name, lad_code, district_name,
					       sum(neighbourhoods) as neighbourhoods, sum(actions) as actions, sum(done) as done,
					       sum(overdue) as overdue, max(rag) as rag, sum(open_items) as open_items,
					       sum(activities) as activities, sum(people) as people
					from base
					group by grouping sets ((neighbourhood_id, key, name, lad_code, district_name), (lad_code, district_name), ())
					order by grouping(lad_code, district_name), district_name nulls last, name nulls last
					""";

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What one row of {@link #figures} counts: a neighbourhood, a district or the whole.
	 */
	enum Level {

		NEIGHBOURHOOD, DISTRICT, PARTNERSHIP

	}

	record Figures(Level level, @Nullable Long neighbourhoodId, @Nullable String key, @Nullable String name,
			@Nullable String districtCode, @Nullable String districtName, long neighbourhoods, long actions, long done,
			long overdue, @Nullable Integer ragScore, long openIntelligence, long activities, long people) {
	}

	/**
	 * The figures of every neighbourhood, every district and the partnership, as at a
	 * day.
	 */
	List<Figures> figures(long partnership, LocalDate today) {
		return jdbc.sql(FIGURES)
			.param("p", partnership)
			.param("today", today)
			.param("yearAgo", today.minusYears(1))
			.query(DashboardQueries::figures)
			.list()
			.stream()
			// the "no neighbourhood" line of intelligence is only counted in the total
			.filter(f -> f.level() != Level.NEIGHBOURHOOD || f.neighbourhoodId() != null)
			.filter(f -> f.level() != Level.DISTRICT || f.districtCode() != null)
			.toList();
	}

	private static Figures figures(ResultSet rs, int n) throws SQLException {
		Level level = rs.getInt("total_level") == 0 ? Level.NEIGHBOURHOOD
				: rs.getInt("district_level") == 0 ? Level.DISTRICT : Level.PARTNERSHIP;
		return new Figures(level, rs.getObject("neighbourhood_id", Long.class), rs.getString("key"),
				rs.getString("name"), rs.getString("lad_code"), rs.getString("district_name"),
				rs.getLong("neighbourhoods"), rs.getLong("actions"), rs.getLong("done"), rs.getLong("overdue"),
				rs.getObject("rag", Integer.class), rs.getLong("open_items"), rs.getLong("activities"),
				rs.getLong("people"));
	}

	record OverdueAction(String neighbourhoodKey, String neighbourhood, @Nullable String districtCode, String title,
			LocalDate dueOn, String lead) {
	}

	/** Open actions of current neighbourhood plans past their due date, oldest first. */
	List<OverdueAction> overdueActions(long partnership, LocalDate today) {
		return jdbc.sql(ACTIONS + """
				select n.key, n.name, d.lad_code, a.title, a.due_on, a.lead_officer_name
				from actions a
				join neighbourhoods n on n.id = a.neighbourhood_id
				left join places_districts d on d.id = n.district_id
				where not a.done and a.due_on < :today
				order by a.due_on, a.id
				""")
			.param("p", partnership)
			.param("today", today)
			.query((rs, n) -> new OverdueAction(rs.getString("key"), rs.getString("name"), rs.getString("lad_code"),
					rs.getString("title"), rs.getObject("due_on", LocalDate.class), rs.getString("lead_officer_name")))
			.list();
	}

	record PastReview(@Nullable String neighbourhoodKey, @Nullable String districtCode, long items) {
	}

	/**
	 * Personal intelligence items past their review date and not erased, counted by
	 * neighbourhood (no titles: the dashboard is seen by roles that may not see them).
	 */
	List<PastReview> personalPastReview(long partnership, LocalDate today) {
		return jdbc.sql("""
				select n.key, d.lad_code, count(*) as items
				from intelligence_items i
				left join neighbourhoods n on n.id = i.neighbourhood_id
				left join places_districts d on d.id = n.district_id
				where i.partnership_id = :p and i.grade = 'PERSONAL' and i.erased_at is null and i.retain_until < :today
				group by n.key, d.lad_code
				order by n.key nulls last
				""")
			.param("p", partnership)
			.param("today", today)
			.query((rs, n) -> new PastReview(rs.getString("key"), rs.getString("lad_code"), rs.getLong("items")))
			.list();
	}

}
