package org.nmhub.access;

import org.junit.jupiter.api.AfterEach;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SignInIntegrationTests {

	private static final String PARTNER = DemoUsers.email("partner", DemoUsers.CITY);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void unlock() {
		jdbc.sql("update users set failed_sign_ins = 0, locked_until = null where email = :e")
			.param("e", PARTNER)
			.update();
	}

	private MvcResult signIn(String email, String password) throws Exception {
		return mvc.perform(post("/sign-in").param("email", email).param("password", password).with(csrf())).andReturn();
	}

	@Test
	void demoUserSignsInAndLandsOnTheirPartnership() throws Exception {
		MvcResult result = signIn(PARTNER, DemoUsers.PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		mvc.perform(get("/").cookie(result.getResponse().getCookie("NMHUB_SESSION")))
			.andExpect(redirectedUrl("/p/" + DemoUsers.CITY));
	}

	@Test
	void passwordsAreStoredOnlyAsDelegatingBcryptHashes() {
		String hash = jdbc.sql("select password_hash from users where email = :e")
			.param("e", PARTNER)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain(DemoUsers.PASSWORD);
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
		MvcResult wrongPassword = signIn(PARTNER, "not-the-password");
		MvcResult unknownUser = signIn("nobody@nowhere.example", "not-the-password");
		assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
		assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
		mvc.perform(get("/sign-in").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Enter a correct email address and password")));
	}

	@Test
	void accountIsLockedAfterFiveFailuresEvenForTheRightPassword() throws Exception {
		for (int i = 0; i < 5; i++) {
			signIn(PARTNER, "wrong-" + i);
		}
		MvcResult rightPassword = signIn(PARTNER, DemoUsers.PASSWORD);
		assertThat(rightPassword.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
		unlock();
		assertThat(signIn(PARTNER, DemoUsers.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void successfulSignInClearsEarlierFailures() throws Exception {
		signIn(PARTNER, "wrong");
		signIn(PARTNER, DemoUsers.PASSWORD);
		int failures = jdbc.sql("select failed_sign_ins from users where email = :e")
			.param("e", PARTNER)
			.query(Integer.class)
			.single();
		assertThat(failures).isZero();
	}

	@Test
	void formWithoutCsrfTokenIsRefusedWithAnExpiredFormPage() throws Exception {
		String administrator = DemoUsers.email("administrator", DemoUsers.CITY);
		Cookie session = mvc.perform(get("/p/" + DemoUsers.CITY + "/settings").with(user(administrator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getCookie("NMHUB_SESSION");
		assertThat(session).as("a session is kept in PostgreSQL and named by its cookie").isNotNull();
		MvcResult result = mvc
			.perform(post("/p/" + DemoUsers.CITY + "/settings").cookie(session)
				.param("name", "Hijacked")
				.with(user(administrator)))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(result.getRequest().getAttribute(SecurityConfiguration.CSRF_FAILED)).isEqualTo(Boolean.TRUE);
		String name = jdbc.sql("select name from partnerships where slug = :s")
			.param("s", DemoUsers.CITY)
			.query(String.class)
			.single();
		assertThat(name).isEqualTo("Leicester Partnership");
	}

	@Test
	void formPostedWithoutAnySessionIsTreatedAsAnExpiredSession() throws Exception {
		String administrator = DemoUsers.email("administrator", DemoUsers.CITY);
		mvc.perform(post("/p/" + DemoUsers.CITY + "/settings").param("name", "Hijacked").with(user(administrator)))
			.andExpect(redirectedUrl("/sign-in?expired"));
		String name = jdbc.sql("select name from partnerships where slug = :s")
			.param("s", DemoUsers.CITY)
			.query(String.class)
			.single();
		assertThat(name).isEqualTo("Leicester Partnership");
	}

	@Test
	void expiredSessionIsSentToSignInWithAnExplanation() throws Exception {
		String unknownSession = java.util.Base64.getEncoder()
			.encodeToString(java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		mvc.perform(get("/p/" + DemoUsers.CITY).cookie(new Cookie("NMHUB_SESSION", unknownSession)))
			.andExpect(redirectedUrl("/sign-in?expired"));
		mvc.perform(get("/sign-in").param("expired", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Your session has ended")));
	}

	@Test
	void pagesCarrySecureHeadersAndAContentSecurityPolicyWithoutInlineScript() throws Exception {
		MvcResult result = mvc.perform(get("/sign-in"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(result.getResponse().getContentAsString()).doesNotContainPattern("<script>(?!</script>)");
	}

}
