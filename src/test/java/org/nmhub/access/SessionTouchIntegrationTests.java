package org.nmhub.access;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in page view does not write the session back to PostgreSQL when its last
 * access was recorded less than a minute ago, and does once it is older; the session
 * stays signed in throughout.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionTouchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionRepository<?> sessions;

	@Test
	void pageViewsWithinAMinuteLeaveTheStoredLastAccessAloneAndLaterOnesMoveIt() {
		String email = DemoUsers.email("coordinator", DemoUsers.CITY);
		WebSession visitor = new WebSession(port).signIn(email, DemoUsers.PASSWORD);
		long afterSignIn = lastAccess(email);

		for (int i = 0; i < 3; i++) {
			assertThat(visitor.get("/p/" + DemoUsers.CITY).statusCode()).isEqualTo(200);
		}
		assertThat(lastAccess(email)).as("no write back within the minute").isEqualTo(afterSignIn);

		long twoMinutesEarlier = afterSignIn - 120_000;
		jdbc.sql("update spring_session set last_access_time = :t where principal_name = :p")
			.param("t", twoMinutesEarlier)
			.param("p", email)
			.update();
		var later = visitor.get("/p/" + DemoUsers.CITY);
		assertThat(later.statusCode()).as("still signed in").isEqualTo(200);
		assertThat(later.body()).contains("Leicester Partnership");
		assertThat(lastAccess(email)).as("written back once it is a minute old").isGreaterThan(afterSignIn);
	}

	@Test
	<S extends Session> void twoRequestsOfOneSessionAddingTheSameAttributeBothSucceedAndTheLaterIsKept() {
		@SuppressWarnings("unchecked")
		SessionRepository<S> repository = (SessionRepository<S>) sessions;
		S session = repository.createSession();
		repository.save(session);
		S first = repository.findById(session.getId());
		S second = repository.findById(session.getId());
		first.setAttribute("nmhub.test", "first");
		second.setAttribute("nmhub.test", "second");

		repository.save(first);
		repository.save(second);
		assertThat((String) repository.findById(session.getId()).getAttribute("nmhub.test")).isEqualTo("second");
		repository.deleteById(session.getId());
	}

	private long lastAccess(String email) {
		return jdbc.sql("select max(last_access_time) from spring_session where principal_name = :p")
			.param("p", email)
			.query(Long.class)
			.single();
	}

}
