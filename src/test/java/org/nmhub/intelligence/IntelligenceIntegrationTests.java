package org.nmhub.intelligence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.nmhub.RealData;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Partnerships;
import org.nmhub.access.Role;
import org.nmhub.places.Geography;
import org.nmhub.shared.LsoaVintage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Recording community intelligence, its location looked up through the places module, bad
 * input refused with nothing saved, acting on items, erasing personal data past its
 * review date, and the public "tell us" form with its limits.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntelligenceIntegrationTests {

	private static final String BASE = "/p/leicestershire-together/intelligence";

	private static final String TELL_US = "/public/leicestershire-together/tell-us";

	private static final String MANAGER = "manager@leicestershire-together.example";

	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Geography geography;

	@Autowired
	private CommunityIntelligence intelligence;

	@Autowired
	private Partnerships partnerships;

	private static MockHttpServletRequestBuilder item(String title, Map<String, String> fields) {
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("kind", "CONCERN", "category",
				"safer-communities", "grade", "PARTNERS", "sourceType", "RESIDENT", "observedOn", "2008-06-01",
				"addressText", "Market Street", "neighbourhood", "greenhill"));
		form.put("title", title);
		form.putAll(fields);
		MockHttpServletRequestBuilder post = post(BASE + "/new").with(csrf());
		form.forEach(post::param);
		return post;
	}

	private long saved(String title) {
		return jdbc.sql("select count(*) from intelligence_items where title = :t")
			.param("t", title)
			.query(Long.class)
			.single();
	}

	private String refused(String title, Map<String, String> fields) throws Exception {
		String page = mvc.perform(item(title, fields).with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("There is a problem");
		assertThat(saved(title)).as("nothing saved for " + title).isZero();
		return page;
	}

	@Test
	void badInputIsRefusedWithClearMessagesAndNothingSaved() throws Exception {
		assertThat(refused("Unknown category (test)", Map.of("category", "aliens")))
			.contains("Select one of the partnership&#39;s categories: &quot;aliens&quot; is not one");
		assertThat(refused("Personal without review date (test)", Map.of("grade", "PERSONAL")))
			.contains("Personal data needs a review date");
		assertThat(refused("Oversized (test)", Map.of("details", "x".repeat(4001))))
			.contains("The details must be 4,000 characters or fewer (they have 4,001)");
		assertThat(refused("x".repeat(201), Map.of()))
			.contains("The short description must be 200 characters or fewer");
		assertThat(refused("Half a point (test)", Map.of("longitude", "-1.35")))
			.contains("Enter both the longitude and the latitude");
		assertThat(refused("Not a number (test)", Map.of("longitude", "west", "latitude", "52.7")))
			.contains("Enter a longitude between -180 and 180");
		assertThat(refused("Nowhere (test)", Map.of("addressText", "", "neighbourhood", "")))
			.contains("Enter where it is", "Select the neighbourhood");
		assertThat(refused("Future (test)", Map.of("observedOn", "2999-01-01")))
			.contains("The date must be today or in the past");
	}

	@Test
	void aPointOutsideThePartnershipIsRefused() throws Exception {
		RealData.directory();
		assertThat(refused("Nottingham (test)", Map.of("longitude", "-1.1505", "latitude", "52.9548")))
			.contains("The point is outside the partnership");
		assertThat(refused("North Sea (test)", Map.of("longitude", "2.0", "latitude", "54.0")))
			.contains("The point is outside the partnership");
	}

	@Test
	void coordinatesAreTurnedIntoLsoaWardAndNeighbourhoodByThePlacesModule() throws Exception {
		RealData.directory();
		String lsoa = "E01025932";
		Point inside = geography.boundaries(LsoaVintage.LSOA2011, List.of(lsoa)).get(lsoa).getInteriorPoint();
		var response = mvc
			.perform(item("Located (test)",
					Map.of("addressText", "", "neighbourhood", "", "longitude", String.valueOf(inside.getX()),
							"latitude", String.valueOf(inside.getY())))
				.with(user(MANAGER)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		Map<String, Object> row = jdbc.sql("""
				select i.lsoa2011_code, i.ward_name, n.key from intelligence_items i
				left join neighbourhoods n on n.id = i.neighbourhood_id where i.title = 'Located (test)'
				""").query().singleRow();
		assertThat(row.get("lsoa2011_code")).isEqualTo(lsoa);
		assertThat(row.get("ward_name")).isNotNull();
		assertThat(row.get("key")).isEqualTo("greenhill");
	}

	@Test
	void htmlInTextIsStoredAsTypedAndShownInertEverywhere() throws Exception {
		String title = "<script>alert('ci')</script><b>bold</b> (test)";
		var response = mvc
			.perform(item(title, Map.of("grade", "PUBLIC", "details", "<img src=x onerror=alert(1)>"))
				.with(user(MANAGER)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		long id = Long.parseLong(response.getRedirectedUrl().replaceAll(".*/", ""));
		String page = mvc.perform(get(response.getRedirectedUrl()).with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(").doesNotContain("<img src=x");
		assertThat(mvc.perform(get(BASE).with(user(MANAGER))).andReturn().getResponse().getContentAsString())
			.doesNotContain("<script>alert('ci')");
		PartnershipContext context = IntelligenceFixture.context(jdbc, partnerships, MANAGER);
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.CLOSE, "<b>done</b>", "")).isEmpty();
		String publicPage = mvc.perform(get("/public/leicestershire-together/neighbourhoods/greenhill/you-said-we-did"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(publicPage).contains("&lt;script&gt;alert(", "&lt;b&gt;done&lt;/b&gt;")
			.doesNotContain("<b>done</b>");
	}

	@Test
	void anOrganisationThatHasNotSignedCannotShareAtPartnersGrade() throws Exception {
		String unsigned = IntelligenceFixture.member(jdbc, "unsigned-officer", Role.PARTNER_OFFICER,
				"Blaby District Council");
		String page = mvc.perform(item("Unsigned share (test)", Map.of()).with(user(unsigned)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("has not signed the partnership&#39;s current information-sharing protocol");
		assertThat(saved("Unsigned share (test)")).isZero();
	}

	@Test
	void itemsAreRespondedToEscalatedLinkedAndClosed() throws Exception {
		PartnershipContext context = IntelligenceFixture.context(jdbc, partnerships, MANAGER);
		CommunityIntelligence.Recorded first = intelligence.record(context,
				ItemForm.of(IntelligenceFixture.form("kind", "HOTSPOT", "category", "safer-communities", "title",
						"Flow first (test)", "grade", "PARTNERS", "sourceType", "COUNCILLOR", "observedOn",
						"2008-06-02", "addressText", "Park", "neighbourhood", "greenhill")));
		CommunityIntelligence.Recorded second = intelligence.record(context,
				ItemForm.of(IntelligenceFixture.form("kind", "REQUEST", "category", "cleaner-and-greener", "title",
						"Flow second (test)", "grade", "PUBLIC", "sourceType", "RESIDENT", "observedOn", "2008-06-03",
						"addressText", "Park", "neighbourhood", "greenhill")));
		long id = first.id();
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.RESPOND, "", ""))
			.contains("Enter the response");
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.RESPOND, "Patrols increased", ""))
			.isEmpty();
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.ESCALATE,
				"Greenhill NAP action: diversionary activities", ""))
			.isEmpty();
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.LINK, second.reference(), "")).isEmpty();
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.LINK, "CI-999999999", ""))
			.contains("Enter the reference of another item you can see, like CI-000012");
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.CLOSE, "Resolved at the JAG", ""))
			.isEmpty();
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.RESPOND, "Late", ""))
			.contains("This item is closed");
		String page = mvc.perform(get(BASE + "/items/" + id).with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Patrols increased", "Greenhill NAP action: diversionary activities",
				"Resolved at the JAG", second.reference(), "Closed");
		assertThat(jdbc
			.sql("select count(*) from audit_entries where record_type = 'intelligence-item' and record_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void personalDataPastItsReviewDateIsFlaggedAndErasedWithTheErasureAudited() throws Exception {
		PartnershipContext context = IntelligenceFixture.context(jdbc, partnerships, MANAGER);
		CommunityIntelligence.Recorded recorded = intelligence.record(context,
				ItemForm.of(IntelligenceFixture.form("kind", "CONCERN", "category", "safer-communities", "title",
						"Named resident at risk (test)", "details", "Lives at 1 Example Street", "grade", "PERSONAL",
						"sourceType", "PARTNER_OFFICER", "observedOn", "2008-06-02", "addressText", "1 Example Street",
						"neighbourhood", "greenhill", "retainUntil", LocalDate.now().plusMonths(6).toString())));
		long id = recorded.id();
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.ERASE, "", ""))
			.contains("Only personal data past its review date can be erased");
		jdbc.sql("update intelligence_items set retain_until = current_date - 1 where id = :id")
			.param("id", id)
			.update();
		assertThat(mvc.perform(get(BASE).with(user(MANAGER))).andReturn().getResponse().getContentAsString())
			.contains("Personal data past its review date");
		var erase = mvc.perform(post(BASE + "/items/" + id).with(csrf()).with(user(MANAGER)).param("action", "erase"))
			.andReturn()
			.getResponse();
		assertThat(erase.getStatus()).isEqualTo(302);
		Map<String, Object> row = jdbc
			.sql("select title, details, address_text, erased_at from intelligence_items where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.get("title")).isEqualTo("[Erased personal data]");
		assertThat(row.get("details")).isEqualTo("");
		assertThat(row.get("address_text")).isEqualTo("");
		assertThat(row.get("erased_at")).isNotNull();
		assertThat(jdbc.sql("""
				select count(*) from audit_entries where record_type = 'intelligence-item' and record_id = :id
				and action = 'erased'
				""").param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from audit_entries where record_type = 'intelligence-item' and record_id = :id
				and (cast(after_values as text) like '%Example Street%' or summary like '%Example Street%'
				     or cast(after_values as text) like '%Named resident%')
				""").param("id", String.valueOf(id)).query(Long.class).single())
			.as("the audit log never holds the personal data")
			.isZero();
	}

	private static RequestPostProcessor client() {
		String address = "10.77.0." + CLIENTS.getAndIncrement();
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static MockHttpServletRequestBuilder tellUs(String title) {
		return tellUs(title, "Bins overflowing every weekend");
	}

	private static MockHttpServletRequestBuilder tellUs(String title, String details) {
		return post(TELL_US).with(csrf())
			.param("neighbourhood", "greenhill")
			.param("category", "cleaner-and-greener")
			.param("title", title)
			.param("details", details)
			.param("addressText", "Hoo Ash Close");
	}

	@Test
	void residentsReportWithoutSigningInAndGetAReferenceButNothingIsPublished() throws Exception {
		String page = mvc.perform(tellUs("Overflowing bins (resident test)").with(client()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Your reference number");
		String reference = page.replaceAll("(?s).*data-testid=\"reference\">(CI-\\d+)<.*", "$1");
		Map<String, Object> row = jdbc
			.sql("select grade, status, source_type from intelligence_items where reference = :r")
			.param("r", reference)
			.query()
			.singleRow();
		assertThat(row).containsEntry("grade", "PARTNERS")
			.containsEntry("status", "UNVERIFIED")
			.containsEntry("source_type", "PUBLIC_FORM");
		assertThat(mvc.perform(get(BASE + "?status=UNVERIFIED").with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(reference);
		assertThat(mvc.perform(get("/public/leicestershire-together/neighbourhoods/greenhill/you-said-we-did"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Overflowing bins (resident test)");
	}

	@Test
	void theHoneypotSizeLimitsAndRateLimitStopAbuse() throws Exception {
		RequestPostProcessor robot = client();
		String trapped = mvc
			.perform(tellUs("Robot (resident test)").param("website", "http://spam.example").with(robot))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(trapped).contains("Thank you").doesNotContain("Your reference number");
		assertThat(saved("Robot (resident test)")).isZero();

		String tooLong = mvc.perform(tellUs("Too long (resident test)", "y".repeat(2001)).with(client()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("Use 2,000 characters or fewer for the details (you used 2,001)");
		assertThat(saved("Too long (resident test)")).isZero();

		String missing = mvc.perform(post(TELL_US).with(csrf()).with(client()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missing).contains("Select your neighbourhood", "Select what it is about",
				"Tell us in a few words what it is about");

		RequestPostProcessor burst = client();
		for (int i = 1; i <= CommunityIntelligence.SUBMISSIONS_PER_HOUR; i++) {
			assertThat(mvc.perform(tellUs("Burst " + i + " (resident test)").with(burst))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(200);
		}
		var refused = mvc.perform(tellUs("Burst too many (resident test)").with(burst)).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentAsString()).contains("Please try again later");
		assertThat(saved("Burst too many (resident test)")).isZero();
		assertThat(mvc.perform(tellUs("Another client (resident test)").with(client()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void unknownPartnershipsAndNeighbourhoodsOnPublicPagesAreNotFound() throws Exception {
		assertThat(mvc.perform(get("/public/no-such-partnership/tell-us")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/public/leicestershire-together/neighbourhoods/atlantis/you-said-we-did"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void verifyingAResidentsReportGradesIt() throws Exception {
		String page = mvc.perform(tellUs("To verify (resident test)").with(client()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reference = page.replaceAll("(?s).*data-testid=\"reference\">(CI-\\d+)<.*", "$1");
		long id = jdbc.sql("select id from intelligence_items where reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single();
		PartnershipContext context = IntelligenceFixture.context(jdbc, partnerships, MANAGER);
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.VERIFY, "", "PERSONAL"))
			.contains("Select who may see it: public, partners or restricted");
		assertThat(intelligence.act(context, id, CommunityIntelligence.Action.VERIFY, "Checked", "PUBLIC")).isEmpty();
		assertThat(jdbc.sql("select grade || '/' || status from intelligence_items where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("PUBLIC/OPEN");
	}

}
