package org.nmhub.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real sample values for the path variables of the application's routes, read from one
 * partnership's demo data. A variable is named by the literal path segment before it and
 * its own name ({@code plans/{planId}}, {@code meetings/{id}}), because {@code {id}}
 * means a different record on every route. Records are chosen inside the scopes of the
 * demo district coordinator and neighbourhood manager, so every role the policy allows
 * can really use the page.
 */
final class RouteSamples {

	private final Map<String, String> values = new LinkedHashMap<>();

	private final JdbcClient jdbc;

	private final long partnership;

	private RouteSamples(JdbcClient jdbc, String slug) {
		this.jdbc = jdbc;
		this.partnership = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", slug)
			.query(Long.class)
			.single();
		values.put("partnership", slug);
	}

	/**
	 * The samples of one partnership of the demo, inside the scope of its demo manager
	 * (neighbourhood) and coordinator (district).
	 */
	static RouteSamples of(JdbcClient jdbc, String slug, String neighbourhood, String district) {
		RouteSamples samples = new RouteSamples(jdbc, slug);
		samples.read(neighbourhood, district);
		return samples;
	}

	/**
	 * The samples of the partnership whose records the matrix requests: records its demo
	 * data lacks (a board pack, a baseline, a self-assessment, a local indicator, a
	 * selection run, a target, a return) are made first, each as the app would store it.
	 */
	static RouteSamples complete(JdbcClient jdbc, String slug, String neighbourhood, String district) {
		RouteSamples samples = of(jdbc, slug, neighbourhood, district);
		samples.provide(neighbourhood);
		return of(jdbc, slug, neighbourhood, district);
	}

	private void provide(String neighbourhood) {
		String meeting = values.get("meetings/{id}");
		insertIfMissing("board-packs/{id}", meeting == null ? null : """
				insert into dashboards_board_packs (partnership_id, meeting_id, body_id, title, pdf)
				select :p, m.id, m.body_id, 'Board pack (access matrix)', convert_to('%PDF-1.4', 'UTF8')
				from partner_meetings m where m.partnership_id = :p
				and not exists (select 1 from dashboards_board_packs b where b.meeting_id = m.id) order by m.id limit 1
				""");
		insertIfMissing("baselines/{id}",
				"""
						insert into evaluation_baselines (partnership_id, neighbourhood_id, neighbourhood_key, neighbourhood_name,
						  edition_key, edition_label, frozen_by)
						select :p, n.id, n.key, n.name, 'iod2019', 'English Indices of Deprivation 2019', 'Access matrix'
						from neighbourhoods n where n.partnership_id = :p and n.key = '%s'
						"""
					.formatted(neighbourhood));
		insertIfMissing("self-assessments/{id}",
				"""
						insert into self_assessments (partnership_id, scope_kind, scope_key, scope_name, year_starting, created_by)
						select :p, 'NEIGHBOURHOOD', n.key, n.name, 2001, 'Access matrix'
						from neighbourhoods n where n.partnership_id = :p and n.key = '%s'
						on conflict do nothing
						"""
					.formatted(neighbourhood));
		insertIfMissing("local/{id}",
				"""
						insert into indicator_local_datasets (partnership_id, name, measure, polarity, aggregation, lsoa_vintage,
						  publisher, licence, file_name, sha256, mapping, file_rows, rows_without_area, rows_outside_england,
						  rows_filtered_out, value_count, imported_by_name)
						values (:p, 'Access matrix counts', 'COUNT', 'HIGHER_IS_WORSE', 'SUM', 2011, 'NM Hub tests',
						  'Open Government Licence v3.0', 'matrix.csv', repeat('0', 64), 'matrix', 0, 0, 0, 0, 0, 'Access matrix')
						on conflict do nothing
						""");
		insertIfMissing("selection/{id}",
				"""
						insert into selection_runs (partnership_id, name, edition_key, edition, lsoa_vintage, scope, indicator_keys,
						  threshold_percent, relative_to, combine, min_cluster_size, national_count, areas_searched,
						  selected_count, cluster_count, compute_millis, created_by_name)
						values (:p, 'Access matrix run', 'iod2019', 2019, 2011, 'PARTNERSHIP', array['imd'], 10, 'ENGLAND', 'ANY',
						  1, 0, 0, 0, 0, 0, 'Access matrix')
						""");
		String version = values.get("versions/{version}");
		if (version != null && (!values.containsKey("targets/{target}") || !values.containsKey("returns/{id}"))) {
			// targets and returns go on an indicator of the matrix's own, so that no
			// other
			// test's indicator gains a target or a return
			jdbc.sql("""
					insert into performance_indicators (partnership_id, version_id, outcome_id, code, title, source)
					select :p, o.version_id, o.id, 'MATRIX', 'Access matrix indicator', 'NM Hub tests'
					from performance_outcomes o where o.version_id = %s order by o.id limit 1
					on conflict do nothing
					""".formatted(version)).param("p", partnership).update();
			String matrix = "(select id from performance_indicators where version_id = %s and code = 'MATRIX')"
				.formatted(version);
			insertIfMissing("targets/{target}", """
					insert into performance_targets (partnership_id, indicator_id, target_date, target_value)
					select :p, %s, date '2011-03-31', 1 on conflict do nothing
					""".formatted(matrix));
			insertIfMissing("returns/{id}", """
					insert into performance_returns (partnership_id, indicator_id, period_id, actual, status,
					  submitted_by_name)
					select :p, %s, p.id, 1, 'SUBMITTED', 'Access matrix'
					from performance_periods p where p.version_id = %s order by p.id limit 1 on conflict do nothing
					""".formatted(matrix, version));
		}
	}

	private void insertIfMissing(String key, @Nullable String sql) {
		if (!values.containsKey(key) && sql != null) {
			jdbc.sql(sql).param("p", partnership).update();
		}
	}

	/**
	 * The sample for a variable, by the segment before it, e.g. {@code plans/{planId}}.
	 */
	Optional<String> value(String key) {
		return Optional.ofNullable(values.get(key));
	}

	Map<String, String> all() {
		return values;
	}

	private void read(String neighbourhood, String district) {
		put("neighbourhoods/{key}",
				"select key from neighbourhoods where partnership_id = :p and key = '" + neighbourhood + "'");
		put("districts/{code}",
				"select lad_code from places_districts where partnership_id = :p and lad_code = '" + district + "'");
		String body = "select b.id from partner_bodies b where b.partnership_id = :p order by "
				+ "(select count(*) from partner_meetings m where m.body_id = b.id) desc, b.id limit 1";
		put("bodies/{id}", body);
		put("bodies/{body}", body);
		put("board-packs/{id}", "select id from dashboards_board_packs where partnership_id = :p order by id limit 1");
		put("activities/{id}",
				"select a.id from engagement_activities a join neighbourhoods n on n.id = a.neighbourhood_id "
						+ "where a.partnership_id = :p order by (n.key = '" + neighbourhood + "') desc, a.id limit 1");
		put("baselines/{id}",
				"select id from evaluation_baselines where partnership_id = :p order by (neighbourhood_key = '"
						+ neighbourhood + "') desc, id limit 1");
		// Only the neighbourhood's own: a district's (other tests make them) is not the
		// neighbourhood manager's to write, which the policy table does not model.
		put("self-assessments/{id}", "select id from self_assessments where partnership_id = :p and scope_key = '"
				+ neighbourhood + "' order by id limit 1");
		put("bids/{id}", "select id from funding_bids where partnership_id = :p order by id limit 1");
		put("loans/{id}", "select id from funding_loans where partnership_id = :p order by id limit 1");
		put("plans/{id}", "select id from funding_plans where partnership_id = :p order by (scope_code = '" + district
				+ "') desc, id limit 1");
		put("local/{id}", "select id from indicator_local_datasets where partnership_id = :p order by id limit 1");
		put("mapping/{token}",
				"select token from indicator_upload_staging where partnership_id = :p order by token limit 1");
		if (!values.containsKey("mapping/{token}")) {
			// an upload waiting for its column mapping lives for minutes; stage one as
			// the
			// upload page would
			jdbc.sql("""
					insert into indicator_upload_staging (token, partnership_id, file_name, content)
					values (:t, :p, 'matrix.csv', :c)
					""")
				.param("t", "matrix" + partnership)
				.param("p", partnership)
				.param("c",
						"LSOA code,Month,Count\nE01025953,2024-01,3\n"
							.getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.update();
			values.put("mapping/{token}", "matrix" + partnership);
		}
		put("items/{id}",
				"select i.id from intelligence_items i left join neighbourhoods n on n.id = i.neighbourhood_id "
						+ "where i.partnership_id = :p and i.grade = 'PUBLIC' order by (n.key = '" + neighbourhood
						+ "') desc nulls last, i.id limit 1");
		String meetingAction = "select id from partner_meeting_actions where partnership_id = :p order by id limit 1";
		put("meeting-actions/{id}", meetingAction);
		put("from-meeting-action/{id}", meetingAction);
		put("meetings/{id}", "select id from partner_meetings where partnership_id = :p order by id limit 1");
		put("members/{userId}",
				"select user_id from memberships where partnership_id = :p and role = 'NEIGHBOURHOOD_MANAGER' "
						+ "order by user_id limit 1");
		put("agreements/{id}", "select id from partner_agreements where partnership_id = :p order by id limit 1");
		put("commitments/{id}", "select id from partner_commitments where partnership_id = :p order by id limit 1");
		// organisations that work only with this partnership, so that another
		// partnership's
		// address can never legitimately show them
		String ownOrganisations = "select po.organisation_id from partnership_organisations po where po.partnership_id = :p "
				+ "and not exists (select 1 from partnership_organisations o where o.organisation_id = po.organisation_id "
				+ "and o.partnership_id <> :p) order by po.organisation_id";
		put("organisations/{id}", ownOrganisations + " limit 1");
		put("engagement/{organisation}", ownOrganisations + " limit 1");
		put("merge-into/{keep}", ownOrganisations + " offset 1 limit 1");
		put("sharing-protocol/{id}",
				"select id from partner_sharing_protocols where partnership_id = :p order by id limit 1");
		put("versions/{version}",
				"select id from performance_versions where partnership_id = :p order by version_no desc limit 1");
		String version = values.get("versions/{version}");
		put("indicators/{id}", "select i.id from performance_indicators i where i.version_id = " + version
				+ " order by (select count(*) from performance_targets t where t.indicator_id = i.id) desc, i.id limit 1");
		put("targets/{target}", "select id from performance_targets where indicator_id = "
				+ values.get("indicators/{id}") + " limit 1");
		put("periods/{period}",
				"select id from performance_periods where version_id = " + version + " order by id limit 1");
		put("returns/{id}", "select id from performance_returns where partnership_id = :p order by id limit 1");
		put("reviews/{id}", "select id from performance_reviews where partnership_id = :p order by id limit 1");
		put("reward-targets/{id}",
				"select id from performance_stretch_targets where version_id = " + version + " order by id limit 1");
		put("milestones/{milestone}", "select m.id from performance_milestones m join performance_projects p "
				+ "on p.id = m.project_id where p.version_id = " + version + " order by m.id limit 1");
		put("plans/{planId}", "select a.id from action_plans a join neighbourhoods n on n.id = a.neighbourhood_id "
				+ "where a.partnership_id = :p and n.key = '" + neighbourhood + "' and a.status <> 'SUPERSEDED' "
				+ "order by (select count(*) from plan_actions x where x.plan_id = a.id) desc, a.id limit 1");
		String plan = values.get("plans/{planId}");
		put("actions/{actionId}", "select id from plan_actions where plan_id = " + plan + " order by id limit 1");
		put("priorities/{priorityId}",
				"select id from plan_priorities where plan_id = " + plan + " order by id limit 1");
		put("selection/{id}", "select id from selection_runs where partnership_id = :p order by id limit 1");
		put("toolkit/{id}", "select id from toolkit_items where partnership_id = :p or partnership_id is null "
				+ "order by partnership_id nulls last, id limit 1");
	}

	private void put(String key, String sql) {
		if (sql.contains(" = null") || sql.contains("= null ")) {
			return;
		}
		jdbc.sql(sql)
			.param("p", partnership)
			.query((rs, row) -> rs.getString(1))
			.optional()
			.ifPresent(value -> values.put(key, value));
	}

}
