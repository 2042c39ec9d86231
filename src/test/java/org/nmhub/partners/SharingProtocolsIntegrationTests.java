package org.nmhub.partners;

import java.time.LocalDate;
import java.util.UUID;

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

/**
 * The sharing-protocol API other modules rely on: "current" is the latest version in
 * effect today, and only signatures of that version count.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharingProtocolsIntegrationTests {

	@Autowired
	private SharingProtocols protocols;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	private long partnership(String slug) {
		return jdbc.sql("select id from partnerships where slug = :s").param("s", slug).query(Long.class).single();
	}

	private long organisation(String name) {
		return jdbc.sql("select id from organisations where name = :n").param("n", name).query(Long.class).single();
	}

	private long newPartnership() {
		String slug = "protocol-test-" + UUID.randomUUID().toString().substring(0, 8);
		return jdbc
			.sql("insert into partnerships (slug, name, kind) values (:s, 'Protocol test', 'OTHER') returning id")
			.param("s", slug)
			.query(Long.class)
			.single();
	}

	private long version(long partnership, String label, LocalDate from) {
		return jdbc.sql("""
				insert into partner_sharing_protocols (partnership_id, title, version_label, effective_from)
				values (:p, 'Test protocol', :l, :f) returning id
				""").param("p", partnership).param("l", label).param("f", from).query(Long.class).single();
	}

	private void sign(long partnership, long version, long organisation) {
		jdbc.sql(
				"""
						insert into partner_protocol_signatures (partnership_id, protocol_id, organisation_id, signed_on, signed_by)
						values (:p, :v, :o, date '2008-01-01', 'Test')
						""")
			.param("p", partnership)
			.param("v", version)
			.param("o", organisation)
			.update();
	}

	@Test
	void demoCountyCurrentVersionIsTwoPointNoughtAndThePctSignedOnlyTheOldOne() {
		long county = partnership(DemoUsers.COUNTY);
		assertThat(protocols.currentSignatories(county)).contains(organisation("Police"),
				organisation("Leicestershire County Council"), organisation("NWL CVS"));
		assertThat(protocols.hasSignedCurrent(county, organisation("Police"))).isTrue();
		assertThat(protocols.hasSignedCurrent(county, organisation("Leicestershire PCT"))).isFalse();
		assertThat(protocols.hasSignedCurrent(partnership(DemoUsers.CITY), organisation("NWL CVS"))).isFalse();
	}

	@Test
	void currentIsTheLatestVersionInEffectTodayNotOneThatStartsLater() {
		long p = newPartnership();
		long police = organisation("Police");
		long council = organisation("Leicestershire County Council");
		assertThat(protocols.currentSignatories(p)).as("no version yet").isEmpty();
		assertThat(protocols.hasSignedCurrent(p, police)).isFalse();

		long old = version(p, "1", LocalDate.of(2007, 1, 1));
		long now = version(p, "2", LocalDate.now().minusDays(1));
		long future = version(p, "3", LocalDate.now().plusDays(30));
		sign(p, old, police);
		sign(p, now, council);
		sign(p, future, police);

		assertThat(protocols.currentSignatories(p)).containsExactly(council);
		assertThat(protocols.hasSignedCurrent(p, council)).isTrue();
		assertThat(protocols.hasSignedCurrent(p, police)).as("signed the old and the future version only").isFalse();
		assertThat(protocols.currentSignatories(partnership(DemoUsers.COUNTY))).doesNotContain(-1L);
	}

	@Test
	void badDatesAndForeignOrganisationsAreShownBackAndNothingIsSaved() throws Exception {
		String base = "/p/" + DemoUsers.COUNTY + "/partners/sharing-protocol";
		String admin = DemoUsers.email("administrator", DemoUsers.COUNTY);
		long before = jdbc.sql("select count(*) from partner_sharing_protocols").query(Long.class).single();
		String page = FormPosts.shown(mvc, admin, base + "/new", "title", "Protocol", "versionLabel", "bad-date",
				"effectiveFrom", "next Tuesday");
		assertThat(page).contains("Enter a real date");
		assertThat(jdbc.sql("select count(*) from partner_sharing_protocols").query(Long.class).single())
			.isEqualTo(before);

		long version = jdbc
			.sql("select id from partner_sharing_protocols where partnership_id = :p and version_label = '2.0'")
			.param("p", partnership(DemoUsers.COUNTY))
			.query(Long.class)
			.single();
		String partner = DemoUsers.email("partner", DemoUsers.COUNTY);
		String other = FormPosts.shown(mvc, partner, base + "/" + version + "/signatures", "organisationId",
				String.valueOf(organisation("Leicestershire PCT")), "signedOn", "2008-12-01", "signedBy", "Someone");
		assertThat(other).contains("You can record your own organisation");
		String foreign = FormPosts.shown(mvc, admin, base + "/" + version + "/signatures", "organisationId",
				String.valueOf(organisation("Leicester City Council")), "signedOn", "2008-12-01", "signedBy",
				"Someone");
		assertThat(foreign).contains("Select one of the partnership");
		assertThat(protocols.hasSignedCurrent(partnership(DemoUsers.COUNTY), organisation("Leicestershire PCT")))
			.isFalse();
	}

	@Test
	void anAdministratorRecordsASignatureOfAFutureVersionAndItIsAudited() throws Exception {
		String base = "/p/" + DemoUsers.COUNTY + "/partners/sharing-protocol";
		String admin = DemoUsers.email("administrator", DemoUsers.COUNTY);
		String label = "future-" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(FormPosts
			.post(mvc, admin, base + "/new", "title", "Protocol", "versionLabel", label, "effectiveFrom", "2099-01-01",
					"summary", "Later")
			.getResponse()
			.getStatus()).isEqualTo(302);
		long version = jdbc
			.sql("select id from partner_sharing_protocols where partnership_id = :p and version_label = :l")
			.param("p", partnership(DemoUsers.COUNTY))
			.param("l", label)
			.query(Long.class)
			.single();
		assertThat(FormPosts
			.post(mvc, admin, base + "/" + version + "/signatures", "organisationId",
					String.valueOf(organisation("Connexions")), "signedOn", "2008-12-01", "signedBy", "Director")
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(protocols.hasSignedCurrent(partnership(DemoUsers.COUNTY), organisation("Connexions")))
			.as("the version is not in effect yet")
			.isFalse();
		assertThat(jdbc.sql(
				"select count(*) from audit_entries where record_type = 'protocol-signature' and summary like 'Connexions%'")
			.query(Long.class)
			.single()).isPositive();
		String page = mvc.perform(get(base + "/" + version).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Connexions", "Director");
	}

}
