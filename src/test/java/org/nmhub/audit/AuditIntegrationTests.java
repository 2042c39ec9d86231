package org.nmhub.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.access.CurrentUser;
import org.nmhub.access.Membership;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Partnerships;
import org.nmhub.access.Role;
import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every write is audited in its own transaction: a committed edit leaves exactly one
 * entry, a failed one leaves none, and the log can be filtered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditIntegrationTests {

	private static final String ADMINISTRATOR = DemoUsers.email("administrator", DemoUsers.CITY);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Partnerships partnerships;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@AfterEach
	void restoreName() {
		jdbc.sql("update partnerships set name = 'Leicester Partnership' where slug = :s")
			.param("s", DemoUsers.CITY)
			.update();
	}

	private long entriesFor(String recordType) {
		return jdbc.sql("""
				select count(*) from audit_entries a join partnerships p on p.id = a.partnership_id
				where p.slug = :s and a.record_type = :t
				""").param("s", DemoUsers.CITY).param("t", recordType).query(Long.class).single();
	}

	private String partnershipName() {
		return jdbc.sql("select name from partnerships where slug = :s")
			.param("s", DemoUsers.CITY)
			.query(String.class)
			.single();
	}

	@Test
	void committedEditLeavesExactlyOneAuditEntryWithBeforeAndAfter() throws Exception {
		long before = entriesFor("partnership");
		mvc.perform(post("/p/" + DemoUsers.CITY + "/settings").param("name", "Leicester Partnership (renamed)")
			.param("description", currentDescription())
			.with(user(ADMINISTRATOR))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(entriesFor("partnership")).isEqualTo(before + 1);
		Map<String, Object> entry = jdbc.sql("""
				select a.actor_name, a.before_values->>'name' as was, a.after_values->>'name' as now
				from audit_entries a join partnerships p on p.id = a.partnership_id
				where p.slug = :s and a.record_type = 'partnership' order by a.id desc limit 1
				""").param("s", DemoUsers.CITY).query().singleRow();
		assertThat(entry).containsEntry("actor_name", "Demo partnership administrator")
			.containsEntry("was", "Leicester Partnership")
			.containsEntry("now", "Leicester Partnership (renamed)");
	}

	@Test
	void failedEditRollsBackWithNoAuditEntry() {
		long before = entriesFor("partnership");
		PartnershipContext context = contextOf(ADMINISTRATOR);
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			partnerships.updateDetails(context, "Name that must not stick", "");
			throw new IllegalStateException("the rest of the edit failed");
		})).hasMessage("the rest of the edit failed");
		assertThat(entriesFor("partnership")).isEqualTo(before);
		assertThat(partnershipName()).isEqualTo("Leicester Partnership");
	}

	@Test
	void invalidEditChangesNothingAndAuditsNothing() throws Exception {
		long before = entriesFor("partnership");
		mvc.perform(post("/p/" + DemoUsers.CITY + "/settings").param("name", " ")
			.param("description", "")
			.with(user(ADMINISTRATOR))
			.with(csrf())).andExpect(status().isOk());
		assertThat(entriesFor("partnership")).isEqualTo(before);
		assertThat(partnershipName()).isEqualTo("Leicester Partnership");
	}

	@Test
	void auditedEventOutsideATransactionIsRefused() {
		Audited stray = () -> new AuditedChange(null, null, "test", "updated", "thing", "1", "A stray write", Map.of(),
				Map.of());
		assertThatIllegalStateException().isThrownBy(() -> events.publishEvent(stray))
			.withMessageContaining("outside a transaction");
	}

	@Test
	void auditPageFiltersByRecordTypeAndShowsOnlyItsOwnPartnership() throws Exception {
		mvc.perform(post("/p/" + DemoUsers.CITY + "/settings").param("name", "Leicester Partnership (filtered)")
			.param("description", currentDescription())
			.with(user(ADMINISTRATOR))
			.with(csrf()));
		String page = mvc
			.perform(
					get("/p/" + DemoUsers.CITY + "/audit").param("recordType", "partnership").with(user(ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Changed the partnership&#39;s details").doesNotContain("Leicestershire Together");
		String none = mvc
			.perform(get("/p/" + DemoUsers.CITY + "/audit").param("recordType", "no-such-type")
				.with(user(ADMINISTRATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(none).contains("No changes match.");
	}

	private String currentDescription() {
		return jdbc.sql("select description from partnerships where slug = :s")
			.param("s", DemoUsers.CITY)
			.query(String.class)
			.single();
	}

	private PartnershipContext contextOf(String email) {
		long userId = jdbc.sql("select id from users where email = :e").param("e", email).query(Long.class).single();
		PartnershipRef city = partnerships.findBySlug(DemoUsers.CITY).orElseThrow();
		Membership membership = new Membership(city, Role.ADMINISTRATOR, null, List.of());
		return new PartnershipContext(new CurrentUser(userId, email, "Demo partnership administrator", 0,
				"Leicester City Council", false, List.of(membership)), membership);
	}

}
