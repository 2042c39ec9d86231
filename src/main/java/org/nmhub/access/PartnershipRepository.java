package org.nmhub.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PartnershipRepository {

	private static final String COLUMNS = "p.id, p.slug, p.name, p.kind, p.area_code, p.description";

	private final JdbcClient jdbc;

	PartnershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PartnershipRef> findBySlug(String slug) {
		return jdbc.sql("select " + COLUMNS + " from partnerships p where p.slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> partnership(rs))
			.optional();
	}

	Optional<PartnershipRef> findById(PartnershipId id) {
		return jdbc.sql("select " + COLUMNS + " from partnerships p where p.id = :id")
			.param("id", id.value())
			.query((rs, n) -> partnership(rs))
			.optional();
	}

	List<PartnershipRef> findAll() {
		return jdbc.sql("select " + COLUMNS + " from partnerships p order by p.name")
			.query((rs, n) -> partnership(rs))
			.list();
	}

	List<OrganisationRef> organisations(PartnershipId partnership) {
		return jdbc.sql("""
				select o.id, o.name, o.type from organisations o
				join partnership_organisations po on po.organisation_id = o.id
				where po.partnership_id = :p order by o.name
				""")
			.param("p", partnership.value())
			.query((rs, n) -> new OrganisationRef(rs.getLong("id"), rs.getString("name"), rs.getString("type")))
			.list();
	}

	OrganisationRef addOrganisation(PartnershipId partnership, String name, String type) {
		OrganisationRef organisation = jdbc.sql("""
				insert into organisations (name, type) values (:name, :type)
				on conflict (name) do update set name = excluded.name returning id, name, type
				""")
			.param("name", name)
			.param("type", type)
			.query((rs, n) -> new OrganisationRef(rs.getLong("id"), rs.getString("name"), rs.getString("type")))
			.single();
		jdbc.sql("""
				insert into partnership_organisations (partnership_id, organisation_id) values (:p, :o)
				on conflict do nothing
				""").param("p", partnership.value()).param("o", organisation.id()).update();
		return organisation;
	}

	int withdrawOrganisation(PartnershipId partnership, long organisation) {
		return jdbc.sql("delete from partnership_organisations where partnership_id = :p and organisation_id = :o")
			.param("p", partnership.value())
			.param("o", organisation)
			.update();
	}

	List<PartnershipRef> partnershipsOf(long organisation) {
		return jdbc.sql("select " + COLUMNS + """
				 from partnerships p join partnership_organisations po on po.partnership_id = p.id
				where po.organisation_id = :o order by p.name
				""").param("o", organisation).query((rs, n) -> partnership(rs)).list();
	}

	int updateDetails(PartnershipId id, String name, String description) {
		return jdbc.sql(
				"update partnerships set name = :name, description = :description, version = version + 1 where id = :id")
			.param("name", name)
			.param("description", description)
			.param("id", id.value())
			.update();
	}

	static PartnershipRef partnership(ResultSet rs) throws SQLException {
		return new PartnershipRef(new PartnershipId(rs.getLong("id")), rs.getString("slug"), rs.getString("name"),
				rs.getString("kind"), rs.getString("area_code"), rs.getString("description"));
	}

}
