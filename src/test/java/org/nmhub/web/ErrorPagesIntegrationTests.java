package org.nmhub.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Error pages say what happened in plain words, with the right status, and never show a
 * stack trace or an exception's text.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void serverErrorShowsAnApologyAndNoExceptionDetail() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret table users_x")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(allOf(containsString("Sorry, there is a problem with the service"),
					not(containsString("secret table")), not(containsString("IllegalStateException")),
					not(containsString("at org.")))));
	}

	@Test
	void forbiddenPageExplainsWhoToAsk() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("You do not have permission to see this page")));
	}

	@Test
	void missingPageIsA404WithGuidance() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void unknownNeighbourhoodIsNotFound() throws Exception {
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/neighbourhoods/atlantis")
			.with(user(DemoUsers.email("manager", DemoUsers.COUNTY)))).andExpect(status().isNotFound());
	}

	@Test
	void unknownRoleIsABadRequestAndChangesNothing() throws Exception {
		String roles = jdbc.sql("select string_agg(role, ',' order by id) from memberships")
			.query(String.class)
			.single();
		mvc.perform(post("/p/" + DemoUsers.COUNTY + "/members/1/role").param("role", "EMPEROR")
			.with(user(DemoUsers.email("administrator", DemoUsers.COUNTY)))
			.with(csrf())).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select string_agg(role, ',' order by id) from memberships").query(String.class).single())
			.isEqualTo(roles);
	}

}
