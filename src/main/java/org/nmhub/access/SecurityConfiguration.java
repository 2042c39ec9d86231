package org.nmhub.access;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Form sign-in with hashed passwords, CSRF on every form, session fixation protection,
 * lockout after repeated failures (per account, and per client address), and secure
 * headers (CSP without inline script).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The session cookie's name (server.servlet.session.cookie.name). */
	static final String SESSION_COOKIE = "NMHUB_SESSION";

	/** The hash of new passwords, as the prefix DelegatingPasswordEncoder writes. */
	static final String NEW_PASSWORD_HASH = "pbkdf2@SpringSecurity_v5_8";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Request attribute telling the error page that a form's CSRF token was missing or
	 * stale.
	 */
	static final String CSRF_FAILED = "nmhub.csrfFailed";

	/**
	 * The session cookie. Sessions live in PostgreSQL (Spring Session JDBC), whose cookie
	 * does not take Boot's {@code server.servlet.session.cookie.*} settings, so they are
	 * applied here: HTTP-only, SameSite=Lax, Secure behind HTTPS.
	 */
	@Bean
	CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(SESSION_COOKIE);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setUseSecureCookie(secure);
		return cookie;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts, SignInThrottle throttle,
			@Value("${nmhub.security.max-failed-sign-ins}") int maxFailures,
			@Value("${nmhub.security.lockout}") Duration lockout) throws Exception {
		http.addFilterBefore(throttleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/", "/sign-in", "/about", "/accessibility", "/privacy", "/public/**", "/assets/**",
					"/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/actuator/health/**", "/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(successHandler(accounts))
				.failureHandler(failureHandler(accounts, throttle, maxFailures, lockout))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out")
				.logoutSuccessUrl("/sign-in?signedOut")
				.deleteCookies(SESSION_COOKIE)
				.invalidateHttpSession(true))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
				.invalidSessionUrl("/sign-in?expired"))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDeniedHandler()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(
						permissions -> permissions.policy("geolocation=(), camera=(), microphone=()")));
		return http.build();
	}

	/**
	 * No tracing of each security filter, authentication and authorisation: nothing reads
	 * those observations (no metrics or traces are exported), and recording them cost
	 * about a fifth of serving a static file (docs/performance.md).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * New passwords are hashed with PBKDF2-HMAC-SHA256 (310,000 iterations, 16-byte
	 * salt), which takes all 128 characters the password policy allows; bcrypt reads only
	 * 72 bytes and Spring Security refuses to hash more. Existing bcrypt hashes (the demo
	 * users') still sign in. See docs/adr/0033.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(NEW_PASSWORD_HASH, Map.of(NEW_PASSWORD_HASH,
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	UserDetailsService userDetailsService(AccountRepository accounts) {
		return email -> accounts.findByEmail(email)
			.map(account -> User.withUsername(account.email())
				.password(account.passwordHash())
				.disabled(!account.enabled())
				.accountLocked(account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now()))
				.authorities(AuthorityUtils.createAuthorityList("ROLE_USER"))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

	private static SavedRequestAwareAuthenticationSuccessHandler successHandler(AccountRepository accounts) {
		var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, jakarta.servlet.ServletException {
				accounts.findByEmail(authentication.getName())
					.ifPresent(account -> accounts.recordSuccessfulSignIn(account.id()));
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl("/");
		return handler;
	}

	/**
	 * Every failure gets the same message, so the page never tells whether an account
	 * exists or is locked, or the address is throttled. A wrong password counts against
	 * the account; every failure counts against the client address.
	 */
	private static AuthenticationFailureHandler failureHandler(AccountRepository accounts, SignInThrottle throttle,
			int maxFailures, Duration lockout) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String email = request.getParameter("email");
			if (exception instanceof BadCredentialsException && email != null && !email.isBlank()) {
				accounts.recordFailedSignIn(email, maxFailures, lockout);
			}
			throttle.recordFailure(request);
			response.sendRedirect(request.getContextPath() + "/sign-in?error");
		};
	}

	/**
	 * Refuses a sign-in from a throttled address before its password is checked, with the
	 * answer a wrong password gets. Not a bean, so that it runs only in this chain.
	 */
	private static OncePerRequestFilter throttleFilter(SignInThrottle throttle) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws jakarta.servlet.ServletException, IOException {
				if ("POST".equals(request.getMethod())
						&& (request.getContextPath() + "/sign-in").equals(request.getRequestURI())
						&& throttle.refuses(request)) {
					response.sendRedirect(request.getContextPath() + "/sign-in?error");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	private static AccessDeniedHandler accessDeniedHandler() {
		return (request, response, exception) -> {
			if (exception instanceof CsrfException) {
				request.setAttribute(CSRF_FAILED, Boolean.TRUE);
			}
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		};
	}

}
