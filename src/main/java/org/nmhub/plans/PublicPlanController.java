package org.nmhub.plans;

import java.time.LocalDate;

import org.nmhub.access.PartnershipRef;
import org.nmhub.access.PublicPage;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A neighbourhood's agreed action plan for residents, without signing in: its priorities
 * and the actions residents may see, in plain words, with their progress. Drafts, actions
 * marked not for the public, officers' names, evidence references and progress notes are
 * never shown.
 */
@Controller
@PublicPage
class PublicPlanController {

	static final String VIEW = "plans/public";

	private final ActionPlans plans;

	private final Places places;

	PublicPlanController(ActionPlans plans, Places places) {
		this.plans = plans;
		this.places = places;
	}

	@GetMapping("/public/{partnership}/neighbourhoods/{key}/plan")
	String show(PartnershipRef partnership, @PathVariable String key, Model model) {
		NeighbourhoodRef neighbourhood = places.neighbourhood(partnership.id(), key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("partnershipName", partnership.name());
		model.addAttribute("neighbourhoodName", neighbourhood.name());
		model.addAttribute("plan",
				plans.agreedNeighbourhoodPlan(partnership.id(), neighbourhood.id())
					.map(plan -> PublicPlan.of(plan, plans.priorities(plan), LocalDate.now()))
					.orElse(null));
		return VIEW;
	}

}
