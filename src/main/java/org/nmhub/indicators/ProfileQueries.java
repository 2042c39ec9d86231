package org.nmhub.indicators;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregates indicator values over sets of LSOAs in SQL, by the rule each indicator's
 * kind allows, and keeps England's summaries in a table refreshed after each import.
 */
@Repository
class ProfileQueries {

	/**
	 * LSOAs in national decile k (1..10): deciles as given, ranks by their position among
	 * all LSOAs.
	 */
	private static final String DECILE_COUNTS = IntStream.rangeClosed(1, 10)
		.mapToObj(k -> "count(*) filter (where s.decile = " + k + ")::int")
		.collect(Collectors.joining(", ", "array[", "]"));

	/**
	 * The summary of the indicators one dataset holds (their keys, positions and measures
	 * given as arrays) over England's areas ({@code ENGLAND}) or the codes given
	 * ({@code SOME_AREAS}), each area's population weight read from one position of one
	 * dataset by one probe of the key. Named by dataset_id, not through the view
	 * indicator_values_by_indicator: each side is one range of the primary key
	 * (dataset_id, area_code), so the plan does not depend on how fresh the planner's
	 * statistics are (through the view, England's had been planned as nested loops over
	 * every value on stale statistics, and a neighbourhood's re-read the weights once per
	 * value, docs/performance.md "Evidence import"). Two statements, not one with an "or
	 * codes is null", so that PostgreSQL's generic plan for the subset still uses the
	 * area codes in the key.
	 */
	private static final String AGGREGATE = """
			with r as (
			    select v."values",
			           (select w."values"[cast(:weightPosition as int)] from indicator_values w
			            where w.dataset_id = cast(:weightDataset as bigint) and w.area_code = v.area_code) as pop
			    from indicator_values v
			    where v.dataset_id = :dataset and v.area_code like 'E%%' AREAS
			    offset 0 -- each area's weight looked up once in the key, before its values are unnested
			), s as (
			    select k.indicator_key, r."values"[k.position] as value, r.pop,
			           case when k.measure = 'DECILE' then r."values"[k.position]::int
			                when k.measure = 'RANK' and :national > 0
			                     then least(10, ceil(r."values"[k.position] * 10.0 / :national))::int
			           end as decile
			    from r cross join unnest(cast(:keys as text[]), cast(:positions as int[]), cast(:measures as text[]))
			         as k(indicator_key, position, measure)
			)
			select s.indicator_key,
			       count(s.value)::int as areas,
			       avg(s.value) as mean,
			       case when count(s.pop) = count(s.value) then sum(s.value * s.pop) / nullif(sum(s.pop), 0) end as weighted_mean,
			       sum(s.value) as total,
			       (count(*) filter (where s.decile = 1))::int as most_deprived_tenth,
			       %s as decile_counts
			from s group by s.indicator_key
			"""
		.formatted(DECILE_COUNTS);

	private static final String ENGLAND = AGGREGATE.replace("AREAS", "");

	private static final String SOME_AREAS = AGGREGATE.replace("AREAS",
			"and v.area_code = any(cast(:codes as text[]))");

	/** Where an edition's indicator is held, and its measure. */
	private record Held(long datasetId, int position, String indicatorKey, String measure) {
	}

	private final JdbcClient jdbc;

	ProfileQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Summaries of every indicator of an edition over the LSOAs given. */
	Map<String, ScopeSummary> summarise(String editionKey, Collection<String> codes, @Nullable String weightEditionKey,
			int nationalCount) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<String, ScopeSummary> summaries = new HashMap<>();
		String[] areas = codes.toArray(String[]::new);
		perDataset(editionKey, weightEditionKey, nationalCount,
				statement -> statement.sql(SOME_AREAS).param("codes", areas).query(rs -> {
					summaries.put(rs.getString("indicator_key"), summary(rs));
				}));
		return summaries;
	}

	/** England's summaries of an edition, computed on first use after an import. */
	Map<String, ScopeSummary> england(String editionKey, @Nullable String weightEditionKey, int nationalCount) {
		Map<String, ScopeSummary> summaries = readEngland(editionKey);
		if (summaries.isEmpty()) {
			perDataset(editionKey, weightEditionKey, nationalCount, statement -> statement
				.sql("insert into indicator_england_summaries (edition_key, indicator_key, areas, mean, weighted_mean,"
						+ " total, most_deprived_tenth, decile_counts) select :edition, a.* from (" + ENGLAND
						+ ") a on conflict do nothing")
				.update());
			summaries = readEngland(editionKey);
		}
		return summaries;
	}

	/** Runs one aggregation per dataset of the edition, with its parameters bound. */
	private void perDataset(String editionKey, @Nullable String weightEditionKey, int nationalCount,
			Consumer<Statement> run) {
		@Nullable Held weight = weightEditionKey == null ? null
				: held(weightEditionKey, "population_total").stream().findFirst().orElse(null);
		Map<Long, List<Held>> byDataset = held(editionKey, null).stream()
			.collect(Collectors.groupingBy(Held::datasetId, LinkedHashMap::new, Collectors.toList()));
		byDataset.forEach((dataset,
				columns) -> run.accept(sql -> jdbc.sql(sql)
					.param("edition", editionKey)
					.param("dataset", dataset)
					.param("keys", columns.stream().map(Held::indicatorKey).toArray(String[]::new))
					.param("positions", columns.stream().map(Held::position).toArray(Integer[]::new))
					.param("measures", columns.stream().map(Held::measure).toArray(String[]::new))
					.param("weightDataset", weight == null ? null : weight.datasetId())
					.param("weightPosition", weight == null ? null : weight.position())
					.param("national", nationalCount)));
	}

	/** A statement with one dataset's parameters bound. */
	private interface Statement {

		JdbcClient.StatementSpec sql(String sql);

	}

	/** The edition's indicators (or only the one named), where each is held. */
	private List<Held> held(String editionKey, @Nullable String indicatorKey) {
		return jdbc.sql("""
				select c.dataset_id, c.position, def.key, def.measure
				from indicator_dataset_columns c
				join indicator_definitions def on def.id = c.indicator_id
				where c.edition_key = :edition and (cast(:indicator as text) is null or def.key = :indicator)
				order by c.dataset_id, c.position
				""")
			.param("edition", editionKey)
			.param("indicator", indicatorKey)
			.query((rs, n) -> new Held(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * NeighbourhoodProfiles.dataVersion in one round trip: the newest imported dataset,
	 * the partnership's newest local dataset and neighbourhood area version, and the
	 * newest geography import. It reads the places module's two tables by name (only
	 * their newest id) because the profile page asks this on every request and four
	 * queries cost more than the rest of a cached page (docs/performance.md).
	 */
	String dataVersion(long partnershipId) {
		return jdbc.sql("""
				select (select coalesce(max(id), 0) from indicator_datasets)
				       || '|' || (select coalesce(max(id), 0) from indicator_local_datasets where partnership_id = :p)
				       || '|' || (select coalesce(max(id), 0) from neighbourhood_versions where partnership_id = :p)
				       || '|' || (select coalesce(max(id), 0) from places_geography_imports)
				""").param("p", partnershipId).query(String.class).single();
	}

	/**
	 * Forgets England's summaries of an edition, so they are recomputed with its new
	 * values.
	 */
	void forgetEngland(String editionKey) {
		jdbc.sql("delete from indicator_england_summaries where edition_key = :edition")
			.param("edition", editionKey)
			.update();
	}

	private Map<String, ScopeSummary> readEngland(String editionKey) {
		Map<String, ScopeSummary> summaries = new HashMap<>();
		jdbc.sql("select * from indicator_england_summaries where edition_key = :edition")
			.param("edition", editionKey)
			.query(rs -> {
				summaries.put(rs.getString("indicator_key"), summary(rs));
			});
		return summaries;
	}

	private static ScopeSummary summary(ResultSet rs) throws SQLException {
		return new ScopeSummary(rs.getInt("areas"), rs.getBigDecimal("mean"), rs.getBigDecimal("weighted_mean"),
				rs.getBigDecimal("total"), rs.getInt("most_deprived_tenth"), integers(rs.getArray("decile_counts")));
	}

	private static List<Integer> integers(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).intValue()).toList();
	}

}
