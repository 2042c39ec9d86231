package org.nmhub.partners;

import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Partnerships;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Who the partners are and which bodies the partnership works through.
 */
@Controller
class PartnersController {

	static final String VIEW = "partners/list";

	private final Partnerships partnerships;

	private final Bodies bodies;

	PartnersController(Partnerships partnerships, Bodies bodies) {
		this.partnerships = partnerships;
		this.bodies = bodies;
	}

	@GetMapping("/p/{partnership}/partners")
	String list(PartnershipContext context, Model model) {
		model.addAttribute("organisations", partnerships.organisations(context.partnershipId()));
		model.addAttribute("bodies", bodies.all(context.partnershipId()));
		return VIEW;
	}

}
