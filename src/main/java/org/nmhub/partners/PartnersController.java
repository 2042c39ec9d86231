package org.nmhub.partners;

import org.nmhub.access.PartnershipContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Who the partners are and which bodies the partnership works through.
 */
@Controller
class PartnersController {

	static final String VIEW = "partners/list";

	private final Organisations organisations;

	private final Bodies bodies;

	PartnersController(Organisations organisations, Bodies bodies) {
		this.organisations = organisations;
		this.bodies = bodies;
	}

	@GetMapping("/p/{partnership}/partners")
	String list(PartnershipContext context, Model model) {
		model.addAttribute("organisations", organisations.all(context));
		model.addAttribute("duplicates", organisations.duplicates(context));
		model.addAttribute("bodies", bodies.visible(context));
		return VIEW;
	}

}
