package org.nmhub.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

	/** A body an organisation is a member of, with the member's person and role. */
	record Membership(long bodyId, String bodyName, @Nullable String person, @Nullable String role,
			boolean illustrative) {
	}

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The partnership's partner organisations with their partner-side details; the
	 * partner type is the one recorded here, else the organisation's own type.
	 */
	List<PartnerOrganisation> organisations(long partnership) {
		return jdbc
			.sql("""
					select o.id, o.name, o.type, d.partner_type,
					       (select count(distinct m.body_id) from partner_body_members m join partner_bodies b on b.id = m.body_id
					        where b.partnership_id = :p and m.organisation_id = o.id) as bodies,
					       (select count(*) from partner_contacts c where c.partnership_id = :p and c.organisation_id = o.id) as contacts,
					       exists (select 1 from partner_protocol_signatures s where s.partnership_id = :p and s.organisation_id = o.id
					               and s.protocol_id = %s) as signed
					from organisations o
					join partnership_organisations po on po.organisation_id = o.id and po.partnership_id = :p
					left join partner_organisation_details d on d.organisation_id = o.id and d.partnership_id = :p
					order by o.name
					"""
				.formatted(SharingProtocolRepository.CURRENT_VERSION))
			.param("p", partnership)
			.query((rs, n) -> {
				String recorded = rs.getString("partner_type");
				PartnerType type = recorded != null ? PartnerType.valueOf(recorded)
						: PartnerType.suggestedFor(rs.getString("type"), rs.getString("name"));
				return new PartnerOrganisation(rs.getLong("id"), rs.getString("name"), type.name(), type.label(),
						rs.getInt("bodies"), rs.getInt("contacts"), rs.getBoolean("signed"));
			})
			.list();
	}

	void setType(long partnership, long organisation, PartnerType type) {
		jdbc.sql(
				"""
						insert into partner_organisation_details (partnership_id, organisation_id, partner_type)
						values (:p, :o, :t) on conflict (partnership_id, organisation_id) do update set partner_type = excluded.partner_type
						""")
			.param("p", partnership)
			.param("o", organisation)
			.param("t", type.name())
			.update();
	}

	List<Contact> contacts(long partnership, long organisation) {
		return jdbc.sql("""
				select id, name, role, email, phone from partner_contacts
				where partnership_id = :p and organisation_id = :o order by name
				""")
			.param("p", partnership)
			.param("o", organisation)
			.query((rs, n) -> new Contact(rs.getLong("id"), rs.getString("name"), rs.getString("role"),
					rs.getString("email"), rs.getString("phone")))
			.list();
	}

	long insertContact(long partnership, long organisation, String name, String role, String email, String phone) {
		return jdbc.sql("""
				insert into partner_contacts (partnership_id, organisation_id, name, role, email, phone)
				values (:p, :o, :n, :r, :e, :ph) returning id
				""")
			.param("p", partnership)
			.param("o", organisation)
			.param("n", name)
			.param("r", role)
			.param("e", email)
			.param("ph", phone)
			.query(Long.class)
			.single();
	}

	List<Membership> memberships(long partnership, long organisation) {
		return jdbc.sql("""
				select b.id, b.name, m.person, m.role, m.illustrative from partner_body_members m
				join partner_bodies b on b.id = m.body_id
				where b.partnership_id = :p and m.organisation_id = :o order by b.name, m.position
				""")
			.param("p", partnership)
			.param("o", organisation)
			.query((rs, n) -> new Membership(rs.getLong("id"), rs.getString("name"), rs.getString("person"),
					rs.getString("role"), rs.getBoolean("illustrative")))
			.list();
	}

	long insertMember(long partnership, long body, long organisation, @Nullable String person, @Nullable String role,
			String display) {
		return jdbc
			.sql("""
					insert into partner_body_members (body_id, member, position, organisation_id, person, role)
					select b.id, :display, coalesce((select max(position) + 1 from partner_body_members where body_id = b.id), 0),
					       :o, :person, :role
					from partner_bodies b where b.id = :b and b.partnership_id = :p
					returning id
					""")
			.param("p", partnership)
			.param("b", body)
			.param("o", organisation)
			.param("person", person)
			.param("role", role)
			.param("display", display)
			.query(Long.class)
			.single();
	}

	/**
	 * Re-points every partner-side record of one organisation in the partnership to
	 * another: body memberships, agreements and commitments, protocol signatures,
	 * contacts, attendance and actions. Where both have the same record (a signature of
	 * one version, an agreement from one date), the kept organisation's stays.
	 * @return how many records of each kind were moved
	 */
	Map<String, Integer> merge(long partnership, long keep, long merge) {
		Map<String, Integer> moved = new LinkedHashMap<>();
		moved.put("body memberships", jdbc.sql("""
				update partner_body_members m set organisation_id = :keep
				from partner_bodies b where b.id = m.body_id and b.partnership_id = :p and m.organisation_id = :merge
				""").param("p", partnership).param("keep", keep).param("merge", merge).update());
		jdbc.sql("""
				update partner_commitments c set agreement_id = k.id
				from partner_agreements d, partner_agreements k
				where c.agreement_id = d.id and d.partnership_id = :p and d.organisation_id = :merge
				  and k.partnership_id = :p and k.organisation_id = :keep and k.starts_on = d.starts_on
				""").param("p", partnership).param("keep", keep).param("merge", merge).update();
		jdbc.sql(
				"""
						delete from partner_agreements d where d.partnership_id = :p and d.organisation_id = :merge
						  and exists (select 1 from partner_agreements k where k.partnership_id = :p and k.organisation_id = :keep
						              and k.starts_on = d.starts_on)
						""")
			.param("p", partnership)
			.param("keep", keep)
			.param("merge", merge)
			.update();
		moved.put("agreements", jdbc.sql(
				"update partner_agreements set organisation_id = :keep where partnership_id = :p and organisation_id = :merge")
			.param("p", partnership)
			.param("keep", keep)
			.param("merge", merge)
			.update());
		moved.put("commitments", jdbc.sql(
				"update partner_commitments set organisation_id = :keep where partnership_id = :p and organisation_id = :merge")
			.param("p", partnership)
			.param("keep", keep)
			.param("merge", merge)
			.update());
		jdbc.sql("""
				delete from partner_protocol_signatures d where d.partnership_id = :p and d.organisation_id = :merge
				  and exists (select 1 from partner_protocol_signatures k where k.protocol_id = d.protocol_id
				              and k.organisation_id = :keep)
				""").param("p", partnership).param("keep", keep).param("merge", merge).update();
		moved.put("protocol signatures", jdbc.sql(
				"update partner_protocol_signatures set organisation_id = :keep where partnership_id = :p and organisation_id = :merge")
			.param("p", partnership)
			.param("keep", keep)
			.param("merge", merge)
			.update());
		moved.put("contacts", jdbc.sql(
				"update partner_contacts set organisation_id = :keep where partnership_id = :p and organisation_id = :merge")
			.param("p", partnership)
			.param("keep", keep)
			.param("merge", merge)
			.update());
		moved.put("attendance", jdbc.sql(
				"update partner_attendance set organisation_id = :keep where partnership_id = :p and organisation_id = :merge")
			.param("p", partnership)
			.param("keep", keep)
			.param("merge", merge)
			.update());
		moved.put("actions", jdbc.sql("""
				update partner_meeting_actions set owner_organisation_id = :keep
				where partnership_id = :p and owner_organisation_id = :merge
				""").param("p", partnership).param("keep", keep).param("merge", merge).update());
		jdbc.sql("delete from partner_organisation_details where partnership_id = :p and organisation_id = :merge")
			.param("p", partnership)
			.param("merge", merge)
			.update();
		return moved;
	}

}
