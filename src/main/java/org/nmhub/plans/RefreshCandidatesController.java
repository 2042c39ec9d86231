package org.nmhub.plans;

import org.nmhub.access.PartnershipContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Neighbourhood priorities that match no LAA outcome: candidates for the LAA's refresh.
 */
@Controller
class RefreshCandidatesController {

	private final RefreshCandidatesQueries queries;

	RefreshCandidatesController(RefreshCandidatesQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/p/{partnership}/plans/refresh-candidates")
	String candidates(PartnershipContext context, Model model) {
		model.addAttribute("candidates", queries.candidates(context.partnershipId().value()));
		return "plans/refresh-candidates";
	}

}
