package org.nmhub.places;

import java.util.List;

import org.nmhub.access.PartnershipRef;
import org.nmhub.access.PublicPage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The residents' way in, without signing in: a partnership's neighbourhoods, and for each
 * one where it is, how it was chosen, and the public pages about it (the agreed action
 * plan, "you said, we did", telling the partnership something, public meetings). Only
 * public facts: names, places, dated designations with their reasons.
 */
@Controller
@PublicPage
class PublicNeighbourhoodController {

	private final Places places;

	PublicNeighbourhoodController(Places places) {
		this.places = places;
	}

	@GetMapping("/public/{partnership}/neighbourhoods")
	String list(PartnershipRef partnership, Model model) {
		model.addAttribute("partnership", partnership);
		model.addAttribute("neighbourhoods", places.neighbourhoods(partnership.id()));
		return "places/public-neighbourhoods";
	}

	@GetMapping("/public/{partnership}/neighbourhoods/{key}")
	String show(PartnershipRef partnership, @PathVariable String key, Model model) {
		NeighbourhoodRef neighbourhood = places.neighbourhood(partnership.id(), key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Designation> designations = places.designations(partnership.id())
			.stream()
			.filter(d -> d.neighbourhoods().stream().anyMatch(n -> n.id() == neighbourhood.id()))
			.toList();
		model.addAttribute("partnership", partnership);
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("designations", designations);
		model.addAttribute("area", places.versions(partnership.id(), neighbourhood).stream().findFirst().orElse(null));
		return "places/public-neighbourhood";
	}

}
