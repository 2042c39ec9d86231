package org.nmhub.access;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the access layer tells the error pages about a refused request.
 */
public final class AccessErrors {

	private AccessErrors() {
	}

	/**
	 * Whether the request was refused because its form's CSRF token was missing or stale.
	 */
	public static boolean csrfFailed(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(SecurityConfiguration.CSRF_FAILED));
	}

}
