package org.nmhub.intelligence;

import java.util.List;
import java.util.Locale;

import org.nmhub.access.CurrentUser;
import org.nmhub.access.Membership;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Partnerships;
import org.nmhub.access.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Test members of the county partnership in any role and organisation, signed in with the
 * demo password, and items recorded through the service as one of them.
 */
final class IntelligenceFixture {

	static final String COUNTY = "leicestershire-together";

	/** The demo password's hash (see AccessDemoData). */
	static final String PASSWORD_HASH = "{bcrypt}$2a$10$yaPbRrc19jcSq7/hElPxT.iGscHg6mddfYODSssGySNi4VEUl3cZy";

	private IntelligenceFixture() {
	}

	static long partnership(JdbcClient jdbc) {
		return jdbc.sql("select id from partnerships where slug = :s").param("s", COUNTY).query(Long.class).single();
	}

	static long organisation(JdbcClient jdbc, String name) {
		return jdbc.sql("select id from organisations where name = :n").param("n", name).query(Long.class).single();
	}

	/** A member of the county partnership (made once), returning their email. */
	static String member(JdbcClient jdbc, String mailbox, Role role, String organisation) {
		String email = (mailbox + "@test.example").toLowerCase(Locale.ROOT);
		if (jdbc.sql("select count(*) from users where email = :e").param("e", email).query(Long.class).single() > 0) {
			return email;
		}
		long user = jdbc.sql("""
				insert into users (email, display_name, password_hash, organisation_id)
				values (:e, :n, :h, :o) returning id
				""")
			.param("e", email)
			.param("n", "Test " + mailbox)
			.param("h", PASSWORD_HASH)
			.param("o", organisation(jdbc, organisation))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into memberships (user_id, partnership_id, role, district_code, neighbourhood_keys)
				values (:u, :p, :r, :d, :n)
				""")
			.param("u", user)
			.param("p", partnership(jdbc))
			.param("r", role.name())
			.param("d", role == Role.DISTRICT_COORDINATOR ? "E07000134" : null)
			.param("n", role == Role.NEIGHBOURHOOD_MANAGER ? new String[] { "greenhill" } : new String[0])
			.update();
		return email;
	}

	/** The member's context in the county partnership, as a request would have it. */
	static PartnershipContext context(JdbcClient jdbc, Partnerships partnerships, String email) {
		PartnershipRef county = partnerships.findBySlug(COUNTY).orElseThrow();
		return jdbc.sql("""
				select u.id, u.display_name, u.organisation_id, o.name, m.role, m.district_code, m.neighbourhood_keys
				from users u join organisations o on o.id = u.organisation_id
				join memberships m on m.user_id = u.id and m.partnership_id = :p
				where u.email = :e
				""").param("p", county.id().value()).param("e", email).query((rs, row) -> {
			Membership membership = new Membership(county, Role.valueOf(rs.getString("role")),
					rs.getString("district_code"), List.of((String[]) rs.getArray("neighbourhood_keys").getArray()));
			CurrentUser user = new CurrentUser(rs.getLong("id"), email, rs.getString("display_name"),
					rs.getLong("organisation_id"), rs.getString("name"), false, List.of(membership));
			return new PartnershipContext(user, membership);
		}).single();
	}

	static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	static List<String> lines(String text) {
		return text.lines().toList();
	}

}
