package org.nmhub.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.nmhub.DemoUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Builds plans for tests through the application's own pages, as Greenhill's
 * neighbourhood manager, with real demo organisations and users. Every name carries a
 * random suffix, so tests do not see each other's records.
 */
final class PlanFixtures {

	static final String MANAGER = DemoUsers.email("manager", DemoUsers.COUNTY);

	static final String PARTNER = DemoUsers.email("partner", DemoUsers.COUNTY);

	static final String BASE = "/p/" + DemoUsers.COUNTY;

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	PlanFixtures(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long neighbourhood(String key) {
		return jdbc.sql("""
				select n.id from neighbourhoods n join partnerships p on p.id = n.partnership_id
				where p.slug = :slug and n.key = :key
				""").param("slug", DemoUsers.COUNTY).param("key", key).query(Long.class).single();
	}

	long organisation(String name) {
		return jdbc.sql("select id from organisations where name = :n").param("n", name).query(Long.class).single();
	}

	long userId(String email) {
		return jdbc.sql("select id from users where email = :e").param("e", email).query(Long.class).single();
	}

	/** A draft Greenhill plan started by its manager. */
	long greenhillPlan(String title) throws Exception {
		mvc.perform(as(MANAGER, post(BASE + "/plans/new")).param("kind", "NEIGHBOURHOOD")
			.param("neighbourhoodId", String.valueOf(neighbourhood("greenhill")))
			.param("title", title)
			.param("startsOn", "2009-04-01")
			.param("endsOn", "2012-03-31")
			.param("reviewMonth", "4")).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from action_plans where title = :t").param("t", title).query(Long.class).single();
	}

	long priority(long planId, String title) throws Exception {
		mvc.perform(as(MANAGER, post(BASE + "/plans/" + planId + "/priorities/new")).param("title", title)
			.param("category", "PLACE")
			.param("laaTheme", "Safer Communities")
			.param("evidenceKind", "PROFILE_INDICATOR")
			.param("evidenceLabel", "IoD 2007 crime domain")
			.param("evidenceReference", "IOD2007-CRIME")).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from plan_priorities where plan_id = :p and title = :t")
			.param("p", planId)
			.param("t", title)
			.query(Long.class)
			.single();
	}

	/** A led, resourced, dated and measured action, led by the demo police officer. */
	long ledAction(long planId, long priorityId, String title) throws Exception {
		mvc.perform(actionRequest(planId, priorityId, title)).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from plan_actions where plan_id = :p and title = :t")
			.param("p", planId)
			.param("t", title)
			.query(Long.class)
			.single();
	}

	/**
	 * A post of a complete action (led by the demo police officer, resourced, dated and
	 * measured) to the plan's new-action page, with any fields overridden by name and
	 * value pairs.
	 */
	MockHttpServletRequestBuilder actionRequest(long planId, long priorityId, String title, String... overrides) {
		return action(BASE + "/plans/" + planId + "/actions/new", priorityId, title, overrides);
	}

	/** The same to any path (e.g. an action's edit page). */
	MockHttpServletRequestBuilder action(String path, long priorityId, String title, String... overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("priorityId", String.valueOf(priorityId));
		values.put("title", title);
		values.put("leadOrganisationId", String.valueOf(organisation("Police")));
		values.put("leadOfficerUserId", String.valueOf(userId(PARTNER)));
		values.put("supportingPartnerIds", String.valueOf(organisation("North West Leicestershire District Council")));
		values.put("startsOn", "2009-05-01");
		values.put("dueOn", "2010-03-31");
		values.put("resourcesAmount", "£12,500");
		values.put("resourcesKind", "IN_KIND");
		values.put("resourcesSource", "Police neighbourhood team time");
		values.put("successMeasure", "Anti-social behaviour incidents down 10%");
		values.put("publicAction", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			values.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = as(MANAGER, post(path));
		values.forEach(request::param);
		return request;
	}

	long bodyId(String name) {
		return jdbc.sql("select id from partner_bodies where name = :n").param("n", name).query(Long.class).single();
	}

	/** Submits, agrees (Greenhill NAT) and endorses (NWL District LSP) a plan. */
	void agreeAndEndorse(long planId) throws Exception {
		mvc.perform(as(MANAGER, post(BASE + "/plans/" + planId + "/submit"))).andExpect(status().is3xxRedirection());
		mvc.perform(as(MANAGER, post(BASE + "/plans/" + planId + "/agree"))
			.param("bodyId", String.valueOf(bodyId("Greenhill NAT")))
			.param("date", "2009-06-11")).andExpect(status().is3xxRedirection());
		mvc.perform(as(DemoUsers.email("coordinator", DemoUsers.COUNTY), post(BASE + "/plans/" + planId + "/endorse"))
			.param("bodyId", String.valueOf(bodyId("North West Leicestershire District LSP")))
			.param("date", "2009-07-02")).andExpect(status().is3xxRedirection());
	}

	static MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(email)).with(csrf());
	}

}
