package org.nmhub.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nmhub.access.PartnershipContext;
import org.nmhub.shared.LsoaVintage;

import org.locationtech.jts.geom.Geometry;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Point to place (which LSOA, ward and district a longitude and latitude are in) and the
 * map of a district's LSOAs.
 */
@Controller
class PlaceLookupController {

	static final String LOCATE_VIEW = "places/locate";

	static final String MAP_VIEW = "places/map";

	private final Geography geography;

	private final Places places;

	PlaceLookupController(Geography geography, Places places) {
		this.geography = geography;
		this.places = places;
	}

	@GetMapping("/p/{partnership}/places/locate")
	String locate(PartnershipContext context, @RequestParam(required = false) String longitude,
			@RequestParam(required = false) String latitude, Model model) {
		model.addAttribute("longitude", longitude == null ? "" : longitude);
		model.addAttribute("latitude", latitude == null ? "" : latitude);
		if (longitude == null && latitude == null) {
			return LOCATE_VIEW;
		}
		List<String[]> errors = new ArrayList<>();
		Double lon = number(longitude, -180, 180, "longitude", "Enter a longitude between -180 and 180, like -1.3557",
				errors);
		Double lat = number(latitude, -90, 90, "latitude", "Enter a latitude between -90 and 90, like 52.7245", errors);
		model.addAttribute("errors", errors);
		if (errors.isEmpty()) {
			Optional<PlaceFound> found = geography.locate(lon, lat);
			model.addAttribute("searched", true);
			model.addAttribute("place", found.orElse(null));
			model.addAttribute("neighbourhoods",
					found.map(place -> places.neighbourhoodsAt(context.partnershipId(), place)).orElse(List.of()));
		}
		return LOCATE_VIEW;
	}

	private static Double number(String text, double min, double max, String field, String message,
			List<String[]> errors) {
		try {
			double value = Double.parseDouble(text == null ? "" : text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(new String[] { field, message });
		return null;
	}

	@GetMapping("/p/{partnership}/places/map")
	String map(PartnershipContext context, @RequestParam(defaultValue = "2021") int vintage,
			@RequestParam(required = false) String district, Model model) {
		List<District> districts = places.districts(context.partnershipId());
		LsoaVintage lsoaVintage = LsoaVintage.ofYear(vintage == 2001 || vintage == 2011 ? vintage : 2021);
		District chosen = districts.stream()
			.filter(d -> d.ladCode().equals(district))
			.findFirst()
			.orElse(districts.isEmpty() ? null : districts.get(0));
		model.addAttribute("districts", districts);
		model.addAttribute("vintage", lsoaVintage.year());
		model.addAttribute("district", chosen);
		if (chosen == null) {
			return MAP_VIEW;
		}
		List<LsoaRef> lsoas = geography.lsoasInDistrict(lsoaVintage, chosen.ladCode());
		Map<String, Geometry> polygons = geography.boundaries(lsoaVintage, lsoas.stream().map(LsoaRef::code).toList());
		List<ChoroplethMap.Area> areas = lsoas.stream()
			.filter(l -> polygons.containsKey(l.code()))
			.map(l -> new ChoroplethMap.Area(l.code(), l.name(), polygons.get(l.code())))
			.toList();
		ChoroplethMap map = ChoroplethMap
			.titled(lsoaVintage.year() + " LSOAs of " + chosen.name() + " (" + chosen.ladCode() + ")")
			.id("district-map")
			.areas(areas);
		geography.districtOutline(chosen.ladCode())
			.ifPresent(outline -> map.outline(new ChoroplethMap.Outline(chosen.name() + " district boundary", outline,
					ChoroplethMap.OutlineStyle.DISTRICT)));
		model.addAttribute("lsoas", lsoas);
		model.addAttribute("missingBoundaries", lsoas.size() - areas.size());
		model.addAttribute("map", areas.isEmpty() ? null : map.render());
		return MAP_VIEW;
	}

}
