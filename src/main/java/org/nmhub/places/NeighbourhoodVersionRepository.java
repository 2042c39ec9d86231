package org.nmhub.places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;
import org.nmhub.shared.LsoaVintage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NeighbourhoodVersionRepository {

	private final JdbcClient jdbc;

	NeighbourhoodVersionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version of a neighbourhood's area, newest first, with its LSOAs. */
	List<NeighbourhoodVersion> versions(PartnershipId partnership, long neighbourhoodId) {
		Map<Long, List<String>> codes = new LinkedHashMap<>();
		jdbc.sql("""
				select l.version_id, l.lsoa_code from neighbourhood_version_lsoas l
				join neighbourhood_versions v on v.id = l.version_id
				where v.partnership_id = :p and v.neighbourhood_id = :n order by l.lsoa_code
				""").param("p", partnership.value()).param("n", neighbourhoodId).query(rs -> {
			codes.computeIfAbsent(rs.getLong("version_id"), id -> new ArrayList<>()).add(rs.getString("lsoa_code"));
		});
		return jdbc.sql("""
				select v.id, v.version, v.vintage, v.valid_from, v.reason, v.derivation, c.version as carried_from,
				       v.created_by_name, v.created_at
				from neighbourhood_versions v left join neighbourhood_versions c on c.id = v.carried_from_id
				where v.partnership_id = :p and v.neighbourhood_id = :n
				order by v.version desc
				""")
			.param("p", partnership.value())
			.param("n", neighbourhoodId)
			.query((rs, n) -> new NeighbourhoodVersion(rs.getLong("id"), rs.getInt("version"),
					LsoaVintage.ofYear(rs.getInt("vintage")), rs.getObject("valid_from", LocalDate.class),
					rs.getString("reason"), rs.getString("derivation"), (Integer) rs.getObject("carried_from"),
					rs.getString("created_by_name"), rs.getTimestamp("created_at").toInstant(),
					codes.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * The ids of the partnership's neighbourhoods whose current area in a vintage
	 * includes an LSOA.
	 */
	List<Long> neighbourhoodsContaining(PartnershipId partnership, LsoaVintage vintage, String lsoaCode) {
		return jdbc.sql("""
				select v.neighbourhood_id from neighbourhood_versions v
				join neighbourhood_version_lsoas l on l.version_id = v.id
				where v.partnership_id = :p and v.vintage = :v and l.lsoa_code = :code
				  and v.version = (select max(c.version) from neighbourhood_versions c
				                   where c.neighbourhood_id = v.neighbourhood_id and c.vintage = v.vintage)
				""")
			.param("p", partnership.value())
			.param("v", vintage.year())
			.param("code", lsoaCode)
			.query(Long.class)
			.list();
	}

	long newestVersionId(PartnershipId partnership) {
		return jdbc.sql("select coalesce(max(id), 0) from neighbourhood_versions where partnership_id = :p")
			.param("p", partnership.value())
			.query(Long.class)
			.single();
	}

	/** The codes among those given that are LSOAs of the vintage. */
	Set<String> knownLsoas(LsoaVintage vintage, Collection<String> codes) {
		return new TreeSet<>(jdbc.sql("select code from places_lsoas where vintage = :v and code = any(:codes)")
			.param("v", vintage.year())
			.param("codes", codes.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	/** LSOA names by code, for showing an area. */
	Map<String, String> lsoaNames(LsoaVintage vintage, Collection<String> codes) {
		Map<String, String> names = new LinkedHashMap<>();
		jdbc.sql("select code, name from places_lsoas where vintage = :v and code = any(:codes) order by code")
			.param("v", vintage.year())
			.param("codes", codes.toArray(String[]::new))
			.query(rs -> {
				names.put(rs.getString("code"), rs.getString("name"));
			});
		return names;
	}

	long insert(PartnershipId partnership, long neighbourhoodId, LsoaVintage vintage, LocalDate validFrom,
			String reason, String derivation, @Nullable Long carriedFrom, String createdBy, Collection<String> codes) {
		long id = jdbc
			.sql("""
					insert into neighbourhood_versions (partnership_id, neighbourhood_id, version, vintage, valid_from,
					                                    reason, derivation, carried_from_id, created_by_name)
					values (:p, :n, coalesce((select max(version) from neighbourhood_versions where neighbourhood_id = :n), 0) + 1,
					        :vintage, :from, :reason, :derivation, :carried, :by)
					returning id
					""")
			.param("p", partnership.value())
			.param("n", neighbourhoodId)
			.param("vintage", vintage.year())
			.param("from", validFrom)
			.param("reason", reason)
			.param("derivation", derivation)
			.param("carried", carriedFrom)
			.param("by", createdBy)
			.query(Long.class)
			.single();
		jdbc.sql("insert into neighbourhood_version_lsoas (version_id, lsoa_code) select :id, unnest(:codes)")
			.param("id", id)
			.param("codes", codes.toArray(String[]::new))
			.update();
		return id;
	}

}
