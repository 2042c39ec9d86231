package org.nmhub.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Spring Session writes a session's last-access time back to PostgreSQL on every request
 * (one {@code UPDATE} and commit per page view), even when nothing else in the session
 * changed. This repository, put in front of the JDBC one, passes the new time on only
 * when the stored one is older than {@code nmhub.session.touch-interval} (default one
 * minute). A session may therefore end up to that long before its idle timeout; attribute
 * changes (signing in, flash messages) are still saved at once, and every instance still
 * reads the session from the database, so the fleet is unaffected (docs/adr/0035).
 */
@Configuration(proxyBeanMethods = false)
class SessionTouchThrottle {

	/**
	 * Wraps Spring Session's JDBC repository once it is set up (Boot configures it only
	 * when no other session repository bean exists, so this one is not a bean of its
	 * own), has it add attributes with PostgreSQL's upsert, and gives it the attribute
	 * reader that keeps what every request reads ({@link KeptSessionAttributes}).
	 */
	@Bean
	static BeanPostProcessor sessionTouchThrottling(Environment environment) {
		Duration interval = environment.getProperty("nmhub.session.touch-interval", Duration.class,
				Duration.ofMinutes(1));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository sessions) {
					// Two requests of one session at once (a page and its htmx calls) can
					// each add the same attribute: Spring Session's plain INSERT then
					// fails the second with a duplicate key. PostgreSQL's upsert keeps
					// the later value instead.
					new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(sessions);
					sessions.setConversionService(new KeptSessionAttributes().conversionService());
					return new ThrottledSessionRepository(sessions, interval);
				}
				return bean;
			}
		};
	}

	/** Delegates to the JDBC repository, wrapping its sessions. */
	static final class ThrottledSessionRepository implements SessionRepository<ThrottledSession> {

		private final SessionRepository<Session> delegate;

		private final Duration interval;

		@SuppressWarnings("unchecked")
		ThrottledSessionRepository(SessionRepository<? extends Session> delegate, Duration interval) {
			this.delegate = (SessionRepository<Session>) delegate;
			this.interval = interval;
		}

		@Override
		public ThrottledSession createSession() {
			return new ThrottledSession(delegate.createSession(), interval);
		}

		@Override
		public void save(ThrottledSession session) {
			delegate.save(session.delegate);
		}

		@Override
		public @Nullable ThrottledSession findById(String id) {
			Session found = delegate.findById(id);
			return found == null ? null : new ThrottledSession(found, interval);
		}

		@Override
		public void deleteById(String id) {
			delegate.deleteById(id);
		}

	}

	/**
	 * A stored session whose last-access time moves only when it is at least the interval
	 * old.
	 */
	static final class ThrottledSession implements Session {

		private final Session delegate;

		private final Duration interval;

		ThrottledSession(Session delegate, Duration interval) {
			this.delegate = delegate;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (delegate.getLastAccessedTime().plus(interval).isAfter(lastAccessedTime)) {
				return;
			}
			delegate.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return delegate.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return delegate.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return delegate.isExpired();
		}

	}

}
