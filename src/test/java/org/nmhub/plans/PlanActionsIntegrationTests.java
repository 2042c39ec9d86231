package org.nmhub.plans;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class PlanActionsIntegrationTests {

	@Autowired
	private PlanActions planActions;

	@Autowired
	private JdbcClient jdbc;

	private long partnership(String slug) {
		return jdbc.sql("select id from partnerships where slug = :s").param("s", slug).query(Long.class).single();
	}

	private long neighbourhood(String key) {
		return jdbc.sql("select id from neighbourhoods where key = :k").param("k", key).query(Long.class).single();
	}

	@Test
	void listsTheActionsOfANeighbourhoodsCurrentPlanAndFindsOneAction() {
		long county = partnership(DemoUsers.COUNTY);
		List<ActionRef> actions = planActions.actions(county, neighbourhood("loughborough-east"));
		assertThat(actions).extracting(ActionRef::title)
			.contains("Remove reported graffiti within the shared protocol's deadlines",
					"Two Environmental Action Weeks a year around the Bell Foundry estate");
		ActionRef graffiti = actions.get(0);
		assertThat(graffiti.leadOrganisation()).isEqualTo("Charnwood District Council");
		assertThat(graffiti.dueOn()).isEqualTo(LocalDate.of(2010, 3, 31));
		assertThat(graffiti.path()).isEqualTo("/plans/" + graffiti.planId() + "/actions/" + graffiti.id());
		assertThat(planActions.action(county, graffiti.id())).contains(graffiti);
		assertThat(planActions.action(partnership(DemoUsers.CITY), graffiti.id())).isEmpty();
		assertThat(planActions.actions(partnership(DemoUsers.CITY), neighbourhood("loughborough-east"))).isEmpty();
	}

	@Test
	void escalatingIntoAnAgreedPlanStartsANewDraftVersionWithTheItemAsEvidence() {
		long county = partnership(DemoUsers.COUNTY);
		long melton = neighbourhood("melton");
		long police = jdbc.sql("select id from organisations where name = 'Police'").query(Long.class).single();
		long audits = jdbc.sql("select count(*) from audit_entries").query(Long.class).single();
		ActionRef first = planActions
			.escalate(new Escalation(county, melton, "Street lighting out on Egerton Road", "Reported three times",
					EvidenceKind.INTELLIGENCE, "CI-2009-041", "Residents' reports of dark streets", police,
					LocalDate.of(2009, 12, 1), null, "Community intelligence log"))
			.orElseThrow();
		ActionRef second = planActions
			.escalate(new Escalation(county, melton, "Bins left out on Fairmead", "", EvidenceKind.ENGAGEMENT,
					"Forum 2009-10", "Neighbourhood forum, October 2009", null, null, null, "Meetings"))
			.orElseThrow();
		assertThat(first.planId()).isEqualTo(second.planId());
		assertThat(first.leadOrganisation()).isEqualTo("Police");
		assertThat(jdbc.sql("select status || ' ' || plan_version from action_plans where id = :id")
			.param("id", first.planId())
			.query(String.class)
			.single()).isEqualTo("DRAFT 2");
		assertThat(jdbc.sql("""
				select e.kind || ' ' || e.reference from plan_evidence_links e
				join plan_priorities p on p.id = e.priority_id
				where p.plan_id = :plan and p.title = 'Escalated items' order by e.position
				""").param("plan", first.planId()).query(String.class).list())
			.containsExactly("INTELLIGENCE CI-2009-041", "ENGAGEMENT Forum 2009-10");
		assertThat(jdbc.sql("select count(*) from audit_entries").query(Long.class).single()).isEqualTo(audits + 2);
		assertThat(planActions.actions(county, melton)).extracting(ActionRef::title)
			.contains("Street lighting out on Egerton Road", "Youth activities on the Egerton and Fairmead estates");
	}

	@Test
	void aNeighbourhoodWithoutAPlanCannotTakeAnEscalation() {
		assertThat(planActions.escalate(new Escalation(partnership(DemoUsers.COUNTY), neighbourhood("enderby"), "x", "",
				EvidenceKind.DOCUMENT, "ref", "label", null, null, null, "test")))
			.isEmpty();
	}

}
