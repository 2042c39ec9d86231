package org.nmhub.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a partnership publishes as open data: only what is graded public. Public plan
 * actions of each neighbourhood's agreed plan (as its public plan page shows them),
 * public intelligence items closed with an outcome ("you said, we did", as that public
 * page shows them), and each neighbourhood's published figures (IMD and population from
 * the Indices of Deprivation). Read-only SQL over the plans, intelligence, places and
 * indicators tables, scoped to the partnership (ADR 0026).
 */
@Repository
class OpenDataQueries {

	/**
	 * Each neighbourhood's newest agreed or endorsed plan, as the public plan page picks
	 * it.
	 */
	private static final String AGREED_PLANS = """
			with agreed as (
			  select distinct on (p.neighbourhood_id) p.id, p.neighbourhood_id, p.title
			  from action_plans p
			  where p.partnership_id = :p and p.kind = 'NEIGHBOURHOOD' and not p.template
			    and p.status in ('AGREED', 'ENDORSED')
			  order by p.neighbourhood_id, p.starts_on desc, p.plan_version desc, p.id desc
			), public_actions as (
			  select g.neighbourhood_id, g.title as plan_title, pr.title as priority_title, a.id, a.title, a.due_on,
			         o.name as lead_organisation, coalesce(lu.percent_complete, 0) as percent_complete,
			         coalesce(lu.completed, false) as done
			  from agreed g
			  join plan_actions a on a.plan_id = g.id and a.partnership_id = :p and a.public
			  join plan_priorities pr on pr.id = a.priority_id
			  left join organisations o on o.id = a.lead_organisation_id
			  left join lateral (select u.percent_complete, u.completed from plan_action_updates u
			                     where u.partnership_id = :p and u.action_lineage = a.lineage_key
			                     order by u.recorded_at desc, u.id desc limit 1) lu on true
			)
			""";

	private final JdbcClient jdbc;

	OpenDataQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A neighbourhood's published figures. The IMD figures are of the newest edition
	 * imported in the LSOA vintage the neighbourhood is drawn in.
	 */
	record NeighbourhoodFigures(long id, String key, String name, @Nullable String district, @Nullable Integer vintage,
			long lsoas, @Nullable String edition, @Nullable BigDecimal imdScore, List<Long> imdDeciles,
			@Nullable BigDecimal population, long actions, long actionsDone, long youSaidWeDid) {
	}

	List<NeighbourhoodFigures> neighbourhoods(long partnership) {
		return jdbc
			.sql(AGREED_PLANS
					+ """
							, current_version as (
							  select distinct on (v.neighbourhood_id) v.neighbourhood_id, v.id, v.vintage
							  from neighbourhood_versions v where v.partnership_id = :p
							  order by v.neighbourhood_id, v.version desc
							), edition as (
							  select distinct on (d.lsoa_vintage) d.id, d.title, d.lsoa_vintage
							  from indicator_datasets d
							  where d.coverage = 'FULL' and d.partnership_id is null
							    and exists (select 1 from indicator_dataset_columns c join indicator_definitions def on def.id = c.indicator_id
							                where c.dataset_id = d.id and def.key = 'imd_score')
							  order by d.lsoa_vintage, d.edition desc, d.id desc
							), figures as (
							  select cv.neighbourhood_id, x.indicator_key, x.value
							  from current_version cv
							  join edition e on e.lsoa_vintage = cv.vintage
							  join neighbourhood_version_lsoas l on l.version_id = cv.id
							  join indicator_values_by_indicator x on x.dataset_id = e.id and x.area_code = l.lsoa_code
							  where x.indicator_key in ('imd_score', 'imd_decile', 'population_total')
							)
							select n.id, n.key, n.name, d.name as district, cv.vintage,
							       (select count(*) from neighbourhood_version_lsoas l where l.version_id = cv.id) as lsoas,
							       e.title as edition,
							       (select round(avg(f.value), 2) from figures f where f.neighbourhood_id = n.id and f.indicator_key = 'imd_score') as imd_score,
							       (select sum(f.value) from figures f where f.neighbourhood_id = n.id and f.indicator_key = 'population_total') as population,
							       array(select (select count(*) from figures f where f.neighbourhood_id = n.id and f.indicator_key = 'imd_decile'
							                      and f.value = k) from generate_series(1, 10) k order by k) as deciles,
							       (select count(*) from public_actions a where a.neighbourhood_id = n.id) as actions,
							       (select count(*) from public_actions a where a.neighbourhood_id = n.id and a.done) as done,
							       (select count(*) from intelligence_items i where """
					+ " " + PUBLIC_OUTCOME + """
							          and i.neighbourhood_id = n.id) as you_said
							from neighbourhoods n
							left join places_districts d on d.id = n.district_id
							left join current_version cv on cv.neighbourhood_id = n.id
							left join edition e on e.lsoa_vintage = cv.vintage
							where n.partnership_id = :p
							order by n.name
							""")
			.param("p", partnership)
			.query((rs, row) -> {
				List<Long> deciles = new ArrayList<>();
				for (Object o : (Object[]) rs.getArray("deciles").getArray()) {
					deciles.add(((Number) o).longValue());
				}
				return new NeighbourhoodFigures(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
						rs.getString("district"), rs.getObject("vintage", Integer.class), rs.getLong("lsoas"),
						rs.getString("edition"), rs.getBigDecimal("imd_score"), deciles, rs.getBigDecimal("population"),
						rs.getLong("actions"), rs.getLong("done"), rs.getLong("you_said"));
			})
			.list();
	}

	record PublicAction(String neighbourhood, String plan, String priority, String title, @Nullable String lead,
			@Nullable LocalDate dueOn, int percentComplete, boolean done) {
	}

	/** The public actions of each neighbourhood's agreed plan. */
	List<PublicAction> actions(long partnership) {
		return jdbc.sql(AGREED_PLANS + """
				select n.name as neighbourhood, a.plan_title, a.priority_title, a.title, a.lead_organisation, a.due_on,
				       a.percent_complete, a.done
				from public_actions a join neighbourhoods n on n.id = a.neighbourhood_id
				order by n.name, a.plan_title, a.priority_title, a.id
				""")
			.param("p", partnership)
			.query((rs, row) -> new PublicAction(rs.getString("neighbourhood"), rs.getString("plan_title"),
					rs.getString("priority_title"), rs.getString("title"), rs.getString("lead_organisation"),
					rs.getObject("due_on", LocalDate.class), rs.getInt("percent_complete"), rs.getBoolean("done")))
			.list();
	}

	/** What residents may see without signing in: closed public items with an outcome. */
	static final String PUBLIC_OUTCOME = """
			i.partnership_id = :p and i.grade = 'PUBLIC' and i.status = 'CLOSED' and i.outcome <> ''
			and i.erased_at is null
			""";

	record YouSaidWeDid(String reference, @Nullable String neighbourhood, String category, String said, String did,
			@Nullable LocalDate closedOn) {
	}

	List<YouSaidWeDid> youSaidWeDid(long partnership) {
		return jdbc.sql("""
				select i.reference, n.name as neighbourhood, c.name as category, i.title, i.outcome, i.closed_on
				from intelligence_items i
				join intelligence_categories c on c.id = i.category_id
				left join neighbourhoods n on n.id = i.neighbourhood_id
				where""" + " " + PUBLIC_OUTCOME + " order by i.closed_on desc, i.id desc")
			.param("p", partnership)
			.query((rs, row) -> new YouSaidWeDid(rs.getString("reference"), rs.getString("neighbourhood"),
					rs.getString("category"), rs.getString("title"), rs.getString("outcome"),
					rs.getObject("closed_on", LocalDate.class)))
			.list();
	}

}
