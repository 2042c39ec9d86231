package org.nmhub.indicators;

import java.util.List;

import org.nmhub.access.PartnershipContext;
import org.nmhub.places.District;
import org.nmhub.places.Places;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map of any indicator of any imported edition, for one district at a time, with an
 * accessible table of the same figures.
 */
@Controller
class EvidenceMapController {

	static final String VIEW = "indicators/map";

	private final NeighbourhoodProfiles profiles;

	private final Indicators indicators;

	private final EvidenceMaps maps;

	private final Places places;

	EvidenceMapController(NeighbourhoodProfiles profiles, Indicators indicators, EvidenceMaps maps, Places places) {
		this.profiles = profiles;
		this.indicators = indicators;
		this.maps = maps;
		this.places = places;
	}

	@GetMapping("/p/{partnership}/indicators/map")
	String map(PartnershipContext context, @RequestParam(required = false) String edition,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String district,
			Model model) {
		List<IndicatorDataset> editions = profiles.editions();
		List<District> districts = places.districts(context.partnershipId());
		IndicatorDataset chosenEdition = editions.stream()
			.filter(e -> e.key().equals(edition))
			.findFirst()
			.orElse(editions.isEmpty() ? null : editions.get(0));
		List<IndicatorDefinition> choices = chosenEdition == null ? List.of()
				: indicators.definitions()
					.stream()
					.filter(d -> editionIndicators(chosenEdition).contains(d.key()))
					.toList();
		IndicatorDefinition chosenIndicator = choices.stream()
			.filter(d -> d.key().equals(indicator))
			.findFirst()
			.orElse(choices.stream()
				.filter(d -> d.key().equals("imd_decile"))
				.findFirst()
				.orElse(choices.isEmpty() ? null : choices.get(0)));
		District chosenDistrict = districts.stream()
			.filter(d -> d.ladCode().equals(district))
			.findFirst()
			.orElse(districts.isEmpty() ? null : districts.get(0));
		model.addAttribute("editions", editions);
		model.addAttribute("indicators", choices);
		model.addAttribute("districts", districts);
		model.addAttribute("edition", chosenEdition);
		model.addAttribute("indicator", chosenIndicator);
		model.addAttribute("district", chosenDistrict);
		model.addAttribute("map", chosenEdition == null || chosenIndicator == null || chosenDistrict == null ? null
				: maps.district(context, chosenEdition, chosenIndicator, chosenDistrict).orElse(null));
		return VIEW;
	}

	private List<String> editionIndicators(IndicatorDataset edition) {
		return indicators.datasets()
			.stream()
			.filter(d -> d.key().equals(edition.key()))
			.flatMap(d -> d.indicatorKeys().stream())
			.toList();
	}

}
