package org.nmhub.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sign-in throttling per client address (docs/adr/0033), on a clock the test moves: three
 * failures from one address within ten minutes refuse that address, even with the right
 * password, while other addresses sign in as usual; the refusal is kept in PostgreSQL and
 * ends when the window has passed. A forged X-Forwarded-For is not believed, as
 * {@code server.forward-headers-strategy} is not set.
 */
@SpringBootTest(
		properties = { "nmhub.security.max-failed-sign-ins-per-address=3", "nmhub.security.address-window=10m" })
@AutoConfigureMockMvc
class SignInThrottleIntegrationTests {

	private static final String BOARD = DemoUsers.email("board", DemoUsers.COUNTY);

	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		MovableClock movableClock() {
			return new MovableClock(Instant.now());
		}

	}

	/** A clock that stands still until the test moves it on. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void moveOn(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@Test
	void rightPasswordIsRefusedFromAThrottledAddressButNotFromAnother() throws Exception {
		String attacker = newAddress();
		String colleague = newAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(signIn(attacker, "nobody-" + i + "@example.org", "guess-" + i)).isEqualTo("/sign-in?error");
		}
		assertThat(signIn(attacker, BOARD, DemoUsers.PASSWORD)).as("the right password, from the throttled address")
			.isEqualTo("/sign-in?error");
		signIn(attacker, BOARD, "a-wrong-guess");
		assertThat(failedSignIns(BOARD)).as("refused attempts are not checked, so do not count against the account")
			.isZero();
		assertThat(signIn(colleague, BOARD, DemoUsers.PASSWORD)).as("the same account from another address")
			.isEqualTo("/");
	}

	@Test
	void throttleEndsWhenTheWindowHasPassed() throws Exception {
		String address = newAddress();
		for (int i = 0; i < 3; i++) {
			signIn(address, "nobody@example.org", "guess-" + i);
		}
		clock.moveOn(Duration.ofMinutes(9));
		assertThat(signIn(address, BOARD, DemoUsers.PASSWORD)).as("nine minutes later").isEqualTo("/sign-in?error");
		clock.moveOn(Duration.ofMinutes(2));
		assertThat(signIn(address, BOARD, DemoUsers.PASSWORD)).as("eleven minutes later").isEqualTo("/");
	}

	@Test
	void failuresOlderThanTheWindowAreNotCounted() throws Exception {
		String address = newAddress();
		signIn(address, "nobody@example.org", "guess-1");
		signIn(address, "nobody@example.org", "guess-2");
		clock.moveOn(Duration.ofMinutes(11));
		signIn(address, "nobody@example.org", "guess-3");
		assertThat(signIn(address, BOARD, DemoUsers.PASSWORD)).isEqualTo("/");
	}

	@Test
	void throttleIsKeptInPostgresqlForEveryInstance() throws Exception {
		String address = newAddress();
		for (int i = 0; i < 3; i++) {
			signIn(address, "nobody@example.org", "guess-" + i);
		}
		int failures = jdbc.sql(
				"select failures from access_sign_in_throttles where client_address = :a and refused_until is not null")
			.param("a", address)
			.query(Integer.class)
			.single();
		assertThat(failures).isEqualTo(3);
	}

	@Test
	void forgedForwardedForHeaderIsNotBelieved() throws Exception {
		String address = newAddress();
		for (int i = 0; i < 3; i++) {
			signIn(address, "nobody@example.org", "guess-" + i);
		}
		String answer = mvc.perform(post("/sign-in").param("email", BOARD)
			.param("password", DemoUsers.PASSWORD)
			.header("X-Forwarded-For", newAddress())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(answer).isEqualTo("/sign-in?error");
	}

	private String signIn(String address, String email, String password) throws Exception {
		return mvc.perform(post("/sign-in").param("email", email).param("password", password).with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).with(csrf())).andReturn().getResponse().getRedirectedUrl();
	}

	private int failedSignIns(String email) {
		return jdbc.sql("select failed_sign_ins from users where email = :e")
			.param("e", email)
			.query(Integer.class)
			.single();
	}

	/** An address no other test uses, so that each test has its own count. */
	private static String newAddress() {
		int n = NEXT_ADDRESS.getAndIncrement();
		return "198.51.100." + n;
	}

}
