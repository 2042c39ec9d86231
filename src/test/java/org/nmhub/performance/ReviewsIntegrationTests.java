package org.nmhub.performance;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmhub.PdfText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmhub.performance.PerformanceFixture.ADMINISTRATOR;
import static org.nmhub.performance.PerformanceFixture.BASE;
import static org.nmhub.performance.PerformanceFixture.OFFICER;
import static org.nmhub.performance.PerformanceFixture.PARTNER;
import static org.nmhub.performance.PerformanceFixture.as;
import static org.nmhub.performance.PerformanceFixture.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The six-monthly review: its board report as a page and a PDF, with exceptions, missed
 * milestones, risks above appetite, reward targets at risk and decisions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewsIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private PerformanceFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PerformanceFixture(mvc, jdbc);
	}

	private long demoReview() {
		return jdbc.sql(
				"select id from performance_reviews where partnership_id = :p and title = 'First six-monthly review of the LAA'")
			.param("p", fixture.county())
			.query(Long.class)
			.single();
	}

	private byte[] pdf(long review) throws Exception {
		var response = mvc.perform(as(OFFICER, get(BASE + "/reviews/" + review + "/report.pdf")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		return response.getContentAsByteArray();
	}

	@Test
	void demoReviewOf20November2006ShowsTheSeedPositionWithGapsSaidSo() throws Exception {
		String html = fixture.page(OFFICER, BASE + "/reviews/" + demoReview());
		assertThat(html).contains("First six-monthly review of the LAA, 20 November 2006", "Safer Communities",
				"RG6 Reducing level of offending", "No baseline, so there is no trajectory",
				"No stretch target recorded", "Redundancy costs if the activity is not mainstreamed");
		String text = PdfText.of(pdf(demoReview())).replaceAll("\\s+", " ");
		assertThat(text).contains("Board report", "Leicestershire Together", "First six-monthly review",
				"RAG by block and outcome", "Reward targets at risk", "RG12", "Neighbourhood contribution");
	}

	@Test
	void reportShowsExceptionsMissedMilestonesRisksAndDecisionsInThePdf() throws Exception {
		long version = fixture.version();
		String code = unique("RV");
		long indicator = fixture.indicator(fixture.outcome(unique("B")), code);
		mvc.perform(as(OFFICER, post(BASE + "/indicators/" + indicator + "/targets")).param("targetDate", "2007-03-31")
			.param("targetValue", "200"));
		mvc.perform(as(PARTNER,
				post(BASE + "/indicators/" + indicator + "/periods/" + fixture.period("Q2 2006/07") + "/return"))
			.param("actual", "101"));
		long returned = jdbc.sql("select id from performance_returns where indicator_id = :i")
			.param("i", indicator)
			.query(Long.class)
			.single();
		mvc.perform(as(OFFICER, post(BASE + "/returns/" + returned + "/approve")));

		String project = unique("Project ");
		mvc.perform(as(OFFICER, post(BASE + "/versions/" + version + "/projects")).param("blockId", "")
			.param("name", project)
			.param("manager", "Test manager")
			.param("budget", "12,500"));
		long projectId = jdbc.sql("select id from performance_projects where name = :n")
			.param("n", project)
			.query(Long.class)
			.single();
		String milestone = unique("Milestone ");
		mvc.perform(as(OFFICER, post(BASE + "/versions/" + version + "/milestones"))
			.param("projectId", String.valueOf(projectId))
			.param("title", milestone)
			.param("dueOn", "2006-10-01"));
		String risk = unique("Risk ");
		mvc.perform(as(OFFICER, post(BASE + "/versions/" + version + "/risks")).param("riskBlockId", "")
			.param("description", risk)
			.param("likelihood", "4")
			.param("impact", "5")
			.param("owner", "SSOG"));

		String title = unique("Review ");
		mvc.perform(as(OFFICER, post(BASE + "/reviews")).param("title", title)
			.param("heldOn", "2006-11-20")
			.param("riskAppetite", "12"));
		long review = jdbc.sql("select id from performance_reviews where title = :t")
			.param("t", title)
			.query(Long.class)
			.single();
		mvc.perform(as(OFFICER, post(BASE + "/reviews/" + review + "/decisions"))
			.param("decidedBy", "Strategic Senior Officer Group")
			.param("decision", "Move resources to the Safer block " + code)
			.param("fromOutcomeId", String.valueOf(outcome("RG6")))
			.param("toOutcomeId", String.valueOf(outcome("SA7")))
			.param("amount", "25000"));

		String text = PdfText.of(pdf(review)).replaceAll("\\s+", " ");
		assertThat(text).contains(code, "Red", milestone, risk, "4 × 5 = 20",
				"Move resources to the Safer block " + code, "£25,000.00 from RG6");
	}

	private long outcome(String code) {
		return jdbc.sql("select id from performance_outcomes where version_id = :v and code = :c")
			.param("v", fixture.version())
			.param("c", code)
			.query(Long.class)
			.single();
	}

	@Test
	void badReviewsAndDecisionsAreRefusedNamingTheField() throws Exception {
		String title = unique("Review ");
		String html = mvc
			.perform(as(OFFICER, post(BASE + "/reviews")).param("title", title)
				.param("heldOn", "20/11/2006")
				.param("riskAppetite", "30"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("The review date must be a real date", "The risk appetite must be a whole number");
		assertThat(jdbc.sql("select count(*) from performance_reviews where title = :t")
			.param("t", title)
			.query(Long.class)
			.single()).isZero();

		String decision = unique("Decision ");
		String refused = mvc
			.perform(as(OFFICER, post(BASE + "/reviews/" + demoReview() + "/decisions")).param("decidedBy", "SSOG")
				.param("decision", decision)
				.param("amount", "lots"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("The amount must be a number");
		assertThat(jdbc.sql("select count(*) from performance_review_decisions where decision = :d")
			.param("d", decision)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void boardMembersReadTheReportButPartnerOfficersDoNot() throws Exception {
		String board = org.nmhub.DemoUsers.email("board", org.nmhub.DemoUsers.COUNTY);
		assertThat(fixture.page(board, BASE + "/reviews/" + demoReview())).contains("Board report")
			.doesNotContain("Record a decision");
		assertThat(
				mvc.perform(as(PARTNER, get(BASE + "/reviews/" + demoReview()))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(fixture.page(ADMINISTRATOR, BASE + "/delivery")).contains("Delivery plan",
				"Performance management system produces reports for the first six-monthly review", "Overdue");
	}

}
