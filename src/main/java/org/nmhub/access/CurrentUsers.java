package org.nmhub.access;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Finds the signed-in user for this request. Each request reads the account's access
 * version, a counter that changes in the same transaction as the account, its
 * organisation, its memberships or their partnerships (V0110, docs/adr/0030); the user
 * and memberships are read again only when it has changed since this instance last loaded
 * them. So a revoked membership or disabled account takes effect on the very next
 * request, on every app instance, as when everything was read per request (ADR 0005), for
 * one small query.
 */
@Component
public class CurrentUsers {

	private static final String ATTRIBUTE = CurrentUsers.class.getName();

	/**
	 * At most this many users are kept; past it the memory starts again (a reload each).
	 */
	private static final int KEEP = 10_000;

	private final AccountRepository accounts;

	/**
	 * Users as loaded, by id, with the access version they were loaded at (or before).
	 */
	private final Map<Long, Loaded> loaded = new ConcurrentHashMap<>();

	private record Loaded(long version, CurrentUser user) {
	}

	CurrentUsers(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * The partnership this request works in, once the partnership gate has let it through
	 * (only under {@code /p/{partnership}/…}).
	 */
	public Optional<PartnershipContext> currentContext() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request != null && request.getAttribute(PartnershipContext.ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) instanceof PartnershipContext context ? Optional.of(context)
						: Optional.empty();
	}

	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser user) {
			return Optional.of(user);
		}
		Optional<CurrentUser> user = accounts.accessVersion(authentication.getName()).flatMap(this::load);
		if (request != null) {
			user.ifPresent(u -> request.setAttribute(ATTRIBUTE, u, RequestAttributes.SCOPE_REQUEST));
		}
		return user;
	}

	/**
	 * The user at this access version. The version is read before the user, so what is
	 * kept is never older than the version it is kept under.
	 */
	private Optional<CurrentUser> load(AccountRepository.AccessVersion version) {
		Loaded kept = loaded.get(version.userId());
		if (kept != null && kept.version() == version.version()) {
			return Optional.of(kept.user());
		}
		Optional<CurrentUser> user = accounts.loadCurrentUser(version.userId());
		if (user.isPresent()) {
			if (loaded.size() >= KEEP) {
				loaded.clear();
			}
			loaded.put(version.userId(), new Loaded(version.version(), user.get()));
		}
		return user;
	}

}
