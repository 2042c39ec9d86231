package org.nmhub.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.CurrentUser;
import org.nmhub.access.CurrentUsers;
import org.nmhub.access.PartnershipContext;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the layout needs: the signed-in user, the partnership being
 * worked in and the navigation for the user's role there.
 */
@ControllerAdvice
class LayoutAdvice {

	private final CurrentUsers currentUsers;

	LayoutAdvice(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser() {
		return currentUsers.current().orElse(null);
	}

	@ModelAttribute("context")
	@Nullable PartnershipContext context() {
		return currentUsers.currentContext().orElse(null);
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(HttpServletRequest request) {
		return currentUsers.currentContext()
			.map(context -> Navigation.forContext(context, request.getRequestURI()))
			.orElse(List.of());
	}

}
