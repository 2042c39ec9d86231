package org.nmhub.access;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Finds the signed-in user for this request. The user and their memberships are read from
 * the database once per request, so a revoked membership takes effect at once.
 */
@Component
public class CurrentUsers {

	private static final String ATTRIBUTE = CurrentUsers.class.getName();

	private final AccountRepository accounts;

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
		Optional<CurrentUser> user = accounts.loadCurrentUser(authentication.getName());
		if (request != null) {
			user.ifPresent(u -> request.setAttribute(ATTRIBUTE, u, RequestAttributes.SCOPE_REQUEST));
		}
		return user;
	}

}
