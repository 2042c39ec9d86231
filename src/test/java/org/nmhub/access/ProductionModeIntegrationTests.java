package org.nmhub.access;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.NmHubApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Production mode has no usable defaults: it needs an external database, and demo
 * passwords must be changed before anything else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProductionModeIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private MockMvc mvc;

	@AfterEach
	void backToDevelopment() {
		jdbc.sql("update users set must_change_password = false").update();
	}

	@Test
	void productionModeRefusesToStartOnTheEmbeddedDatabase() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(NmHubApplication.class)
			.run("--nmhub.mode=production", "--server.port=0", "--spring.datasource.url=")
			.close()).rootCause().hasMessageContaining("NMHUB_DB_URL is not set");
	}

	@Test
	void demoUsersMustChangeTheirPasswordInProductionMode() throws Exception {
		new AccessDemoData(jdbc, events, false, "production").run(null);
		String manager = DemoUsers.email("manager", DemoUsers.COUNTY);
		mvc.perform(get("/p/" + DemoUsers.COUNTY).with(user(manager))).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").with(user(manager))).andExpect(status().isOk());
	}

	@Test
	void developmentModeDoesNotForceAPasswordChange() throws Exception {
		new AccessDemoData(jdbc, events, false, "development").run(null);
		assertThat(jdbc.sql("select count(*) from users where must_change_password").query(Long.class).single())
			.isZero();
	}

}
