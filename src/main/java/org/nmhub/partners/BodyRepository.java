package org.nmhub.partners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nmhub.access.PartnershipId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BodyRepository {

	private final JdbcClient jdbc;

	BodyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The partnership's bodies, by type and name, each with its members in listed order.
	 */
	List<PartnerBody> bodies(PartnershipId partnership) {
		Map<Long, List<String>> members = new LinkedHashMap<>();
		jdbc.sql("""
				select m.body_id, m.member from partner_body_members m
				join partner_bodies b on b.id = m.body_id
				where b.partnership_id = :p order by m.body_id, m.position
				""").param("p", partnership.value()).query(rs -> {
			members.computeIfAbsent(rs.getLong("body_id"), id -> new ArrayList<>()).add(rs.getString("member"));
		});
		return jdbc.sql("""
				select b.id, b.name, b.type, b.district_name, b.neighbourhood_name, r.name as reports_to,
				       b.terms_of_reference, b.source
				from partner_bodies b left join partner_bodies r on r.id = b.reports_to_id
				where b.partnership_id = :p
				order by array_position(array['BOARD','SUB_GROUP','DISTRICT_LSP','NAT','NEIGHBOURHOOD_FORUM','JAG',
				                              'AREA_FORUM','OTHER'], b.type), b.name
				""")
			.param("p", partnership.value())
			.query((rs, n) -> new PartnerBody(rs.getLong("id"), rs.getString("name"),
					BodyType.valueOf(rs.getString("type")), rs.getString("district_name"),
					rs.getString("neighbourhood_name"), rs.getString("reports_to"), rs.getString("terms_of_reference"),
					rs.getString("source"), members.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

}
