package org.nmhub.plans;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.PdfText;
import org.nmhub.performance.Framework;
import org.nmhub.performance.OutcomeSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmhub.plans.PlanFixtures.BASE;
import static org.nmhub.plans.PlanFixtures.MANAGER;
import static org.nmhub.plans.PlanFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PlanExportsIntegrationTests {

	private static final String BOARD = DemoUsers.email("board", DemoUsers.COUNTY);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Framework framework;

	private long demoPlan(String title) {
		return jdbc.sql("select id from action_plans where title = :t and plan_version = 1")
			.param("t", title)
			.query(Long.class)
			.single();
	}

	private MockHttpServletResponse download(String path) throws Exception {
		return mvc.perform(get(path).with(user(BOARD))).andExpect(status().isOk()).andReturn().getResponse();
	}

	@Test
	void thePrintablePlanSaysWhatThePlanSays() throws Exception {
		long plan = demoPlan("Greenhill Neighbourhood Action Plan 2008 to 2011");
		MockHttpServletResponse response = download(BASE + "/plans/" + plan + "/plan.pdf");
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.contains("greenhill-neighbourhood-action-plan-2008-to-2011-v1.pdf");
		String text = PdfText.of(response.getContentAsByteArray()).replaceAll("\\s+", " ");
		assertThat(text).contains("Greenhill Neighbourhood Action Plan 2008 to 2011", "Illustrative demo plan",
				"Agreed by Greenhill NAT on 17 April 2008", "Endorsed by North West Leicestershire District LSP",
				"Opportunities and facilities for young people", "Run a weekly youth club at the community centre",
				"£8,000.00 cash from Youth service budget", "100% Green – Completed", "actions have something missing",
				"Better public transport");
	}

	@Test
	void theCountyPlanPrintsTheRecommendationsWithTheirMarks() throws Exception {
		long plan = demoPlan("County neighbourhood-management action plan 2009 to 2012");
		String text = PdfText.of(download(BASE + "/plans/" + plan + "/plan.pdf").getContentAsByteArray())
			.replaceAll("\\s+", " ");
		assertThat(text).contains("Governance", "S A sub-group should be established under the County LSP",
				"S/D Developing ways of delivering community development", "Partnership working");
	}

	@Test
	void actionsExportAsCsvAndXlsxWithTypedCellsAndNoFormulas() throws Exception {
		PlanFixtures fixtures = new PlanFixtures(mvc, jdbc);
		long plan = fixtures.greenhillPlan(unique("Export plan"));
		long priority = fixtures.priority(plan, "=Crime priority");
		mvc.perform(fixtures.actionRequest(plan, priority, "=HYPERLINK(\"http://evil.example\")", "successMeasure",
				"+10% fewer incidents"))
			.andExpect(status().is3xxRedirection());
		fixtures.ledAction(plan, priority, "Monthly PACT meetings");

		MockHttpServletResponse csv = download(BASE + "/plans/" + plan + "/actions.csv");
		assertThat(csv.getContentType()).startsWith("text/csv");
		String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = text.lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFPriority,Place or person,LAA theme,Action,Level");
		assertThat(text).contains("'=Crime priority", "'=HYPERLINK", "'+10% fewer incidents",
				"Monthly PACT meetings,,,Police,Demo partner officer (Police),North West Leicestershire District Council,"
						+ "2009-05-01,2010-03-31,12500.00,In kind,Police neighbourhood team time");

		byte[] xlsx = download(BASE + "/plans/" + plan + "/actions.xlsx").getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			Row pact = rows.get(2);
			assertThat(pact.getCellText(3)).isEqualTo("Monthly PACT meetings");
			assertThat(pact.getCellAsNumber(11)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12500"));
			assertThat(pact.getCellAsDate(10))
				.hasValueSatisfying(d -> assertThat(d.toLocalDate().toString()).isEqualTo("2010-03-31"));
			assertThat(rows.get(1).getCellText(3)).startsWith("'=HYPERLINK");
		}
	}

	@Test
	void anActionNamesAnOutcomeOfThePartnershipsLaaFramework() throws Exception {
		PlanFixtures fixtures = new PlanFixtures(mvc, jdbc);
		long plan = fixtures.greenhillPlan(unique("LAA plan"));
		long priority = fixtures.priority(plan, "Crime");
		long county = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		OutcomeSummary first = framework.outcomes(county).get(0);
		Object[] outcome = { first.id(), first.code() };
		String form = mvc.perform(get(BASE + "/plans/" + plan + "/actions/new").with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("value=\"" + outcome[0] + "\"");
		mvc.perform(
				fixtures.actionRequest(plan, priority, "Towards the LAA", "laaOutcomeId", String.valueOf(outcome[0])))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get(BASE + "/plans/" + plan).with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("LAA outcome " + outcome[1] + " – ");
		assertThat(mvc.perform(fixtures.actionRequest(plan, priority, "Bogus LAA", "laaOutcomeId", "999999"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Select one of the LAA outcomes listed");
	}

}
