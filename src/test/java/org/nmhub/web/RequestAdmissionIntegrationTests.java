package org.nmhub.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app works its requests a few at a time ({@link RequestAdmission}): many
 * signed-in page requests at once are all answered in full, and every turn is given back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestAdmissionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestAdmissionFilter")
	FilterRegistrationBean<RequestAdmission.AdmissionFilter> admission;

	@Value("${spring.datasource.hikari.maximum-pool-size}")
	int poolSize;

	@Test
	void turnsAreTakenBeforeTheSessionIsReadAndSizedByProcessorsAndPool() {
		assertThat(admission.getOrder()).as("before the session is read from the database")
			.isLessThan(SessionRepositoryFilter.DEFAULT_ORDER);
		assertThat(admission.getFilter().free())
			.isEqualTo(RequestAdmission.turns(0, poolSize, Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void manyRequestsAtOnceAreAllAnsweredInFullAndEveryTurnIsGivenBack() throws Exception {
		WebSession manager = new WebSession(port).signIn(DemoUsers.email("manager", DemoUsers.COUNTY),
				DemoUsers.PASSWORD);
		String profile = "/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill/profile";
		RequestAdmission.AdmissionFilter filter = admission.getFilter();
		int turns = filter.free();
		int requests = 6 * turns;
		List<Callable<HttpResponse<String>>> calls = IntStream.range(0, requests)
			.<Callable<HttpResponse<String>>>mapToObj(
					i -> () -> manager.get(i % 2 == 0 ? profile : "/p/" + DemoUsers.COUNTY + "/dashboard"))
			.toList();
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).contains("</html>");
			}
		}
		finally {
			pool.shutdownNow();
		}
		// A client can have the whole page before the server's thread has left the
		// filter: wait for the turns to come back (a guard against hanging, not a
		// timing).
		long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (filter.free() != turns && System.nanoTime() < giveUp) {
			Thread.sleep(1);
		}
		assertThat(filter.free()).as("every turn given back").isEqualTo(turns);
		assertThat(filter.waiting()).isZero();
		assertThat(filter.wentAheadAnyway()).as("none waited ten seconds").isZero();
	}

}
