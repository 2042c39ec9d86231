package org.nmhub.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling per client address, in addition to the per-account lockout: after
 * {@code nmhub.security.max-failed-sign-ins-per-address} failed sign-ins from one address
 * within {@code nmhub.security.address-window}, every sign-in from that address is
 * refused for the window, with the same message as a wrong password, whichever account it
 * names and even when the password is right. The client address is the request's remote
 * address, which is the proxy's forwarded one only when Boot's
 * {@code server.forward-headers-strategy} says to trust it (docs/adr/0033).
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final SignInThrottleRepository throttles;

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	SignInThrottle(SignInThrottleRepository throttles,
			@Value("${nmhub.security.max-failed-sign-ins-per-address}") int maxFailures,
			@Value("${nmhub.security.address-window}") Duration window, Optional<Clock> clock) {
		this.throttles = throttles;
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Whether this sign-in must be refused without looking at the password. */
	boolean refuses(HttpServletRequest request) {
		return throttles.isRefused(address(request), clock.instant());
	}

	/** Counts a failed sign-in from the request's address. */
	void recordFailure(HttpServletRequest request) {
		String address = address(request);
		if (throttles.recordFailure(address, clock.instant(), maxFailures, window)) {
			log.warn("Sign-ins from {} are refused for {} after {} failures", address, window, maxFailures);
		}
	}

	static String address(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		return address == null || address.isBlank() ? "unknown" : address;
	}

}
