package org.nmhub.places;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nmhub.shared.SqlArrays;
import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlaceRepository {

	private static final String NEIGHBOURHOOD_SQL = """
			select n.id, n.key, n.name, d.name as district_name, d.lad_code as district_code, n.places, n.ward_codes, n.derivation, n.source
			from neighbourhoods n left join places_districts d on d.id = n.district_id
			""";

	private final JdbcClient jdbc;

	PlaceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<District> districts(PartnershipId partnership) {
		return jdbc.sql("""
				select id, name, lad_code, lsp_name, source from places_districts
				where partnership_id = :p order by name
				""")
			.param("p", partnership.value())
			.query((rs, n) -> new District(rs.getLong("id"), rs.getString("name"), rs.getString("lad_code"),
					rs.getString("lsp_name"), rs.getString("source")))
			.list();
	}

	List<NeighbourhoodRef> neighbourhoods(PartnershipId partnership) {
		return jdbc.sql(NEIGHBOURHOOD_SQL + " where n.partnership_id = :p order by n.name")
			.param("p", partnership.value())
			.query((rs, n) -> neighbourhood(rs))
			.list();
	}

	Optional<NeighbourhoodRef> neighbourhood(PartnershipId partnership, String key) {
		return jdbc.sql(NEIGHBOURHOOD_SQL + " where n.partnership_id = :p and n.key = :key")
			.param("p", partnership.value())
			.param("key", key)
			.query((rs, n) -> neighbourhood(rs))
			.optional();
	}

	/**
	 * The partnership's designations, newest first, each with its neighbourhoods in
	 * listed order.
	 */
	List<Designation> designations(PartnershipId partnership) {
		record Row(long id, String key, String name, java.time.LocalDate on, String reason, String source,
				String evidence, @Nullable NeighbourhoodRef neighbourhood) {
		}
		List<Row> rows = jdbc
			.sql("""
					select g.id as g_id, g.key as g_key, g.name as g_name, g.designated_on, g.reason, g.source as g_source, g.evidence,
					       n.id, n.key, n.name, d.name as district_name, d.lad_code as district_code, n.places, n.ward_codes,
					       n.derivation, n.source
					from neighbourhood_designations g
					left join neighbourhood_designation_members m on m.designation_id = g.id
					left join neighbourhoods n on n.id = m.neighbourhood_id
					left join places_districts d on d.id = n.district_id
					where g.partnership_id = :p
					order by g.designated_on desc, g.id, m.position
					""")
			.param("p", partnership.value())
			.query((rs, n) -> new Row(rs.getLong("g_id"), rs.getString("g_key"), rs.getString("g_name"),
					rs.getObject("designated_on", java.time.LocalDate.class), rs.getString("reason"),
					rs.getString("g_source"), rs.getString("evidence"),
					rs.getObject("id") == null ? null : neighbourhood(rs)))
			.list();
		Map<Long, Designation> byId = new LinkedHashMap<>();
		Map<Long, List<NeighbourhoodRef>> members = new LinkedHashMap<>();
		for (Row row : rows) {
			members.computeIfAbsent(row.id(), id -> new java.util.ArrayList<>());
			if (row.neighbourhood() != null) {
				members.get(row.id()).add(row.neighbourhood());
			}
			byId.putIfAbsent(row.id(), new Designation(row.id(), row.key(), row.name(), row.on(), row.reason(),
					row.source(), row.evidence(), List.of()));
		}
		return byId.values()
			.stream()
			.map(d -> new Designation(d.id(), d.key(), d.name(), d.designatedOn(), d.reason(), d.source(), d.evidence(),
					members.get(d.id())))
			.toList();
	}

	boolean neighbourhoodExists(PartnershipId partnership, String key) {
		return jdbc.sql("select count(*) from neighbourhoods where partnership_id = :p and key = :key")
			.param("p", partnership.value())
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

	long insertNeighbourhood(PartnershipId partnership, String key, String name, long districtId, String[] places,
			String derivation) {
		return jdbc.sql("""
				insert into neighbourhoods (partnership_id, key, name, district_id, places, derivation, source)
				select :p, :key, :name, d.id, :places, :derivation, 'Recorded in NM Hub'
				from places_districts d where d.id = :district and d.partnership_id = :p
				returning id
				""")
			.param("p", partnership.value())
			.param("key", key)
			.param("name", name)
			.param("district", districtId)
			.param("places", places)
			.param("derivation", derivation)
			.query(Long.class)
			.single();
	}

	boolean designationExists(PartnershipId partnership, String key) {
		return jdbc.sql("select count(*) from neighbourhood_designations where partnership_id = :p and key = :key")
			.param("p", partnership.value())
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records a designation of the partnership's own neighbourhoods (others' ids are
	 * ignored by the SQL).
	 */
	long insertDesignation(PartnershipId partnership, String key, String name, java.time.LocalDate on, String reason,
			String evidence, String recordedBy, List<Long> neighbourhoodIds) {
		long id = jdbc
			.sql("""
					insert into neighbourhood_designations (partnership_id, key, name, designated_on, reason, source, evidence,
					                                        recorded_by_name)
					values (:p, :key, :name, :on, :reason, 'Recorded in NM Hub by ' || :by, :evidence, :by)
					returning id
					""")
			.param("p", partnership.value())
			.param("key", key)
			.param("name", name)
			.param("on", on)
			.param("reason", reason)
			.param("evidence", evidence)
			.param("by", recordedBy)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into neighbourhood_designation_members (designation_id, neighbourhood_id, position)
				select :g, n.id, row_number() over (order by n.name) - 1
				from neighbourhoods n where n.partnership_id = :p and n.id = any(:ids)
				""")
			.param("g", id)
			.param("p", partnership.value())
			.param("ids", neighbourhoodIds.toArray(Long[]::new))
			.update();
		return id;
	}

	private static NeighbourhoodRef neighbourhood(ResultSet rs) throws SQLException {
		return new NeighbourhoodRef(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
				rs.getString("district_name"), rs.getString("district_code"), SqlArrays.strings(rs.getArray("places")),
				SqlArrays.strings(rs.getArray("ward_codes")), rs.getString("derivation"), rs.getString("source"));
	}

}
