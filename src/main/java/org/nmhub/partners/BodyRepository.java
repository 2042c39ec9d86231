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

	boolean exists(PartnershipId partnership, String name) {
		return jdbc.sql("select count(*) from partner_bodies where partnership_id = :p and lower(name) = lower(:name)")
			.param("p", partnership.value())
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Inserts a body; a reporting line to another partnership's body is dropped by the
	 * SQL.
	 */
	long insert(PartnershipId partnership, BodyForm form, List<String> members) {
		long id = jdbc
			.sql("""
					insert into partner_bodies (partnership_id, name, type, district_name, reports_to_id, terms_of_reference,
					                            chair, public, source)
					values (:p, :name, :type, :district,
					        (select id from partner_bodies where id = :reportsTo and partnership_id = :p),
					        :terms, :chair, :public, 'Recorded in NM Hub')
					returning id
					""")
			.param("p", partnership.value())
			.param("name", form.name().trim())
			.param("type", form.bodyType().name())
			.param("district", form.district() == null || form.district().isBlank() ? null : form.district())
			.param("reportsTo", form.reportsTo())
			.param("terms", form.termsOfReference())
			.param("chair", form.chair())
			.param("public", form.isPublic())
			.query(Long.class)
			.single();
		int position = 0;
		for (String member : members) {
			jdbc.sql("insert into partner_body_members (body_id, member, position) values (:b, :m, :pos)")
				.param("b", id)
				.param("m", member)
				.param("pos", position++)
				.update();
		}
		return id;
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
				       b.terms_of_reference, b.source, b.chair, b.public
				from partner_bodies b left join partner_bodies r on r.id = b.reports_to_id
				where b.partnership_id = :p
				order by array_position(array['BOARD','SUB_GROUP','DISTRICT_LSP','NAT','NEIGHBOURHOOD_FORUM','JAG',
				                              'AREA_FORUM','OTHER'], b.type), b.name
				""")
			.param("p", partnership.value())
			.query((rs, n) -> new PartnerBody(rs.getLong("id"), rs.getString("name"),
					BodyType.valueOf(rs.getString("type")), rs.getString("district_name"),
					rs.getString("neighbourhood_name"), rs.getString("reports_to"), rs.getString("terms_of_reference"),
					rs.getString("source"), rs.getString("chair"), rs.getBoolean("public"),
					members.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** The bodies an organisation is a member of. */
	List<Long> bodiesOfOrganisation(PartnershipId partnership, long organisation) {
		return jdbc.sql("""
				select distinct b.id from partner_body_members m join partner_bodies b on b.id = m.body_id
				where b.partnership_id = :p and m.organisation_id = :o
				""").param("p", partnership.value()).param("o", organisation).query(Long.class).list();
	}

}
