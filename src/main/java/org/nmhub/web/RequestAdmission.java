package org.nmhub.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests are worked on a few at a time, in the order they came: at most
 * {@code nmhub.requests.in-progress} at once (by default twice the processors, never more
 * than the database pool has connections), the others waiting their turn. Fifty requests
 * at once on a two-processor machine otherwise all run together: the processors spend
 * their time switching between them, the requests queue again, out of order, for the
 * pool's connections, and an unlucky one takes three times as long as the typical one.
 * Waiting in order instead, every request takes about the same time and more of them are
 * answered (docs/performance.md). Static files, health checks and uploads (whose body can
 * take minutes to arrive) are never queued. A request that has waited
 * {@code nmhub.requests.admission-wait} (10 seconds) goes ahead anyway: a few slow
 * requests (a large PDF) can delay the others, never lock them out. docs/adr/0038.
 */
@Configuration(proxyBeanMethods = false)
class RequestAdmission {

	private static final Logger log = LoggerFactory.getLogger(RequestAdmission.class);

	@Bean
	FilterRegistrationBean<AdmissionFilter> requestAdmissionFilter(
			@Value("${nmhub.requests.in-progress:0}") int inProgress,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
			@Value("${nmhub.requests.admission-wait:10s}") Duration wait) {
		int turns = turns(inProgress, poolSize, Runtime.getRuntime().availableProcessors());
		log.info("Requests are worked on {} at a time, in the order they came", turns);
		FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(
				new AdmissionFilter(turns, wait));
		// Before the session filter, which reads the session from the database.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

	/**
	 * How many requests are worked on at once: as set, or twice the processors within the
	 * pool's size.
	 */
	static int turns(int inProgress, int poolSize, int processors) {
		return inProgress > 0 ? inProgress : Math.max(1, Math.min(poolSize, 2 * processors));
	}

	static final class AdmissionFilter extends OncePerRequestFilter {

		/** Fair: a turn that comes free goes to the request that has waited longest. */
		private final Semaphore turns;

		private final long waitNanos;

		private final AtomicLong wentAheadAnyway = new AtomicLong();

		AdmissionFilter(int turns, Duration wait) {
			this.turns = new Semaphore(turns, true);
			this.waitNanos = wait.toNanos();
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.startsWith("/actuator/")) {
				return true;
			}
			for (String files : StaticResourceConfiguration.PATHS) {
				if (path.startsWith(files)) {
					return true;
				}
			}
			String type = request.getContentType();
			return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean admitted;
			try {
				// With a timeout, a fair semaphore's tryAcquire keeps to the order of
				// arrival.
				admitted = turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				admitted = false;
			}
			if (!admitted) {
				long n = wentAheadAnyway.incrementAndGet();
				if (n == 1 || n % 100 == 0) {
					log.warn(
							"{} request(s) so far went ahead without their turn after waiting {} ms; the latest: {} {}",
							n, TimeUnit.NANOSECONDS.toMillis(waitNanos), request.getMethod(), request.getRequestURI());
				}
			}
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (admitted) {
					turns.release();
				}
			}
		}

		/** Requests waiting for their turn now. */
		int waiting() {
			return turns.getQueueLength();
		}

		/** Turns free now. */
		int free() {
			return turns.availablePermits();
		}

		/** Requests that went ahead after waiting the admission wait, since the start. */
		long wentAheadAnyway() {
			return wentAheadAnyway.get();
		}

	}

}
