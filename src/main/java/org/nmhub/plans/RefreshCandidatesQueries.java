package org.nmhub.plans;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Local priorities that match no LAA outcome: in the newest version of each neighbourhood
 * plan (not a template, not superseded), priorities none of whose actions contributes to
 * an LAA outcome or indicator. They are the candidates for the LAA's refresh (the
 * review's "basket of neighbourhood management indicators for LAA2").
 */
@Repository
class RefreshCandidatesQueries {

	record Candidate(long planId, String neighbourhood, String planTitle, String priority, String category,
			String laaTheme, int actions) {
	}

	private final JdbcClient jdbc;

	RefreshCandidatesQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Candidate> candidates(long partnership) {
		return jdbc
			.sql("""
					select ap.id as plan_id, n.name as neighbourhood, ap.title as plan_title, pr.title as priority,
					       pr.category, pr.laa_theme, count(a.id) as actions
					from action_plans ap
					join neighbourhoods n on n.id = ap.neighbourhood_id
					join plan_priorities pr on pr.plan_id = ap.id and pr.partnership_id = ap.partnership_id
					left join plan_actions a on a.priority_id = pr.id
					where ap.partnership_id = :p and ap.kind = 'NEIGHBOURHOOD' and not ap.template
					  and ap.status <> 'SUPERSEDED'
					  and ap.plan_version = (select max(v.plan_version) from action_plans v where v.lineage_key = ap.lineage_key)
					group by ap.id, n.name, ap.title, pr.id, pr.title, pr.category, pr.laa_theme, pr.position
					having count(a.id) filter (where a.laa_outcome_id is not null or a.laa_indicator_id is not null) = 0
					order by n.name, pr.position
					""")
			.param("p", partnership)
			.query((rs, n) -> new Candidate(rs.getLong("plan_id"), rs.getString("neighbourhood"),
					rs.getString("plan_title"), rs.getString("priority"), rs.getString("category"),
					rs.getString("laa_theme"), rs.getInt("actions")))
			.list();
	}

}
