package org.nmhub.web;

import java.util.Optional;

import org.nmhub.access.CurrentUser;
import org.nmhub.access.CurrentUsers;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Partnerships;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page for residents and visitors, the choice of partnership for signed-in
 * users, and each partnership's home page, which says what this user can do there.
 */
@Controller
class HomeController {

	static final String START_VIEW = "web/start";

	static final String CHOOSE_VIEW = "web/choose";

	static final String HOME_VIEW = "web/home";

	private final CurrentUsers currentUsers;

	private final Partnerships partnerships;

	HomeController(CurrentUsers currentUsers, Partnerships partnerships) {
		this.currentUsers = currentUsers;
		this.partnerships = partnerships;
	}

	@GetMapping("/")
	String start(Model model) {
		Optional<CurrentUser> user = currentUsers.current();
		if (user.isEmpty()) {
			model.addAttribute("partnerships", partnerships.all());
			return START_VIEW;
		}
		if (user.get().memberships().size() == 1) {
			return "redirect:/p/" + user.get().memberships().get(0).partnership().slug();
		}
		return CHOOSE_VIEW;
	}

	@GetMapping("/p/{partnership}")
	String home(PartnershipContext context, Model model) {
		model.addAttribute("tasks", Tasks.forContext(context));
		return HOME_VIEW;
	}

}
