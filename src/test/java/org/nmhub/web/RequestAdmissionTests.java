package org.nmhub.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RequestAdmission}: at most so many requests in progress, the others let in
 * strictly in the order they came, static files, health checks and uploads never queued,
 * and a turn always given back.
 */
class RequestAdmissionTests {

	private static final Duration LONG = Duration.ofHours(1);

	private final List<Held> held = new ArrayList<>();

	private final AtomicInteger inProgress = new AtomicInteger();

	private final AtomicInteger mostInProgress = new AtomicInteger();

	@AfterEach
	void letEveryoneGo() {
		held.forEach(h -> h.leave.countDown());
	}

	@Test
	void turnsAreTwiceTheProcessorsWithinThePoolUnlessSet() {
		assertThat(RequestAdmission.turns(0, 10, 2)).isEqualTo(4);
		assertThat(RequestAdmission.turns(0, 10, 16)).as("never more than the pool's connections").isEqualTo(10);
		assertThat(RequestAdmission.turns(0, 10, 1)).isEqualTo(2);
		assertThat(RequestAdmission.turns(6, 10, 2)).as("as set").isEqualTo(6);
	}

	@Test
	void atMostSoManyAreInProgressAndTheNextGoesInWhenOneLeaves() throws Exception {
		RequestAdmission.AdmissionFilter filter = new RequestAdmission.AdmissionFilter(2, LONG);
		Held first = enter(filter, "/p/x/dashboard");
		Held second = enter(filter, "/p/x/neighbourhoods/a/profile");
		first.awaitIn();
		second.awaitIn();
		Held third = enter(filter, "/p/x/neighbourhoods/b/profile");
		waitUntil(() -> filter.waiting() == 1);

		assertThat(third.in.getCount()).as("the third waits while two are in progress").isEqualTo(1);
		assertThat(filter.free()).isZero();

		second.leave();
		third.awaitIn();
		assertThat(mostInProgress).as("never more than two at once").hasValue(2);
		first.leave();
		third.leave();
		waitUntil(() -> filter.free() == 2);
		assertThat(filter.waiting()).isZero();
		assertThat(filter.wentAheadAnyway()).isZero();
	}

	@Test
	void waitingRequestsGoInInTheOrderTheyCame() throws Exception {
		RequestAdmission.AdmissionFilter filter = new RequestAdmission.AdmissionFilter(1, LONG);
		Held first = enter(filter, "/p/x/a");
		first.awaitIn();
		Held second = enter(filter, "/p/x/b");
		waitUntil(() -> filter.waiting() == 1);
		Held third = enter(filter, "/p/x/c");
		waitUntil(() -> filter.waiting() == 2);
		Held fourth = enter(filter, "/p/x/d");
		waitUntil(() -> filter.waiting() == 3);

		first.leave();
		second.awaitIn();
		assertThat(third.in.getCount()).as("the third came after the second").isEqualTo(1);
		assertThat(fourth.in.getCount()).isEqualTo(1);
		second.leave();
		third.awaitIn();
		assertThat(fourth.in.getCount()).as("the fourth came after the third").isEqualTo(1);
		third.leave();
		fourth.awaitIn();
		fourth.leave();
		waitUntil(() -> filter.free() == 1);
	}

	@Test
	void staticFilesHealthChecksAndUploadsAreNeverQueuedAndOthersGoAheadAfterTheWait() throws Exception {
		// No wait at all: a request that needs a turn and finds none goes ahead at once,
		// and is counted.
		RequestAdmission.AdmissionFilter filter = new RequestAdmission.AdmissionFilter(1, Duration.ZERO);
		Held busy = enter(filter, "/p/x/report.pdf");
		busy.awaitIn();

		for (String path : List.of("/css/nmhub.css", "/js/nmhub.js", "/assets/images/favicon.svg",
				"/webjars/htmx.org/dist/htmx.min.js", "/favicon.ico", "/actuator/health/readiness")) {
			assertThat(passes(filter, get(path))).as(path).isTrue();
		}
		MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/p/x/indicators/import");
		upload.setContentType("multipart/form-data; boundary=x");
		assertThat(passes(filter, upload)).isTrue();
		assertThat(filter.wentAheadAnyway()).as("none of those needed a turn").isZero();

		assertThat(passes(filter, get("/p/x/neighbourhoods/a/profile"))).isTrue();
		assertThat(filter.wentAheadAnyway()).as("a page waited its (zero) wait and went ahead").isEqualTo(1);
		assertThat(filter.free()).as("the one turn is still the busy request's").isZero();
		busy.leave();
		waitUntil(() -> filter.free() == 1);
	}

	@Test
	void aRequestThatFailsGivesItsTurnBack() {
		RequestAdmission.AdmissionFilter filter = new RequestAdmission.AdmissionFilter(1, LONG);
		FilterChain failing = (request, response) -> {
			throw new IOException("client went away");
		};

		assertThatThrownBy(() -> filter.doFilter(get("/p/x/a"), new MockHttpServletResponse(), failing))
			.isInstanceOf(IOException.class);
		assertThat(filter.free()).isEqualTo(1);
		assertThat(passes(filter, get("/p/x/b"))).isTrue();
		assertThat(filter.wentAheadAnyway()).isZero();
	}

	private static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	private static boolean passes(RequestAdmission.AdmissionFilter filter, MockHttpServletRequest request) {
		AtomicInteger reached = new AtomicInteger();
		try {
			filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> reached.incrementAndGet());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return reached.get() == 1;
	}

	/** A request that stays in progress until told to leave. */
	private Held enter(RequestAdmission.AdmissionFilter filter, String path) {
		Held h = new Held();
		held.add(h);
		Thread thread = new Thread(() -> {
			try {
				filter.doFilter(get(path), new MockHttpServletResponse(), (req, res) -> {
					mostInProgress.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
					h.in.countDown();
					try {
						h.leave.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					inProgress.decrementAndGet();
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, "request " + path);
		thread.setDaemon(true);
		thread.start();
		return h;
	}

	/**
	 * Waits for something another thread does (a guard against hanging, not a timing).
	 */
	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited a minute for the other threads").isLessThan(giveUp);
			Thread.sleep(1);
		}
	}

	private static final class Held {

		final CountDownLatch in = new CountDownLatch(1);

		final CountDownLatch leave = new CountDownLatch(1);

		void awaitIn() throws InterruptedException {
			assertThat(in.await(1, TimeUnit.MINUTES)).as("went in within a minute").isTrue();
		}

		void leave() {
			leave.countDown();
		}

	}

}
