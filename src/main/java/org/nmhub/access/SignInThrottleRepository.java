package org.nmhub.access;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per client address (V0130), shared by every app instance.
 */
@Repository
class SignInThrottleRepository {

	private final JdbcClient jdbc;

	SignInThrottleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether sign-ins from this address are refused at this moment. */
	boolean isRefused(String address, Instant now) {
		return jdbc.sql("""
				select exists (select 1 from access_sign_in_throttles
				               where client_address = :address and refused_until > :now)
				""").param("address", address).param("now", at(now)).query(Boolean.class).single();
	}

	/**
	 * Counts a failed sign-in from this address: the count starts again once
	 * {@code window} has passed since the first failure it holds, and reaching
	 * {@code maxFailures} refuses the address for {@code window} from now. Also forgets
	 * addresses whose window and refusal have both passed.
	 * @return whether the address is now refused
	 */
	boolean recordFailure(String address, Instant now, int maxFailures, Duration window) {
		Instant windowStart = now.minus(window);
		jdbc.sql("""
				delete from access_sign_in_throttles
				where window_started_at <= :windowStart and (refused_until is null or refused_until <= :now)
				  and client_address <> :address
				""").param("windowStart", at(windowStart)).param("now", at(now)).param("address", address).update();
		return jdbc.sql("""
				insert into access_sign_in_throttles as t (client_address, failures, window_started_at, refused_until)
				values (:address, 1, :now, case when 1 >= :max then cast(:until as timestamptz) end)
				on conflict (client_address) do update set
				    failures = case when t.window_started_at <= :windowStart then 1 else t.failures + 1 end,
				    window_started_at = case when t.window_started_at <= :windowStart then excluded.window_started_at
				                             else t.window_started_at end,
				    refused_until = case
				        when (case when t.window_started_at <= :windowStart then 1 else t.failures + 1 end) >= :max
				            then cast(:until as timestamptz)
				        when t.window_started_at <= :windowStart then null
				        else t.refused_until end
				returning refused_until is not null and refused_until > :now
				""")
			.param("address", address)
			.param("now", at(now))
			.param("windowStart", at(windowStart))
			.param("until", at(now.plus(window)))
			.param("max", maxFailures)
			.query(Boolean.class)
			.single();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
