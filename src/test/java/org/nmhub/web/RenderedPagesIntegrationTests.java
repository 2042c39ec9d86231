package org.nmhub.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.WebSession;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept pages (the neighbourhood profile and the dashboards, {@link RenderedPages}) are
 * sent as kept only to the member they were rendered for, with each request's own CSRF
 * token, and never outlive a change to what they show.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RenderedPagesIntegrationTests {

	static final String PROFILE = "/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill/profile";

	static final String DASHBOARD = "/p/" + DemoUsers.COUNTY + "/dashboard";

	@LocalServerPort
	int port;

	@Test
	void aKeptPageCarriesEachRequestsOwnTokenAndThatTokenSignsOut() {
		WebSession manager = new WebSession(port).signIn(DemoUsers.email("manager", DemoUsers.COUNTY),
				DemoUsers.PASSWORD);
		String first = manager.get(PROFILE).body();
		String second = manager.get(PROFILE).body();
		String firstToken = WebSession.csrf(first);
		String secondToken = WebSession.csrf(second);

		assertThat(second).contains("Profile of").contains(secondToken);
		assertThat(secondToken).as("a new masked token on every request").isNotEqualTo(firstToken);
		assertThat(second.replace(secondToken, "TOKEN")).as("the same page apart from the token")
			.isEqualTo(first.replace(firstToken, "TOKEN"));

		var signedOut = manager.post("/sign-out", Map.of("_csrf", secondToken));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		var afterwards = manager.get(PROFILE);
		assertThat(afterwards.statusCode()).as("signed out: sent to sign in").isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location").orElse("")).contains("/sign-in");
	}

	@Test
	void eachMemberGetsTheSamePageWithTheirOwnNameAndRole() {
		String asManager = new WebSession(port).signIn(DemoUsers.email("manager", DemoUsers.COUNTY), DemoUsers.PASSWORD)
			.get(PROFILE)
			.body();
		String asCoordinator = new WebSession(port)
			.signIn(DemoUsers.email("coordinator", DemoUsers.COUNTY), DemoUsers.PASSWORD)
			.get(PROFILE)
			.body();

		assertThat(signedInAs(asManager)).contains("Neighbourhood manager").doesNotContain("District coordinator");
		assertThat(signedInAs(asCoordinator)).contains("District coordinator").doesNotContain("Neighbourhood manager");
		assertThat(signedInAs(asManager)).isNotEqualTo(signedInAs(asCoordinator));
	}

	@Test
	void aDashboardShowsAWriteAtOnceThoughItsPageIsKept() {
		WebSession coordinator = new WebSession(port).signIn(DemoUsers.email("coordinator", DemoUsers.COUNTY),
				DemoUsers.PASSWORD);
		long before = peopleReached(coordinator.get(DASHBOARD).body());
		assertThat(peopleReached(coordinator.get(DASHBOARD).body())).as("kept").isEqualTo(before);

		int attending = ThreadLocalRandom.current().nextInt(100, 999);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", WebSession.csrf(coordinator.get("/p/" + DemoUsers.COUNTY + "/engagement/new").body()));
		form.put("title", "Kept pages test drop-in " + attending);
		form.put("heldOn", LocalDate.now().minusDays(1).toString());
		form.put("neighbourhood", "greenhill");
		form.put("method", "DROP_IN");
		form.put("level", "CONSULT");
		form.put("organisers", "Test");
		form.put("attending", String.valueOf(attending));
		form.put("issuesRaised", "");
		form.put("feedbackGiven", "");
		var recorded = coordinator.post("/p/" + DemoUsers.COUNTY + "/engagement/new", form);
		assertThat(recorded.statusCode()).as("recorded: %s", recorded.body()).isEqualTo(302);

		assertThat(peopleReached(coordinator.get(DASHBOARD).body())).isEqualTo(before + attending);
	}

	/** The account bar: who is signed in, their organisation and role. */
	private static String signedInAs(String page) {
		Matcher bar = Pattern.compile("data-testid=\"signed-in-as\">(.*?)</span>\\s*<", Pattern.DOTALL).matcher(page);
		assertThat(bar.find()).as("the account bar").isTrue();
		return bar.group(1).replaceAll("\\s+", " ");
	}

	/**
	 * The partnership's total of people reached by engagement, as the dashboard shows it.
	 */
	private static long peopleReached(String dashboard) {
		Matcher total = Pattern.compile("(\\d+) activities reaching (\\d+) people").matcher(dashboard);
		assertThat(total.find()).as("the dashboard's engagement figure").isTrue();
		return Long.parseLong(total.group(2));
	}

}
