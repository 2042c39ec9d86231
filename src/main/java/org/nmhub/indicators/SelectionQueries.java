package org.nmhub.indicators;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;
import org.nmhub.shared.LsoaVintage;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The selection tool's SQL: ranking the LSOAs searched against the rules in one query,
 * and the saved runs, their results and flags, always filtered by partnership.
 */
@Repository
class SelectionQueries {

	/**
	 * Every chosen indicator of every LSOA searched, with its position in the reference
	 * (its national rank, or its rank among the LSOAs searched), whether it passes the
	 * threshold, and whether the LSOA as a whole is a candidate under ANY or ALL. The
	 * chosen indicators' datasets are found by the edition key of their columns and their
	 * values read by dataset_id, the first column of indicator_values' key (V0140);
	 * through the view, which names the edition via indicator_datasets, PostgreSQL read
	 * every edition's values of the indicators before dropping the other editions'.
	 */
	private static final String MEASURE = """
			with v as (
			    select def.key as indicator_key, x.area_code, x."values"[c.position] as value
			    from indicator_dataset_columns c
			    join indicator_definitions def on def.id = c.indicator_id
			    join indicator_values x on x.dataset_id = c.dataset_id
			    where c.edition_key = :edition and def.key = any(:indicators)
			      and x."values"[c.position] is not null and x.area_code like 'E%'
			      and (cast(:codes as text[]) is null or x.area_code = any(cast(:codes as text[])))
			), r as (
			    select v.indicator_key, v.area_code, v.value,
			           case when :local then rank() over (partition by v.indicator_key order by v.value)
			                else v.value end as position,
			           case when :local then count(*) over (partition by v.indicator_key)
			                else :national end as total
			    from v
			), p as (
			    select r.*, r.position * 100 <= :percent * r.total as passes
			    from r
			)
			select p.area_code, p.indicator_key, p.value, p.position, p.total, p.passes,
			       case when :all then bool_and(p.passes) over a and count(*) over a = :chosen
			            else bool_or(p.passes) over a end as candidate
			from p
			window a as (partition by p.area_code)
			order by p.area_code, p.indicator_key
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<SelectionResult.Measured>> MEASURES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	SelectionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The numbers of the LSOAs searched, and which of them the rules pick. */
	record Measurement(List<SelectionResult.Measured> measures, boolean candidate) {
	}

	/**
	 * Measures the LSOAs given (or all of England's, when {@code codes} is null) against
	 * the rules, in one query.
	 */
	Map<String, Measurement> measure(SelectionRules rules, @Nullable Collection<String> codes, int nationalCount) {
		Map<String, List<SelectionResult.Measured>> measures = new LinkedHashMap<>();
		Map<String, Boolean> candidates = new LinkedHashMap<>();
		boolean local = rules.relativeTo() == SelectionRules.Reference.PARTNERSHIP;
		jdbc.sql(MEASURE)
			.param("edition", rules.editionKey())
			.param("indicators", rules.indicatorKeys().toArray(String[]::new))
			.param("codes", codes == null ? null : codes.toArray(String[]::new))
			.param("local", local)
			.param("national", nationalCount)
			.param("percent", rules.percent())
			.param("all", rules.combine() == SelectionRules.Combine.ALL)
			.param("chosen", rules.indicatorKeys().size())
			.query((ResultSet rs) -> {
				String code = rs.getString("area_code");
				int position = rs.getBigDecimal("position").intValue();
				int of = rs.getInt("total");
				BigDecimal percent = of == 0 ? null : BigDecimal.valueOf(position * 100L)
					.divide(BigDecimal.valueOf(of), 1, java.math.RoundingMode.HALF_UP);
				measures.computeIfAbsent(code, c -> new ArrayList<>())
					.add(new SelectionResult.Measured(rs.getString("indicator_key"), rs.getBigDecimal("value"),
							position, of, percent, rs.getBoolean("passes")));
				candidates.put(code, rs.getBoolean("candidate"));
			});
		Map<String, Measurement> result = new LinkedHashMap<>();
		measures.forEach((code, m) -> result.put(code, new Measurement(m, candidates.get(code))));
		return result;
	}

	long insertRun(PartnershipId partnership, SelectionRules rules, int nationalCount, int areasSearched,
			int selectedCount, int clusterCount, int computeMillis, @Nullable Long comparedWith, @Nullable Long userId,
			String userName) {
		return jdbc.sql("""
				insert into selection_runs (partnership_id, name, edition_key, edition, lsoa_vintage, scope,
				    indicator_keys, threshold_percent, relative_to, combine, min_cluster_size, national_count,
				    areas_searched, selected_count, cluster_count, compute_millis, compared_with_run_id,
				    created_by_user_id, created_by_name)
				values (:p, :name, :editionKey, :edition, :vintage, :scope, :indicators, :percent, :relativeTo,
				    :combine, :minCluster, :national, :searched, :selected, :clusters, :millis, :comparedWith,
				    :userId, :userName)
				returning id
				""")
			.param("p", partnership.value())
			.param("name", rules.name())
			.param("editionKey", rules.editionKey())
			.param("edition", rules.edition())
			.param("vintage", rules.vintage().year())
			.param("scope", rules.scope().name())
			.param("indicators", rules.indicatorKeys().toArray(String[]::new))
			.param("percent", rules.percent())
			.param("relativeTo", rules.relativeTo().name())
			.param("combine", rules.combine().name())
			.param("minCluster", rules.minClusterSize())
			.param("national", nationalCount)
			.param("searched", areasSearched)
			.param("selected", selectedCount)
			.param("clusters", clusterCount)
			.param("millis", computeMillis)
			.param("comparedWith", comparedWith)
			.param("userId", userId)
			.param("userName", userName)
			.query(Long.class)
			.single();
	}

	void insertFlags(PartnershipId partnership, long runId, List<SelectionRules.Flag> flags) {
		if (flags.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						insert into selection_flags (run_id, partnership_id, lsoa_code, include, reason)
						select :run, :p, u.code, u.include, u.reason from unnest(:codes, :includes, :reasons) as u(code, include, reason)
						""")
			.param("run", runId)
			.param("p", partnership.value())
			.param("codes", flags.stream().map(SelectionRules.Flag::code).toArray(String[]::new))
			.param("includes", flags.stream().map(SelectionRules.Flag::include).toArray(Boolean[]::new))
			.param("reasons", flags.stream().map(SelectionRules.Flag::reason).toArray(String[]::new))
			.update();
	}

	void insertResults(PartnershipId partnership, long runId, Collection<SelectionResult> results) {
		jdbc.sql(
				"""
						insert into selection_results (run_id, partnership_id, lsoa_code, lsoa_name, district_name, candidate,
						    selected, cluster_number, measures, reason)
						select :run, :p, u.code, u.name, u.district, u.candidate, u.selected, u.cluster, cast(u.measures as jsonb),
						       u.reason
						from unnest(:codes, :names, :districts, :candidates, :selecteds, :clusters, :measures, :reasons)
						     as u(code, name, district, candidate, selected, cluster, measures, reason)
						""")
			.param("run", runId)
			.param("p", partnership.value())
			.param("codes", results.stream().map(SelectionResult::code).toArray(String[]::new))
			.param("names", results.stream().map(SelectionResult::name).toArray(String[]::new))
			.param("districts", results.stream().map(SelectionResult::district).toArray(String[]::new))
			.param("candidates", results.stream().map(SelectionResult::candidate).toArray(Boolean[]::new))
			.param("selecteds", results.stream().map(SelectionResult::selected).toArray(Boolean[]::new))
			.param("clusters", results.stream().map(SelectionResult::cluster).toArray(Integer[]::new))
			.param("measures", results.stream().map(r -> JSON.writeValueAsString(r.measures())).toArray(String[]::new))
			.param("reasons", results.stream().map(SelectionResult::reason).toArray(String[]::new))
			.update();
	}

	private static final String RUN_SQL = """
			select r.*, coalesce((select array_agg(f.lsoa_code order by f.lsoa_code) from selection_flags f
			                      where f.run_id = r.id and f.partnership_id = r.partnership_id), '{}') as flag_codes,
			       coalesce((select array_agg(f.include order by f.lsoa_code) from selection_flags f
			                      where f.run_id = r.id and f.partnership_id = r.partnership_id), '{}') as flag_includes,
			       coalesce((select array_agg(f.reason order by f.lsoa_code) from selection_flags f
			                      where f.run_id = r.id and f.partnership_id = r.partnership_id), '{}') as flag_reasons
			from selection_runs r
			""";

	List<SelectionRun> runs(PartnershipId partnership) {
		return jdbc.sql(RUN_SQL + " where r.partnership_id = :p order by r.id desc")
			.param("p", partnership.value())
			.query((rs, n) -> run(rs))
			.list();
	}

	Optional<SelectionRun> run(PartnershipId partnership, long id) {
		return jdbc.sql(RUN_SQL + " where r.partnership_id = :p and r.id = :id")
			.param("p", partnership.value())
			.param("id", id)
			.query((rs, n) -> run(rs))
			.optional();
	}

	/** A run's results, selected first, then by cluster and code. */
	List<SelectionResult> results(PartnershipId partnership, long runId) {
		return results(partnership, runId, null);
	}

	/** A run's results for the LSOAs given (all when null). */
	List<SelectionResult> results(PartnershipId partnership, long runId, @Nullable Collection<String> codes) {
		return jdbc.sql("""
				select s.*, case when f.include then 'include' when not f.include then 'exclude' else '' end as flag
				from selection_results s
				left join selection_flags f on f.run_id = s.run_id and f.partnership_id = s.partnership_id
				     and f.lsoa_code = s.lsoa_code
				where s.partnership_id = :p and s.run_id = :run
				  and (cast(:codes as text[]) is null or s.lsoa_code = any(cast(:codes as text[])))
				order by s.selected desc, s.cluster_number nulls last, s.lsoa_code
				""")
			.param("p", partnership.value())
			.param("run", runId)
			.param("codes", codes == null ? null : codes.toArray(String[]::new))
			.query((rs, n) -> new SelectionResult(rs.getString("lsoa_code"), rs.getString("lsoa_name"),
					rs.getString("district_name"), rs.getBoolean("candidate"), rs.getBoolean("selected"),
					(Integer) rs.getObject("cluster_number"), JSON.readValue(rs.getString("measures"), MEASURES),
					rs.getString("flag"), rs.getString("reason")))
			.list();
	}

	private static SelectionRun run(ResultSet rs) throws SQLException {
		String[] flagCodes = strings(rs.getArray("flag_codes"));
		Boolean[] includes = (Boolean[]) rs.getArray("flag_includes").getArray();
		String[] reasons = strings(rs.getArray("flag_reasons"));
		List<SelectionRules.Flag> flags = new ArrayList<>();
		for (int i = 0; i < flagCodes.length; i++) {
			flags.add(new SelectionRules.Flag(flagCodes[i], includes[i], reasons[i]));
		}
		SelectionRules rules = new SelectionRules(rs.getString("name"), rs.getString("edition_key"),
				rs.getInt("edition"), LsoaVintage.ofYear(rs.getInt("lsoa_vintage")),
				Arrays.asList(strings(rs.getArray("indicator_keys"))), rs.getBigDecimal("threshold_percent"),
				SelectionRules.Reference.valueOf(rs.getString("relative_to")),
				SelectionRules.Combine.valueOf(rs.getString("combine")), rs.getInt("min_cluster_size"),
				SelectionRules.Scope.valueOf(rs.getString("scope")), flags);
		long compared = rs.getLong("compared_with_run_id");
		return new SelectionRun(rs.getLong("id"), rules, rs.getInt("national_count"), rs.getInt("areas_searched"),
				rs.getInt("selected_count"), rs.getInt("cluster_count"), rs.getInt("compute_millis"),
				rs.wasNull() ? null : compared, rs.getString("created_by_name"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static String[] strings(@Nullable Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

}
