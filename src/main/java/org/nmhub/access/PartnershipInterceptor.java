package org.nmhub.access;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The gate for every partnership route: {@code /p/{partnership}/…} requires a membership
 * of that partnership, the role a handler names with {@link RequiresRole}, and a role
 * that can write for anything but GET. An unknown partnership and a partnership the user
 * does not belong to get the same 403, so the answer does not reveal which partnerships
 * exist. Public pages ({@link PublicPage}) resolve the partnership without a membership.
 */
class PartnershipInterceptor implements HandlerInterceptor {

	static final String PUBLIC_PARTNERSHIP = PartnershipInterceptor.class.getName() + ".public";

	private final CurrentUsers currentUsers;

	private final PartnershipRepository partnerships;

	PartnershipInterceptor(CurrentUsers currentUsers, PartnershipRepository partnerships) {
		this.currentUsers = currentUsers;
		this.partnerships = partnerships;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Optional<CurrentUser> user = currentUsers.current();
		if (user.isPresent() && user.get().mustChangePassword()
				&& !method.getBeanType().equals(PasswordController.class)) {
			response.sendRedirect(request.getContextPath() + "/account/password");
			return false;
		}
		String slug = partnershipSlug(request);
		boolean publicPage = AnnotatedElementUtils.hasAnnotation(method.getMethod(), PublicPage.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicPage.class);
		RequiresRole requiresRole = requiresRole(method);
		if (slug == null) {
			if (requiresRole != null) {
				throw new IllegalStateException(method + " names roles but has no {partnership} in its path");
			}
			return true;
		}
		if (publicPage) {
			PartnershipRef partnership = partnerships.findBySlug(slug)
				.orElseThrow(() -> new UnknownPartnershipException(slug));
			request.setAttribute(PUBLIC_PARTNERSHIP, partnership);
			return true;
		}
		CurrentUser current = user.orElseThrow(() -> new AccessDeniedException("not signed in"));
		Membership membership = current.membershipIn(slug)
			.orElseThrow(() -> new AccessDeniedException("not a member of this partnership"));
		if (requiresRole != null && Arrays.stream(requiresRole.value()).noneMatch(r -> r == membership.role())) {
			throw new AccessDeniedException("role " + membership.role() + " may not use this page");
		}
		if (!isRead(request) && !membership.role().canWrite()) {
			throw new AccessDeniedException("role " + membership.role() + " is read-only");
		}
		request.setAttribute(PartnershipContext.ATTRIBUTE, new PartnershipContext(current, membership));
		return true;
	}

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	@SuppressWarnings("unchecked")
	private static String partnershipSlug(HttpServletRequest request) {
		var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables == null ? null : variables.get("partnership");
	}

	private static RequiresRole requiresRole(HandlerMethod method) {
		RequiresRole onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresRole.class);
		return onMethod != null ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresRole.class);
	}

}
