package org.nmhub.places;

import java.util.List;

import org.nmhub.access.PartnershipContext;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The partnership's districts, neighbourhoods and priority designations.
 */
@Controller
class NeighbourhoodController {

	static final String LIST_VIEW = "places/list";

	static final String SHOW_VIEW = "places/show";

	private final Places places;

	NeighbourhoodController(Places places) {
		this.places = places;
	}

	@GetMapping("/p/{partnership}/neighbourhoods")
	String list(PartnershipContext context, Model model) {
		model.addAttribute("districts", places.districts(context.partnershipId()));
		model.addAttribute("designations", places.designations(context.partnershipId()));
		model.addAttribute("neighbourhoods", places.neighbourhoods(context.partnershipId()));
		return LIST_VIEW;
	}

	@GetMapping("/p/{partnership}/neighbourhoods/{key}")
	String show(PartnershipContext context, @PathVariable String key, Model model) {
		NeighbourhoodRef neighbourhood = places.neighbourhood(context.partnershipId(), key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Designation> in = places.designations(context.partnershipId())
			.stream()
			.filter(d -> d.neighbourhoods().stream().anyMatch(n -> n.id() == neighbourhood.id()))
			.toList();
		List<NeighbourhoodVersion> versions = places.versions(context.partnershipId(), neighbourhood);
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("designations", in);
		model.addAttribute("versions", versions);
		model.addAttribute("areas", AreaView.current(versions, places));
		model.addAttribute("canRedraw", NeighbourhoodScope.canRedraw(context, neighbourhood));
		return SHOW_VIEW;
	}

}
