package org.nmhub.performance;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.nmhub.DemoUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Builds performance records for tests in the demo county's current version, each with
 * its own codes, through the same pages a performance officer uses.
 */
final class PerformanceFixture {

	static final String BASE = "/p/" + DemoUsers.COUNTY + "/performance";

	static final String OFFICER = DemoUsers.email("performance", DemoUsers.COUNTY);

	static final String ADMINISTRATOR = DemoUsers.email("administrator", DemoUsers.COUNTY);

	static final String PARTNER = DemoUsers.email("partner", DemoUsers.COUNTY);

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	PerformanceFixture(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	long county() {
		return jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
	}

	long version() {
		return jdbc.sql("select " + FrameworkQueries.CURRENT_VERSION).param("p", county()).query(Long.class).single();
	}

	long organisation(String name) {
		return jdbc.sql("select id from organisations where name = :n").param("n", name).query(Long.class).single();
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	static MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(email)).with(csrf());
	}

	static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder as(String email,
			org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request) {
		request.with(user(email)).with(csrf());
		return request;
	}

	/** A page's HTML, asserting it rendered. */
	String page(String email, String path) throws Exception {
		var response = mvc.perform(as(email, get(path))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A new block with an outcome in the current version; returns the outcome's id. */
	long outcome(String blockCode) throws Exception {
		mvc.perform(as(OFFICER, post(BASE + "/versions/" + version() + "/blocks/new")).param("code", blockCode)
			.param("name", "Test block " + blockCode)
			.param("leadOrganisationId", ""));
		long block = jdbc.sql("select id from performance_blocks where version_id = :v and code = :c")
			.param("v", version())
			.param("c", blockCode)
			.query(Long.class)
			.single();
		mvc.perform(as(OFFICER, post(BASE + "/versions/" + version() + "/outcomes/new"))
			.param("blockId", String.valueOf(block))
			.param("code", blockCode + "1")
			.param("title", "Test outcome"));
		return jdbc.sql("select id from performance_outcomes where version_id = :v and code = :c")
			.param("v", version())
			.param("c", blockCode + "1")
			.query(Long.class)
			.single();
	}

	/** An indicator owned by the Police (the demo partner officer's organisation). */
	MockHttpServletRequestBuilder indicatorPost(long outcome, String code, String baseline, String baselineDate) {
		return as(OFFICER, post(BASE + "/versions/" + version() + "/indicators/new"))
			.param("outcomeId", String.valueOf(outcome))
			.param("code", code)
			.param("title", "Test indicator " + code)
			.param("polarity", "HIGHER_IS_BETTER")
			.param("frequency", "QUARTERLY")
			.param("dataOwnerId", String.valueOf(organisation("Police")))
			.param("leadOrganisationId", "")
			.param("baselineValue", baseline)
			.param("baselineDate", baselineDate)
			.param("minimumValue", "0")
			.param("maximumValue", "1000")
			.param("weight", "1");
	}

	long indicator(long outcome, String code) throws Exception {
		mvc.perform(indicatorPost(outcome, code, "100", "2006-03-31"));
		return indicatorId(code);
	}

	long indicatorId(String code) {
		return jdbc.sql("select id from performance_indicators where version_id = :v and code = :c")
			.param("v", version())
			.param("c", code)
			.query(Long.class)
			.single();
	}

	long period(String label) {
		return jdbc.sql("select id from performance_periods where version_id = :v and label = :l")
			.param("v", version())
			.param("l", label)
			.query(Long.class)
			.single();
	}

}
