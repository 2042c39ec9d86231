package org.nmhub.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.nmhub.access.PartnershipId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The business case's unit costs, filtered by partnership. */
@Repository
class UnitCostRepository {

	private final JdbcClient jdbc;

	UnitCostRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UnitCost> all(PartnershipId partnership) {
		return jdbc.sql("""
				select id, key, label, low, high, unit, source from funding_unit_costs
				where partnership_id = :p order by label
				""")
			.param("p", partnership.value())
			.query((rs, n) -> new UnitCost(rs.getLong("id"), rs.getString("key"), rs.getString("label"),
					rs.getBigDecimal("low"), rs.getBigDecimal("high"), rs.getString("unit"), rs.getString("source")))
			.list();
	}

	Optional<UnitCost> find(PartnershipId partnership, String key) {
		return all(partnership).stream().filter(c -> c.key().equals(key)).findFirst();
	}

	/** Adds a unit cost, or replaces the one with the same key. */
	long save(PartnershipId partnership, String key, String label, BigDecimal low, BigDecimal high, String unit,
			String source) {
		return jdbc.sql("""
				insert into funding_unit_costs (partnership_id, key, label, low, high, unit, source)
				values (:p, :key, :label, :low, :high, :unit, :source)
				on conflict (partnership_id, key)
				do update set label = excluded.label, low = excluded.low, high = excluded.high, unit = excluded.unit,
				              source = excluded.source
				returning id
				""")
			.param("p", partnership.value())
			.param("key", key)
			.param("label", label)
			.param("low", low)
			.param("high", high)
			.param("unit", unit)
			.param("source", source)
			.query(Long.class)
			.single();
	}

}
