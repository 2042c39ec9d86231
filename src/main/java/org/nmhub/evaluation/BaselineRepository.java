package org.nmhub.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.nmhub.indicators.Polarity;
import org.nmhub.places.NeighbourhoodRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Frozen baselines, always read and written within one partnership. */
@Repository
class BaselineRepository {

	private final JdbcClient jdbc;

	BaselineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long partnership, NeighbourhoodRef neighbourhood, String editionKey, String editionLabel, String note,
			String frozenBy, List<Baseline.Value> values) {
		long id = jdbc
			.sql("""
					insert into evaluation_baselines (partnership_id, neighbourhood_id, neighbourhood_key, neighbourhood_name,
					  district_name, edition_key, edition_label, note, frozen_by)
					values (:p, :nid, :key, :name, :district, :edition, :editionLabel, :note, :by) returning id
					""")
			.param("p", partnership)
			.param("nid", neighbourhood.id())
			.param("key", neighbourhood.key())
			.param("name", neighbourhood.name())
			.param("district", neighbourhood.districtName())
			.param("edition", editionKey)
			.param("editionLabel", editionLabel)
			.param("note", note)
			.param("by", frozenBy)
			.query(Long.class)
			.single();
		int position = 0;
		for (Baseline.Value v : values) {
			jdbc.sql(
					"""
							insert into evaluation_baseline_values (baseline_id, position, indicator_key, source, label, polarity,
							  counts, measured, neighbourhood_value, district_value, partnership_value, england_value, ci_low,
							  ci_high, sample_size)
							values (:b, :pos, :key, :source, :label, :polarity, :counts, :measured, :n, :d, :pa, :e, :low, :high,
							  :sample)
							""")
				.param("b", id)
				.param("pos", position++)
				.param("key", v.key())
				.param("source", v.source().name())
				.param("label", v.label())
				.param("polarity", v.polarity().name())
				.param("counts", v.counts())
				.param("measured", v.measured())
				.param("n", v.neighbourhood())
				.param("d", v.district())
				.param("pa", v.partnership())
				.param("e", v.england())
				.param("low", v.ciLow())
				.param("high", v.ciHigh())
				.param("sample", v.sampleSize())
				.update();
		}
		return id;
	}

	/** Every baseline of the partnership, newest first, without their values. */
	List<Baseline> all(long partnership) {
		return jdbc.sql(SELECT + " where b.partnership_id = :p order by b.frozen_at desc, b.id desc")
			.param("p", partnership)
			.query((rs, n) -> baseline(rs, List.of()))
			.list();
	}

	Optional<Baseline> find(long partnership, long id) {
		Optional<Baseline> found = jdbc.sql(SELECT + " where b.partnership_id = :p and b.id = :id")
			.param("p", partnership)
			.param("id", id)
			.query((rs, n) -> baseline(rs, List.of()))
			.optional();
		return found.map(b -> withValues(partnership, List.of(b)).get(0));
	}

	/** The newest baseline of each neighbourhood named, with its values. */
	List<Baseline> latest(long partnership, List<String> neighbourhoodKeys) {
		if (neighbourhoodKeys.isEmpty()) {
			return List.of();
		}
		List<Baseline> found = jdbc.sql("select * from (" + SELECT
				+ " where b.partnership_id = :p and b.neighbourhood_key in (:keys)) b2 where b2.newest order by b2.neighbourhood_name")
			.param("p", partnership)
			.param("keys", neighbourhoodKeys)
			.query((rs, n) -> baseline(rs, List.of()))
			.list();
		return withValues(partnership, found);
	}

	private List<Baseline> withValues(long partnership, List<Baseline> baselines) {
		if (baselines.isEmpty()) {
			return baselines;
		}
		Map<Long, List<Baseline.Value>> values = jdbc.sql("""
				select v.* from evaluation_baseline_values v join evaluation_baselines b on b.id = v.baseline_id
				where b.partnership_id = :p and b.id in (:ids) order by v.baseline_id, v.position
				""")
			.param("p", partnership)
			.param("ids", baselines.stream().map(Baseline::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong("baseline_id"),
					new Baseline.Value(rs.getString("indicator_key"), Baseline.Source.valueOf(rs.getString("source")),
							rs.getString("label"), Polarity.valueOf(rs.getString("polarity")), rs.getBoolean("counts"),
							rs.getString("measured"), rs.getBigDecimal("neighbourhood_value"),
							rs.getBigDecimal("district_value"), rs.getBigDecimal("partnership_value"),
							rs.getBigDecimal("england_value"), rs.getBigDecimal("ci_low"), rs.getBigDecimal("ci_high"),
							(Integer) rs.getObject("sample_size"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return baselines.stream()
			.map(b -> new Baseline(b.id(), b.neighbourhoodId(), b.neighbourhoodKey(), b.neighbourhoodName(),
					b.districtName(), b.editionKey(), b.editionLabel(), b.note(), b.frozenBy(), b.frozenAt(),
					values.getOrDefault(b.id(), List.of())))
			.toList();
	}

	private static final String SELECT = """
			select b.*, row_number() over (partition by b.partnership_id, b.neighbourhood_key
			                                order by b.frozen_at desc, b.id desc) = 1 as newest
			from evaluation_baselines b
			""";

	private static Baseline baseline(java.sql.ResultSet rs, List<Baseline.Value> values) throws java.sql.SQLException {
		return new Baseline(rs.getLong("id"), rs.getLong("neighbourhood_id"), rs.getString("neighbourhood_key"),
				rs.getString("neighbourhood_name"), rs.getString("district_name"), rs.getString("edition_key"),
				rs.getString("edition_label"), rs.getString("note"), rs.getString("frozen_by"),
				rs.getTimestamp("frozen_at").toInstant(), values);
	}

}
