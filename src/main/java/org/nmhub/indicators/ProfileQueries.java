package org.nmhub.indicators;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
	 * The aggregation over all of England ({@code ALL_AREAS}) or over the codes given
	 * ({@code SOME_AREAS}). Two statements, not one with an "or codes is null", so that
	 * PostgreSQL's generic plan for the subset still uses the index on the area code.
	 */
	private static final String AGGREGATE_TEMPLATE = """
			with v as (
			    select x.indicator_key, x.area_code, x.value
			    from indicator_values_by_indicator x
			    where x.edition_key = :edition and x.area_code like 'E%%' AREAS
			), w as (
			    select x.area_code, x.value as pop
			    from indicator_values_by_indicator x
			    where x.edition_key = cast(:weightEdition as text) and x.indicator_key = 'population_total' AREAS
			), s as (
			    select v.indicator_key, v.value, w.pop,
			           case when d.measure = 'DECILE' then v.value::int
			                when d.measure = 'RANK' and :national > 0 then least(10, ceil(v.value * 10.0 / :national))::int
			           end as decile
			    from v left join w on w.area_code = v.area_code
			    join indicator_definitions d on d.key = v.indicator_key
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

	private static final String SOME_AREAS = AGGREGATE_TEMPLATE.replace("AREAS",
			"and x.area_code = any(cast(:codes as text[]))");

	private static final String ALL_AREAS = AGGREGATE_TEMPLATE.replace("AREAS", "");

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
		jdbc.sql(SOME_AREAS)
			.param("edition", editionKey)
			.param("codes", codes.toArray(String[]::new))
			.param("weightEdition", weightEditionKey)
			.param("national", nationalCount)
			.query(rs -> {
				summaries.put(rs.getString("indicator_key"), summary(rs));
			});
		return summaries;
	}

	/** England's summaries of an edition, computed on first use after an import. */
	Map<String, ScopeSummary> england(String editionKey, @Nullable String weightEditionKey, int nationalCount) {
		Map<String, ScopeSummary> summaries = readEngland(editionKey);
		if (summaries.isEmpty()) {
			jdbc.sql(
					"insert into indicator_england_summaries (edition_key, indicator_key, areas, mean, weighted_mean, total,"
							+ " most_deprived_tenth, decile_counts) select :edition, a.* from (" + ALL_AREAS
							+ ") a on conflict do nothing")
				.param("edition", editionKey)
				.param("weightEdition", weightEditionKey)
				.param("national", nationalCount)
				.update();
			summaries = readEngland(editionKey);
		}
		return summaries;
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
