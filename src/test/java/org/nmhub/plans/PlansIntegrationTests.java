package org.nmhub.plans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.shared.PlanActionCompleted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nmhub.plans.PlanFixtures.BASE;
import static org.nmhub.plans.PlanFixtures.MANAGER;
import static org.nmhub.plans.PlanFixtures.PARTNER;
import static org.nmhub.plans.PlanFixtures.as;
import static org.nmhub.plans.PlanFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PlansIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEvents events;

	private PlanFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new PlanFixtures(mvc, jdbc);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void managerStartsAPlanForTheirNeighbourhoodAndEveryWriteIsAudited() throws Exception {
		long audits = count("audit_entries");
		String title = unique("Greenhill plan");
		long plan = fixtures.greenhillPlan(title);
		long priority = fixtures.priority(plan, "Reducing crime");
		fixtures.ledAction(plan, priority, "Monthly PACT meetings");
		assertThat(count("audit_entries")).isEqualTo(audits + 3);
		String show = page(get(BASE + "/plans/" + plan)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(DemoUsers.email("board", DemoUsers.COUNTY))), 200);
		assertThat(show).contains(title, "Reducing crime", "Monthly PACT meetings",
				"Police – Demo partner officer (Police)", "£12,500.00 in kind from Police neighbourhood team time",
				"Profile indicator: IoD 2007 crime domain");
	}

	@Test
	void managerCannotStartAPlanForANeighbourhoodTheyDoNotManage() throws Exception {
		long before = count("action_plans");
		String body = page(as(MANAGER, post(BASE + "/plans/new")).param("kind", "NEIGHBOURHOOD")
			.param("neighbourhoodId", String.valueOf(fixtures.neighbourhood("melton")))
			.param("title", unique("Melton by the wrong manager"))
			.param("startsOn", "2009-04-01")
			.param("endsOn", "2012-03-31")
			.param("reviewMonth", "4"), 200);
		assertThat(body).contains("You can write plans for your own neighbourhoods only");
		assertThat(count("action_plans")).isEqualTo(before);
	}

	@Test
	void aPlanMustCoverThreeToFiveYears() throws Exception {
		String body = page(as(MANAGER, post(BASE + "/plans/new")).param("kind", "NEIGHBOURHOOD")
			.param("neighbourhoodId", String.valueOf(fixtures.neighbourhood("greenhill")))
			.param("title", unique("One-year plan"))
			.param("startsOn", "2009-04-01")
			.param("endsOn", "2010-03-31")
			.param("reviewMonth", "13"), 200);
		assertThat(body).contains("A plan covers 3 to 5 years: the end date must be between 2012-03-31 and 2014-03-31",
				"Select the month of the annual review");
	}

	@Test
	void dueDateBeforeStartIsRefusedAndNothingIsSaved() throws Exception {
		long plan = fixtures.greenhillPlan(unique("Dates plan"));
		long priority = fixtures.priority(plan, "Young people");
		long before = count("plan_actions");
		String body = page(
				fixtures.actionRequest(plan, priority, "Youth club", "startsOn", "2009-09-01", "dueOn", "2009-06-30"),
				200);
		assertThat(body).contains("The due date must be the same as or after the start date (2009-09-01)",
				"govuk-error-summary", "href=\"#dueOn\"");
		assertThat(count("plan_actions")).isEqualTo(before);
	}

	@Test
	void leadOrganisationThatIsNotThePartnershipsIsRefused() throws Exception {
		long plan = fixtures.greenhillPlan(unique("Lead plan"));
		long priority = fixtures.priority(plan, "Clean streets");
		long before = count("plan_actions");
		long cityCouncil = fixtures.organisation("Leicester City Council");
		String body = page(fixtures.actionRequest(plan, priority, "Litter pick", "leadOrganisationId",
				String.valueOf(cityCouncil)), 200);
		assertThat(body).contains("Select the lead organisation from the partnership&#39;s organisations");
		assertThat(page(fixtures.actionRequest(plan, priority, "Litter pick", "leadOrganisationId", "99999999"), 200))
			.contains("Select the lead organisation from the partnership&#39;s organisations");
		assertThat(count("plan_actions")).isEqualTo(before);
	}

	@Test
	void negativeResourcesAreRefused() throws Exception {
		long plan = fixtures.greenhillPlan(unique("Money plan"));
		long priority = fixtures.priority(plan, "Health");
		long before = count("plan_actions");
		assertThat(page(fixtures.actionRequest(plan, priority, "Health walks", "resourcesAmount", "-500"), 200))
			.contains("The resources cannot be negative");
		assertThat(page(fixtures.actionRequest(plan, priority, "Health walks", "resourcesAmount", "lots"), 200))
			.contains("Enter the resources as an amount in pounds");
		assertThat(page(fixtures.actionRequest(plan, priority, "Health walks", "resourcesAmount", "10.005"), 200))
			.contains("Enter the resources as an amount in pounds");
		assertThat(count("plan_actions")).isEqualTo(before);
	}

	@Test
	void garbageInEveryTypedFieldIsShownBackWithMessagesNotAnError() throws Exception {
		long plan = fixtures.greenhillPlan(unique("Garbage plan"));
		long priority = fixtures.priority(plan, "Jobs");
		String body = page(fixtures.actionRequest(plan, priority, "Job club", "priorityId", "x", "leadOfficerUserId",
				"nobody", "startsOn", "soon", "dueOn", "31/03/2010", "resourcesKind", "GOLD", "supportingPartnerIds",
				"y", "laaOutcomeId", "NI-1"), 200);
		assertThat(body).contains("Select one of the plan&#39;s priorities", "Select the lead officer",
				"Enter the start date as a real date", "Enter the due date as a real date", "Select cash or in kind",
				"Select supporting partners", "Select one of the LAA outcomes listed");
		assertThat(page(as(MANAGER, post(BASE + "/plans/new")).param("kind", "EMPIRE")
			.param("title", "x")
			.param("startsOn", "x")
			.param("endsOn", "y")
			.param("reviewMonth", "z")
			.param("templateId", "q"), 200)).contains("Select the kind of plan", "Enter the start date as a real date",
					"Select one of the partnership&#39;s plan templates");
	}

	@Test
	void aPlanCannotBeSubmittedWhileAPriorityHasNoLedResourcedAction() throws Exception {
		long plan = fixtures.greenhillPlan(unique("Wish list"));
		long backed = fixtures.priority(plan, "Backed priority");
		fixtures.ledAction(plan, backed, "Resourced action");
		long wish = fixtures.priority(plan, "Wish-list priority");
		mvc.perform(
				as(MANAGER, post(BASE + "/plans/" + plan + "/actions/new")).param("priorityId", String.valueOf(wish))
					.param("title", "Something nice, one day"))
			.andExpect(status().is3xxRedirection());
		String body = page(as(MANAGER, post(BASE + "/plans/" + plan + "/submit")), 200);
		assertThat(body).contains("The priority &quot;Wish-list priority&quot; has no action with a committed lead",
				"No lead organisation; No named lead officer; No committed resources; No start and due dates; "
						+ "No success measure");
		assertThat(planStatus(plan)).isEqualTo("DRAFT");
	}

	@Test
	void anAgreedPlanIsFrozenAndAChangeMakesANewVersionWithAVisibleDifference() throws Exception {
		long plan = fixtures.greenhillPlan(unique("Frozen plan"));
		long priority = fixtures.priority(plan, "Crime");
		long action = fixtures.ledAction(plan, priority, "Patrols");
		fixtures.agreeAndEndorse(plan);
		assertThat(planStatus(plan)).isEqualTo("ENDORSED");
		String shown = page(get(BASE + "/plans/" + plan)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(MANAGER)), 200);
		assertThat(shown).contains("Agreed by Greenhill NAT on 11 June 2009 (recorded by Demo neighbourhood manager",
				"Endorsed by North West Leicestershire District LSP on 2 July 2009 (recorded by Demo district coordinator");

		String refused = page(fixtures.actionRequest(plan, priority, "Patrols changed in place").param("version", "0"),
				409);
		assertThat(refused).contains("This version of the plan cannot be changed", "start a new version");
		page(as(MANAGER, post(BASE + "/plans/" + plan + "/actions/" + action + "/edit")).param("title", "x"), 409);
		assertThatThrownBy(
				() -> jdbc.sql("update plan_actions set title = 'sneaky' where id = :id").param("id", action).update())
			.hasMessageContaining("cannot be changed in place");

		mvc.perform(as(MANAGER, post(BASE + "/plans/" + plan + "/revise"))).andExpect(status().is3xxRedirection());
		long version2 = jdbc.sql("select id from action_plans where previous_id = :p")
			.param("p", plan)
			.query(Long.class)
			.single();
		long action2 = jdbc.sql("select id from plan_actions where plan_id = :p")
			.param("p", version2)
			.query(Long.class)
			.single();
		String form = page(get(BASE + "/plans/" + version2 + "/actions/" + action2 + "/edit")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(MANAGER)), 200);
		mvc.perform(fixtures.action(BASE + "/plans/" + version2 + "/actions/" + action2 + "/edit", priorityOf(action2),
				"Patrols on Friday and Saturday nights", "version", "0", "base", hidden(form, "base"), "dueOn",
				"2010-06-30"))
			.andExpect(status().is3xxRedirection());
		String changes = page(get(BASE + "/plans/" + version2 + "/changes")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(MANAGER)), 200);
		assertThat(changes).contains("What changed from version 1 to version 2",
				"Patrols on Friday and Saturday nights", "31 March 2010", "30 June 2010");
		assertThat(jdbc.sql("select title from plan_actions where id = :id")
			.param("id", action)
			.query(String.class)
			.single()).isEqualTo("Patrols");
	}

	private long priorityOf(long action) {
		return jdbc.sql("select priority_id from plan_actions where id = :id")
			.param("id", action)
			.query(Long.class)
			.single();
	}

	private String planStatus(long plan) {
		return jdbc.sql("select status from action_plans where id = :id")
			.param("id", plan)
			.query(String.class)
			.single();
	}

	static String hidden(String page, String name) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"")
			.matcher(page);
		assertThat(m.find()).as("hidden field %s", name).isTrue();
		return m.group(1);
	}

	@Test
	void theSecondOfTwoConcurrentEditorsSeesWhatChangedAndNothingIsLost() throws Exception {
		long plan = fixtures.greenhillPlan(unique("Concurrent plan"));
		long priority = fixtures.priority(plan, "Crime");
		long action = fixtures.ledAction(plan, priority, "Patrols");
		String path = BASE + "/plans/" + plan + "/actions/" + action + "/edit";
		String form = page(get(path)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(MANAGER)), 200);
		String base = hidden(form, "base");
		String version = hidden(form, "version");
		// Both open the form at the same version; the first changes the measure and
		// saves.
		mvc.perform(fixtures.action(path, priority, "Patrols", "version", version, "base", base, "successMeasure",
				"ASB down 15%"))
			.andExpect(status().is3xxRedirection());
		// The second changes the due date and the measure, from the same version.
		long audits = count("audit_entries");
		String conflict = page(fixtures.action(path, priority, "Patrols", "version", version, "base", base, "dueOn",
				"2010-06-30", "successMeasure", "Fewer calls about ASB"), 200);
		assertThat(conflict).contains(
				"Demo neighbourhood manager (Greenhill) changed this action while you were editing it",
				"Nothing has been saved yet",
				"Success measure: they saved ASB down 15%, you entered Fewer calls about ASB");
		assertThat(count("audit_entries")).isEqualTo(audits);
		assertThat(jdbc.sql("select success_measure || ' ' || due_on from plan_actions where id = :id")
			.param("id", action)
			.query(String.class)
			.single()).isEqualTo("ASB down 15% 2010-03-31");
		// Saving the merged form again keeps the second editor's due date.
		mvc.perform(fixtures.action(path, priority, "Patrols", "version", hidden(conflict, "version"), "base",
				hidden(conflict, "base"), "dueOn", "2010-06-30", "successMeasure",
				"ASB down 15%; fewer calls about ASB"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select success_measure || ' ' || due_on || ' ' || version from plan_actions where id = :id")
					.param("id", action)
					.query(String.class)
					.single())
			.isEqualTo("ASB down 15%; fewer calls about ASB 2010-06-30 2");
	}

	@Test
	void onlyTheLeadOfficerOrThePlansEditorsRecordProgressAndCompletionIsPublished() throws Exception {
		long plan = fixtures.greenhillPlan(unique("Delivery plan"));
		long priority = fixtures.priority(plan, "Crime");
		long led = fixtures.ledAction(plan, priority, "Led by the police officer");
		mvc.perform(as(MANAGER, post(BASE + "/plans/" + plan + "/actions/new"))
			.param("priorityId", String.valueOf(priority))
			.param("title", "Led by someone else")
			.param("leadOrganisationId", String.valueOf(fixtures.organisation("Leicestershire PCT")))
			.param("leadOfficerName", "A health trainer")).andExpect(status().is3xxRedirection());
		long other = jdbc.sql("select id from plan_actions where plan_id = :p and title = 'Led by someone else'")
			.param("p", plan)
			.query(Long.class)
			.single();
		fixtures.agreeAndEndorse(plan);

		String refused = page(
				as(PARTNER, post(BASE + "/plans/" + plan + "/actions/" + other + "/progress")).param("rag", "GREEN")
					.param("percentComplete", "50")
					.param("narrative", "Not mine"),
				403);
		assertThat(refused).contains("Only the action&#39;s lead officer (A health trainer)");
		String progress = BASE + "/plans/" + plan + "/actions/" + led + "/progress";
		assertThat(page(as(PARTNER, post(progress)).param("rag", "RED")
			.param("percentComplete", "120")
			.param("narrative", "Going well"), 200)).contains("Enter how complete the action is, from 0 to 100");
		assertThat(page(as(PARTNER, post(progress)).param("rag", "PURPLE").param("percentComplete", "10"), 200))
			.contains("Say what has happened");
		assertThat(page(as(PARTNER, post(progress)).param("rag", "PURPLE")
			.param("percentComplete", "10")
			.param("narrative", "x"), 200)).contains("Select red, amber or green");
		assertThat(page(as(PARTNER, post(progress)).param("rag", "GREEN")
			.param("percentComplete", "90")
			.param("narrative", "x")
			.param("completed", "true"), 200)).contains("A completed action is 100% complete");

		mvc.perform(as(PARTNER, post(BASE + "/plans/" + plan + "/actions/" + led + "/progress")).param("rag", "GREEN")
			.param("percentComplete", "100")
			.param("narrative", "PACT meetings held every month")
			.param("completed", "true")).andExpect(status().is3xxRedirection());
		assertThat(events.stream(PlanActionCompleted.class).filter(e -> e.actionId() == led)).singleElement()
			.satisfies(e -> {
				assertThat(e.planId()).isEqualTo(plan);
				assertThat(e.neighbourhoodId()).isEqualTo(fixtures.neighbourhood("greenhill"));
				assertThat(e.title()).isEqualTo("Led by the police officer");
			});
		String mine = page(get(BASE + "/my-actions")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(PARTNER)), 200);
		assertThat(mine).contains("Led by the police officer", "Completed").doesNotContain("Led by someone else");
	}

	@Test
	void thePublicPageShowsOnlyTheAgreedPlanInPlainWordsWithNothingRestricted() throws Exception {
		String page = page(get("/public/" + DemoUsers.COUNTY + "/neighbourhoods/melton/plan"), 200);
		assertThat(page).contains("What is being done in Melton", "Opportunities and facilities for young people",
				"Youth activities on the Egerton and Fairmead estates",
				"Melton Borough Council, with Connexions, Voluntary Agency Melton (VAM)",
				"Area clean-ups with residents on Egerton and Fairmead", "Done", "80% done",
				"illustrative example plan", "Agreed by Melton Neighbourhood Management Group on 9 July 2008");
		assertThat(page).doesNotContain("Illustrative: youth and community officer",
				"Sessions running three evenings a week", "review 4.37", "IoD 2007 crime domain");
		assertThat(page(get("/public/" + DemoUsers.COUNTY + "/neighbourhoods/loughborough-east/plan"), 200))
			.contains("There is no agreed action plan for this neighbourhood yet");
		page(get("/public/" + DemoUsers.COUNTY + "/neighbourhoods/nowhere/plan"), 404);
	}

	@Test
	void theCountyPlanCarriesTheReviewsRecommendationsWithTheirMarks() {
		var marks = jdbc.sql("""
				select a.level, count(*) from plan_actions a join action_plans p on p.id = a.plan_id
				where p.kind = 'COUNTY' and p.illustrative group by a.level order by a.level
				""").query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list();
		assertThat(marks).containsExactly("D=10", "S=14", "S/D=8");
		assertThat(jdbc.sql("""
				select a.title from plan_actions a join action_plans p on p.id = a.plan_id
				where p.kind = 'DISTRICT' and p.illustrative and a.reference = 'Review 8.3'
				""").query(String.class).single())
			.isEqualTo("A senior ‘champion’ for neighbourhood management could be nominated in each district; "
					+ "ideally a district councillor");
	}

}
