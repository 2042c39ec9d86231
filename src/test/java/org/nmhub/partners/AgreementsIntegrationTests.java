package org.nmhub.partners;

import java.math.BigDecimal;

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
class AgreementsIntegrationTests {

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/partners";

	private static final String ADMIN = DemoUsers.email("administrator", DemoUsers.COUNTY);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private long organisation(String name) {
		return jdbc.sql("select id from organisations where name = :n").param("n", name).query(Long.class).single();
	}

	private String posted(String user, String path, String... namesAndValues) throws Exception {
		return FormPosts.shown(mvc, user, BASE + path, namesAndValues);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void theSeedsMatchingContributionsAreLoadedAsMoney() {
		BigDecimal pct = jdbc.sql("""
				select c.amount from partner_commitments c join organisations o on o.id = c.organisation_id
				where o.name = 'Leicestershire PCT' and c.kind = 'MONEY' and not c.illustrative
				""").query(BigDecimal.class).single();
		assertThat(pct).isEqualByComparingTo("50000");
	}

	@Test
	void badInputIsShownBackAndNothingIsSaved() throws Exception {
		long agreements = count("partner_agreements");
		long commitments = count("partner_commitments");
		assertThat(posted(ADMIN, "/agreements/new", "organisationId", String.valueOf(organisation("Connexions")),
				"startsOn", "2008-04-01", "reviewOn", "2007-04-01"))
			.contains("The review date must be on or after the start date");
		assertThat(posted(ADMIN, "/agreements/new", "organisationId", "abc", "startsOn", "2008-04-01", "reviewOn",
				"2009-04-01"))
			.contains("Select one of the partnership");
		assertThat(posted(ADMIN, "/agreements/new", "organisationId",
				String.valueOf(organisation("Leicester City Council")), "startsOn", "2008-04-01", "reviewOn",
				"2009-04-01"))
			.as("another partnership's organisation")
			.contains("Select one of the partnership");
		long agreement = jdbc
			.sql("select min(id) from partner_agreements where partnership_id = "
					+ "(select id from partnerships where slug = :s)")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		assertThat(
				posted(ADMIN, "/agreements/" + agreement + "/commitments/new", "kind", "MONEY", "description", "Cash"))
			.contains("Enter the amount of money committed");
		assertThat(posted(ADMIN, "/agreements/" + agreement + "/commitments/new", "kind", "MONEY", "description",
				"Cash", "amount", "£1.234"))
			.contains("Enter the amount in pounds");
		assertThat(posted(ADMIN, "/agreements/" + agreement + "/commitments/new", "kind", "BRIBES", "description", "x"))
			.contains("Select what the partner commits");
		assertThat(count("partner_agreements")).isEqualTo(agreements);
		assertThat(count("partner_commitments")).isEqualTo(commitments);
	}

	@Test
	void anAgreementWithACommitmentAndItsDeliveryIsRecordedAndAPartnerOfficerRecordsOnlyTheirOwn() throws Exception {
		long connexions = organisation("Connexions");
		posted(ADMIN, "/agreements/new", "organisationId", String.valueOf(connexions), "startsOn", "2010-04-01",
				"reviewOn", "2011-03-31", "expects", "Referrals from the NATs");
		long agreement = jdbc
			.sql("select id from partner_agreements where organisation_id = :o and starts_on = date '2010-04-01'")
			.param("o", connexions)
			.query(Long.class)
			.single();
		posted(ADMIN, "/agreements/" + agreement + "/commitments/new", "kind", "MONEY", "description",
				"Youth work sessions", "amount", "£2,500.50", "dueOn", "2010-12-31");
		long commitment = jdbc.sql("select id from partner_commitments where agreement_id = :a")
			.param("a", agreement)
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("select amount from partner_commitments where id = :c")
			.param("c", commitment)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("2500.50");

		String partner = DemoUsers.email("partner", DemoUsers.COUNTY);
		assertThat(posted(partner, "/commitments/" + commitment + "/deliveries/new", "status", "DELIVERED",
				"recordedOn", "2010-12-01"))
			.contains("You can record delivery for your own organisation only");
		posted(ADMIN, "/commitments/" + commitment + "/deliveries/new", "status", "PARTLY_DELIVERED", "recordedOn",
				"2010-12-01", "note", "Half the sessions");

		String page = mvc.perform(get(BASE + "/agreements/" + agreement).with(user(ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Referrals from the NATs", "Youth work sessions", "£2,500.50", "Partly delivered",
				"Half the sessions");
		assertThat(jdbc
			.sql("select count(*) from audit_entries where record_type = 'commitment-delivery' and record_id in "
					+ "(select cast(id as text) from partner_commitment_deliveries where commitment_id = :c)")
			.param("c", commitment)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
