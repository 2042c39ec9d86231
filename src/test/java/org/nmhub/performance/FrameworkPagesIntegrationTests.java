package org.nmhub.performance;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmhub.performance.PerformanceFixture.BASE;
import static org.nmhub.performance.PerformanceFixture.OFFICER;
import static org.nmhub.performance.PerformanceFixture.PARTNER;
import static org.nmhub.performance.PerformanceFixture.as;
import static org.nmhub.performance.PerformanceFixture.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A performance officer sets up the framework through its pages; bad input is refused
 * with a message naming the field or row, and nothing is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkPagesIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private PerformanceFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PerformanceFixture(mvc, jdbc);
	}

	private long count(String table, String codeColumn, String code) {
		return jdbc.sql("select count(*) from " + table + " where " + codeColumn + " = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

	@Test
	void overviewShowsTheSeedAgreementWithMissingValuesSaidSo() throws Exception {
		String html = fixture.page(OFFICER, BASE);
		assertThat(html).contains("Leicestershire Local Area Agreement 2006", "RG6", "£15,400,000.00", "missing",
				"Safer Communities");
	}

	@Test
	void createsAnIndicatorAndRefusesADuplicateCode() throws Exception {
		String code = unique("TI");
		long outcome = fixture.outcome(unique("B"));
		fixture.indicator(outcome, code);
		assertThat(count("performance_indicators", "code", code)).isEqualTo(1);
		String html = mvc.perform(fixture.indicatorPost(outcome, code, "5", "2006-03-31"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("There is already an indicator " + code + " in this version");
		assertThat(count("performance_indicators", "code", code)).isEqualTo(1);
	}

	@Test
	void refusesBadNumbersAndDatesNamingTheField() throws Exception {
		String code = unique("TI");
		long outcome = fixture.outcome(unique("B"));
		String html = mvc.perform(fixture.indicatorPost(outcome, code, "lots", "31/02/2006"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("The baseline value must be a number", "The baseline date must be a real date",
				"href=\"#baselineValue\"");
		assertThat(count("performance_indicators", "code", code)).isZero();
	}

	@Test
	void refusesATargetWithoutABaseline() throws Exception {
		String code = unique("TI");
		long outcome = fixture.outcome(unique("B"));
		mvc.perform(fixture.indicatorPost(outcome, code, "", ""));
		long id = fixture.indicatorId(code);
		String html = mvc
			.perform(as(OFFICER, post(BASE + "/indicators/" + id + "/targets")).param("targetDate", "2009-03-31")
				.param("targetValue", "200"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Set the indicator&#39;s baseline");
		assertThat(jdbc.sql("select count(*) from performance_targets where indicator_id = :i")
			.param("i", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void targetsMakeATrajectoryAndTheStatusFollowsApprovedActuals() throws Exception {
		String code = unique("TI");
		long id = fixture.indicator(fixture.outcome(unique("B")), code);
		mvc.perform(as(OFFICER, post(BASE + "/indicators/" + id + "/targets")).param("targetDate", "2007-03-31")
			.param("targetValue", "200"));
		String html = fixture.page(OFFICER, BASE + "/indicators/" + id);
		assertThat(html).contains("No approved actual yet", "31 March 2007");
	}

	@Test
	void importIsAllOrNothingAndNamesTheRowOfAnUnknownBlock() throws Exception {
		String good = unique("IM");
		String bad = unique("IM");
		String csv = "block_code,outcome_code,outcome_title,indicator_code,indicator_title,polarity,baseline_value,baseline_date,targets\n"
				+ "SA,SA6,," + good + ",Imported indicator,LOWER_IS_BETTER,50,2006-03-31,2009-03-31=40\n"
				+ "NOPE,X1,New outcome," + bad + ",Another,HIGHER_IS_BETTER,,,\n";
		String html = mvc
			.perform(as(OFFICER,
					multipart(BASE + "/versions/" + fixture.version() + "/import")
						.file(new MockMultipartFile("file", "framework.csv", "text/csv", csv.getBytes()))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Row 3, column block_code: Unknown block NOPE");
		assertThat(count("performance_indicators", "code", good)).isZero();

		String fixed = csv.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow();
		var response = mvc
			.perform(as(OFFICER,
					multipart(BASE + "/versions/" + fixture.version() + "/import")
						.file(new MockMultipartFile("file", "framework.csv", "text/csv", fixed.getBytes()))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(count("performance_indicators", "code", good)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select t.target_value from performance_targets t join performance_indicators i on i.id = t.indicator_id
				where i.code = :c
				""").param("c", good).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("40");
	}

	@Test
	void importRefusesTargetsWithoutABaselineAndDuplicateCodes() throws Exception {
		String code = unique("IM");
		String csv = "block_code,outcome_code,indicator_code,indicator_title,targets\n" + "SA,SA6," + code
				+ ",One,2009-03-31=40\n" + "SA,SA6," + code + ",Two,\n";
		String html = mvc
			.perform(as(OFFICER,
					multipart(BASE + "/versions/" + fixture.version() + "/import")
						.file(new MockMultipartFile("file", "framework.csv", "text/csv", csv.getBytes()))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Row 2, column targets: Targets need a baseline value and date",
				"Row 3, column indicator_code: The indicator code " + code + " is in the file twice");
		assertThat(count("performance_indicators", "code", code)).isZero();
	}

	@Test
	void exportsTheFrameworkAsCsvAndXlsx() throws Exception {
		var csv = mvc.perform(as(OFFICER, get(BASE + "/versions/" + fixture.version() + "/export.csv")))
			.andReturn()
			.getResponse();
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("block_code", "RG6",
				"Reducing level of offending");
		var xlsx = mvc.perform(as(OFFICER, get(BASE + "/versions/" + fixture.version() + "/export.xlsx")))
			.andReturn()
			.getResponse();
		assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
	}

	@Test
	void partnerOfficerSeesOnlyTheirOrganisationsIndicators() throws Exception {
		String html = fixture.page(PARTNER, BASE);
		assertThat(html).contains("RG6", "RG7").doesNotContain("RG1 ", "Increasing physical activity");
		long rg1 = fixture.indicatorId("RG1");
		assertThat(mvc.perform(as(PARTNER, get(BASE + "/indicators/" + rg1))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(as(PARTNER, get(BASE + "/indicators/" + fixture.indicatorId("RG6"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void partnerOfficerCannotChangeTheFramework() throws Exception {
		String code = unique("TI");
		assertThat(mvc
			.perform(as(PARTNER, post(BASE + "/versions/" + fixture.version() + "/blocks/new")).param("code", code)
				.param("name", code))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(count("performance_blocks", "code", code)).isZero();
	}

}
