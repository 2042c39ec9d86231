package org.nmhub.intelligence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.nmhub.access.PartnershipContext;
import org.nmhub.indicators.Indicators;
import org.nmhub.indicators.LocalSeries;
import org.nmhub.places.ChoroplethMap;
import org.nmhub.places.District;
import org.nmhub.places.Geography;
import org.nmhub.places.LsoaRef;
import org.nmhub.places.Places;
import org.nmhub.shared.LsoaVintage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Hotspots: the items of community intelligence the member may see and the partnership's
 * police.uk crime (a local indicator counted by LSOA and month), by 2011 LSOA for a
 * district and month, on two maps with a table.
 */
@Controller
class HotspotController {

	static final String VIEW = "intelligence/hotspots";

	private final CommunityIntelligence intelligence;

	private final IntelligenceQueries queries;

	private final Places places;

	private final Geography geography;

	private final Indicators indicators;

	HotspotController(CommunityIntelligence intelligence, IntelligenceQueries queries, Places places,
			Geography geography, Indicators indicators) {
		this.intelligence = intelligence;
		this.queries = queries;
		this.places = places;
		this.geography = geography;
		this.indicators = indicators;
	}

	/** One LSOA's row of the table. */
	record Row(String code, String name, long items, @Nullable BigDecimal crimes) {
	}

	@GetMapping("/p/{partnership}/intelligence/hotspots")
	String show(PartnershipContext context, @RequestParam(required = false) @Nullable String district,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String dataset, Model model) {
		List<District> districts = places.districts(context.partnershipId());
		District chosen = districts.stream()
			.filter(d -> d.ladCode().equals(district))
			.findFirst()
			.orElse(districts.isEmpty() ? null : districts.get(0));
		List<LocalSeries> series = indicators.localSeries(context.partnershipId())
			.stream()
			.filter(s -> s.vintage() == LsoaVintage.LSOA2011 && s.count())
			.toList();
		LocalSeries crime = series.stream()
			.filter(s -> String.valueOf(s.id()).equals(dataset))
			.findFirst()
			.orElse(series.isEmpty() ? null : series.get(0));
		String period = month != null && month.matches("\\d{4}-\\d{2}") ? month : "";
		model.addAttribute("districts", districts);
		model.addAttribute("district", chosen);
		model.addAttribute("series", series);
		model.addAttribute("crime", crime);
		model.addAttribute("month", period);
		if (chosen == null) {
			model.addAttribute("rows", List.of());
			model.addAttribute("months", List.of());
			return VIEW;
		}
		List<LsoaRef> lsoas = geography.lsoasInDistrict(LsoaVintage.LSOA2011, chosen.ladCode());
		List<String> codes = lsoas.stream().map(LsoaRef::code).toList();
		Set<String> months = new TreeSet<>(Comparator.reverseOrder());
		Map<String, Long> items = new HashMap<>();
		for (IntelligenceQueries.HotspotCount count : queries.hotspots(intelligence.viewer(context), codes)) {
			months.add(count.month());
			if (period.isEmpty() || period.equals(count.month())) {
				items.merge(count.lsoa2011(), count.items(), Long::sum);
			}
		}
		Map<String, BigDecimal> crimes = new HashMap<>();
		if (crime != null) {
			indicators.localValues(context.partnershipId(), crime.id()).forEach((p, byArea) -> {
				months.add(p);
				if (period.isEmpty() || period.equals(p)) {
					byArea.forEach((area, value) -> {
						if (codes.contains(area)) {
							crimes.merge(area, value, BigDecimal::add);
						}
					});
				}
			});
		}
		Map<String, Geometry> polygons = geography.boundaries(LsoaVintage.LSOA2011, codes);
		List<ChoroplethMap.Area> areas = lsoas.stream()
			.filter(l -> polygons.containsKey(l.code()))
			.map(l -> new ChoroplethMap.Area(l.code(), l.name(), polygons.get(l.code())))
			.toList();
		Map<String, BigDecimal> itemValues = new HashMap<>();
		codes.forEach(c -> itemValues.put(c, BigDecimal.valueOf(items.getOrDefault(c, 0L))));
		String when = period.isEmpty() ? "all months" : period;
		if (!areas.isEmpty()) {
			model.addAttribute("itemsMap",
					map("Community intelligence items you may see, " + chosen.name() + ", " + when, "items-map", areas,
							itemValues, "Items", chosen));
			if (crime != null) {
				Map<String, BigDecimal> crimeValues = new HashMap<>();
				codes.forEach(c -> crimeValues.put(c, crimes.getOrDefault(c, BigDecimal.ZERO)));
				model.addAttribute("crimeMap", map(crime.name() + ", " + chosen.name() + ", " + when, "crime-map",
						areas, crimeValues, "Crimes", chosen));
			}
		}
		List<Row> rows = new ArrayList<>();
		for (LsoaRef lsoa : lsoas) {
			long n = items.getOrDefault(lsoa.code(), 0L);
			BigDecimal c = crimes.get(lsoa.code());
			if (n > 0 || (c != null && c.signum() > 0)) {
				rows.add(new Row(lsoa.code(), lsoa.name(), n, c));
			}
		}
		rows.sort(Comparator.comparingLong(Row::items)
			.reversed()
			.thenComparing(r -> r.crimes() == null ? BigDecimal.ZERO : r.crimes(), Comparator.reverseOrder()));
		model.addAttribute("rows", rows);
		model.addAttribute("months", List.copyOf(months));
		return VIEW;
	}

	private ChoroplethMap.Rendered map(String title, String id, List<ChoroplethMap.Area> areas,
			Map<String, BigDecimal> values, String measure, District district) {
		ChoroplethMap map = ChoroplethMap.titled(title).id(id).width(560).areas(areas).values(values, measure);
		geography.districtOutline(district.ladCode())
			.ifPresent(edge -> map.outline(new ChoroplethMap.Outline(district.name() + " district boundary", edge,
					ChoroplethMap.OutlineStyle.DISTRICT)));
		return map.render();
	}

}
