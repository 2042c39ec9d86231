package org.nmhub.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SharingProtocolRepository {

	/** The latest version in effect today, as a scalar subquery on :p. */
	static final String CURRENT_VERSION = """
			(select v.id from partner_sharing_protocols v
			 where v.partnership_id = :p and v.effective_from <= current_date
			 order by v.effective_from desc, v.id desc limit 1)
			""";

	private final JdbcClient jdbc;

	SharingProtocolRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<Long> currentSignatories(long partnership) {
		return new TreeSet<>(jdbc.sql("""
				select s.organisation_id from partner_protocol_signatures s
				where s.partnership_id = :p and s.protocol_id = %s
				""".formatted(CURRENT_VERSION)).param("p", partnership).query(Long.class).list());
	}

	boolean hasSignedCurrent(long partnership, long organisation) {
		return jdbc.sql("""
				select count(*) from partner_protocol_signatures s
				where s.partnership_id = :p and s.organisation_id = :o and s.protocol_id = %s
				""".formatted(CURRENT_VERSION))
			.param("p", partnership)
			.param("o", organisation)
			.query(Long.class)
			.single() > 0;
	}

	List<ProtocolVersion> versions(long partnership) {
		return jdbc
			.sql("""
					select v.id, v.title, v.version_label, v.effective_from, v.summary, v.illustrative,
					       v.id = %s as current,
					       (select count(*) from partner_protocol_signatures s where s.protocol_id = v.id and s.partnership_id = :p) as signatures
					from partner_sharing_protocols v where v.partnership_id = :p
					order by v.effective_from desc, v.id desc
					"""
				.formatted(CURRENT_VERSION))
			.param("p", partnership)
			.query((rs, n) -> new ProtocolVersion(rs.getLong("id"), rs.getString("title"),
					rs.getString("version_label"), rs.getObject("effective_from", LocalDate.class),
					rs.getString("summary"), rs.getBoolean("illustrative"), rs.getBoolean("current"),
					rs.getInt("signatures")))
			.list();
	}

	Optional<ProtocolVersion> version(long partnership, long id) {
		return versions(partnership).stream().filter(v -> v.id() == id).findFirst();
	}

	boolean labelExists(long partnership, String label) {
		return jdbc.sql(
				"select count(*) from partner_sharing_protocols where partnership_id = :p and lower(version_label) = lower(:l)")
			.param("p", partnership)
			.param("l", label)
			.query(Long.class)
			.single() > 0;
	}

	long insertVersion(long partnership, String title, String label, LocalDate effectiveFrom, String summary,
			boolean illustrative) {
		return jdbc
			.sql("""
					insert into partner_sharing_protocols (partnership_id, title, version_label, effective_from, summary, illustrative)
					values (:p, :title, :label, :from, :summary, :illustrative) returning id
					""")
			.param("p", partnership)
			.param("title", title)
			.param("label", label)
			.param("from", effectiveFrom)
			.param("summary", summary)
			.param("illustrative", illustrative)
			.query(Long.class)
			.single();
	}

	List<ProtocolSignature> signatures(long partnership, long version) {
		return jdbc.sql("""
				select s.id, s.organisation_id, o.name, s.signed_on, s.signed_by, s.illustrative
				from partner_protocol_signatures s join organisations o on o.id = s.organisation_id
				where s.partnership_id = :p and s.protocol_id = :v order by o.name
				""")
			.param("p", partnership)
			.param("v", version)
			.query((rs, n) -> new ProtocolSignature(rs.getLong("id"), rs.getLong("organisation_id"),
					rs.getString("name"), rs.getObject("signed_on", LocalDate.class), rs.getString("signed_by"),
					rs.getBoolean("illustrative")))
			.list();
	}

	boolean signed(long partnership, long version, long organisation) {
		return jdbc.sql("""
				select count(*) from partner_protocol_signatures
				where partnership_id = :p and protocol_id = :v and organisation_id = :o
				""")
			.param("p", partnership)
			.param("v", version)
			.param("o", organisation)
			.query(Long.class)
			.single() > 0;
	}

	long insertSignature(long partnership, long version, long organisation, LocalDate signedOn, String signedBy,
			boolean illustrative) {
		return jdbc
			.sql("""
					insert into partner_protocol_signatures (partnership_id, protocol_id, organisation_id, signed_on, signed_by, illustrative)
					values (:p, :v, :o, :on, :by, :illustrative) returning id
					""")
			.param("p", partnership)
			.param("v", version)
			.param("o", organisation)
			.param("on", signedOn)
			.param("by", signedBy)
			.param("illustrative", illustrative)
			.query(Long.class)
			.single();
	}

}
