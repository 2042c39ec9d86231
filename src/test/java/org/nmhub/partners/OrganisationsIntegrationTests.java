package org.nmhub.partners;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class OrganisationsIntegrationTests {

	private static final String P = "/p/" + DemoUsers.COUNTY;

	private static final String ADMIN = DemoUsers.email("administrator", DemoUsers.COUNTY);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private String post(String path, String... namesAndValues) throws Exception {
		return FormPosts.shown(mvc, ADMIN, P + path, namesAndValues);
	}

	private Long organisation(String name) {
		return jdbc.sql("select id from organisations where name = :n")
			.param("n", name)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private long body(String name) {
		return jdbc.sql("select id from partner_bodies where name = :n").param("n", name).query(Long.class).single();
	}

	@Test
	void normalisedDuplicateIsRefusedThenConfirmedThenOfferedForMergeAndTheMergeMovesEverything() throws Exception {
		post("/partners/organisations/new", "name", "Hugglescote Residents Association", "type", "COMMUNITY_GROUP");
		long kept = organisation("Hugglescote Residents Association");

		String refused = post("/partners/organisations/new", "name", "The Hugglescote Residents' Association.", "type",
				"COMMUNITY_GROUP");
		assertThat(refused).contains("There is already a partner called Hugglescote Residents Association",
				"This is a different organisation");
		assertThat(organisation("The Hugglescote Residents' Association.")).isNull();

		post("/partners/organisations/new", "name", "The Hugglescote Residents' Association.", "type",
				"COMMUNITY_GROUP", "different", "true");
		long duplicate = organisation("The Hugglescote Residents' Association.");
		String list = mvc.perform(get(P + "/partners").with(user(ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Possible duplicates",
				"/partners/organisations/" + duplicate + "/merge-into/" + kept);

		post("/bodies/" + body("Greenhill NAT") + "/members/new", "organisationId", String.valueOf(duplicate), "person",
				"A. Resident", "role", "Resident representative");
		post("/partners/organisations/" + duplicate + "/contacts/new", "name", "A. Resident", "email",
				"resident@example.org");
		long version = jdbc.sql("""
				select v.id from partner_sharing_protocols v join partnerships p on p.id = v.partnership_id
				where p.slug = :s and v.version_label = '2.0'
				""").param("s", DemoUsers.COUNTY).query(Long.class).single();
		post("/partners/sharing-protocol/" + version + "/signatures", "organisationId", String.valueOf(duplicate),
				"signedOn", "2008-12-01", "signedBy", "Chair");

		assertThat(FormPosts.post(mvc, ADMIN, P + "/partners/organisations/" + duplicate + "/merge-into/" + kept)
			.getResponse()
			.getStatus()).isEqualTo(302);

		assertThat(jdbc.sql("select count(*) from partner_body_members where organisation_id = :o")
			.param("o", kept)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from partner_contacts where organisation_id = :o")
			.param("o", kept)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from partner_protocol_signatures where organisation_id = :o")
			.param("o", kept)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from partnership_organisations where organisation_id = :o")
			.param("o", duplicate)
			.query(Long.class)
			.single()).as("no longer a partner").isZero();
		assertThat(jdbc.sql("select after_values::text from audit_entries where action = 'merged' and record_id = :id")
			.param("id", String.valueOf(duplicate))
			.query(String.class)
			.single()).contains("\"body memberships\": 1", "\"contacts\": 1", "\"protocol signatures\": 1");
	}

	@Test
	void aMemberMustBelongToAnOrganisation() throws Exception {
		long before = jdbc.sql("select count(*) from partner_body_members").query(Long.class).single();
		assertThat(post("/bodies/" + body("Coalville NAT") + "/members/new", "organisationId", "", "person", "Someone"))
			.contains("Select the member&#39;s organisation");
		assertThat(post("/bodies/" + body("Coalville NAT") + "/members/new", "organisationId", "999999", "person",
				"Someone"))
			.contains("every member of a body belongs to a partner organisation");
		assertThat(jdbc.sql("select count(*) from partner_body_members").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theOrganisationPageShowsKindContactsAndProtocol() throws Exception {
		String page = mvc.perform(get(P + "/partners/organisations/" + organisation("Police")).with(user(ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Police", "Signed the current version", "Leicester Partnership");
	}

}
