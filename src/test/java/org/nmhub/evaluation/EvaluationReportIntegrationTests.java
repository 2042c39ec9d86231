package org.nmhub.evaluation;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.PdfText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The evaluation report's formats, its template, and who may do what. */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationReportIntegrationTests {

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/evaluation/report";

	private static final String PERFORMANCE = DemoUsers.email("performance", DemoUsers.COUNTY);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void standardTemplate() {
		jdbc.sql("delete from evaluation_report_templates where partnership_id = (select id from partnerships "
				+ "where slug = :slug)")
			.param("slug", DemoUsers.COUNTY)
			.update();
	}

	@Test
	void theReportComesAsPdfAndAWorkbookOfTheSameSections() throws Exception {
		byte[] pdf = mvc.perform(get(BASE + ".pdf").param("scope", "district:E07000134").with(user(PERFORMANCE)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PdfText.of(pdf).replaceAll("\\s+", " ")).contains("Neighbourhood management evaluation",
				"North West Leicestershire", "Figures against the baseline", "Delivery of the action plan", "Spend");

		byte[] xlsx = mvc.perform(get(BASE + ".xlsx").param("scope", "district:E07000134").with(user(PERFORMANCE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets.get(0).getName()).isEqualTo("Summary");
			List<String> sections = sheets.get(0).read().stream().skip(1).map(r -> r.getCellText(0)).toList();
			assertThat(sections).contains("Covering", "Figures against the baseline", "Delivery of the action plan",
					"Partnership health", "Spend");
		}
	}

	@Test
	void aTailoredTemplateDropsSectionsAndBadTemplatesChangeNothing() throws Exception {
		mvc.perform(post(BASE + "/template").param("title", "Annual evaluation")
			.param("sections", "QUANTITATIVE", "DELIVERY")
			.with(user(PERFORMANCE))
			.with(csrf())).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get(BASE).param("scope", "neighbourhood:greenhill").with(user(PERFORMANCE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Annual evaluation", "data-section=\"QUANTITATIVE\"", "data-section=\"DELIVERY\"")
			.doesNotContain("data-section=\"SPEND\"", "data-section=\"LAA\"");
		assertThat(jdbc.sql("select count(*) from audit_entries where record_type = 'evaluation-report-template'")
			.query(Integer.class)
			.single()).isPositive();

		for (var bad : List.of(new String[] { "", "DELIVERY" }, new String[] { "Title" },
				new String[] { "Title", "NOT_A_SECTION" }, new String[] { "x".repeat(201), "DELIVERY" })) {
			var request = post(BASE + "/template").param("title", bad[0]).with(user(PERFORMANCE)).with(csrf());
			for (int i = 1; i < bad.length; i++) {
				request.param("sections", bad[i]);
			}
			mvc.perform(request).andExpect(status().isOk());
		}
		mvc.perform(post(BASE + "/template").param("title", "Annual evaluation")
			.param("sections", "DELIVERY")
			.param("indicators", "iod:no_such_indicator")
			.with(user(PERFORMANCE))
			.with(csrf())).andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select title from evaluation_report_templates t join partnerships p on p.id = t.partnership_id
				where p.slug = :slug
				""").param("slug", DemoUsers.COUNTY).query(String.class).single()).isEqualTo("Annual evaluation");
	}

	@Test
	void everyMemberReadsTheReportButOnlyAdministratorsAndPerformanceOfficersTailorIt() throws Exception {
		mvc.perform(get(BASE).with(user(DemoUsers.email("board", DemoUsers.COUNTY)))).andExpect(status().isOk());
		String partner = mvc
			.perform(get(BASE).param("scope", "neighbourhood:greenhill")
				.with(user(DemoUsers.email("partner", DemoUsers.COUNTY))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(partner).contains("not shown to partner officers");
		mvc.perform(get(BASE + "/template").with(user(DemoUsers.email("manager", DemoUsers.COUNTY))))
			.andExpect(status().isForbidden());
		mvc.perform(post(BASE + "/template").param("title", "Mine")
			.param("sections", "DELIVERY")
			.with(user(DemoUsers.email("coordinator", DemoUsers.COUNTY)))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(BASE).param("scope", "neighbourhood:no-such-place").with(user(PERFORMANCE)))
			.andExpect(status().isNotFound());
		mvc.perform(get(BASE + ".pdf").param("scope", "district:<script>").with(user(PERFORMANCE)))
			.andExpect(status().isNotFound());
		mvc.perform(get(BASE).with(user(DemoUsers.email("performance", DemoUsers.CITY))))
			.andExpect(status().isForbidden());
	}

}
