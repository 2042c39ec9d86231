package org.nmhub.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.nmhub.access.PartnershipContext;
import org.nmhub.places.ChoroplethMap;
import org.nmhub.places.District;
import org.nmhub.places.Geography;
import org.nmhub.places.LsoaRef;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;

import org.springframework.stereotype.Service;

/**
 * Maps of the evidence: a district's LSOAs coloured by any indicator of any edition, with
 * the district's edge and the outlines of the partnership's neighbourhoods in it, drawn
 * as SVG on the server (no internet needed; prints and goes into PDFs).
 */
@Service
class EvidenceMaps {

	private final Indicators indicators;

	private final NeighbourhoodProfiles profiles;

	private final Places places;

	private final Geography geography;

	/**
	 * Drawn maps, keyed by everything they show: redrawn after an import or a
	 * neighbourhood's new area.
	 */
	private final Memo<Optional<ChoroplethMap.Rendered>> rendered = new Memo<>(128);

	EvidenceMaps(Indicators indicators, NeighbourhoodProfiles profiles, Places places, Geography geography) {
		this.indicators = indicators;
		this.profiles = profiles;
		this.places = places;
		this.geography = geography;
	}

	/**
	 * The map of one district for an indicator of an edition, or empty when the edition
	 * is not imported or no boundaries of its vintage are loaded for the district.
	 */
	Optional<ChoroplethMap.Rendered> district(PartnershipContext context, IndicatorDataset edition,
			IndicatorDefinition indicator, District district) {
		long datasets = indicators.datasets().stream().mapToLong(IndicatorDataset::id).max().orElse(0);
		String key = context.partnershipId().value() + "|" + edition.key() + "|" + datasets + "|" + indicator.key()
				+ "|" + district.ladCode() + "|" + places.areasVersion(context.partnershipId()) + "|"
				+ geography.importsVersion();
		return rendered.get(key, () -> draw(context, edition, indicator, district));
	}

	private Optional<ChoroplethMap.Rendered> draw(PartnershipContext context, IndicatorDataset edition,
			IndicatorDefinition indicator, District district) {
		List<LsoaRef> lsoas = geography.lsoasInDistrict(edition.vintage(), district.ladCode());
		List<String> codes = lsoas.stream().map(LsoaRef::code).toList();
		Map<String, Geometry> polygons = geography.boundaries(edition.vintage(), codes);
		if (polygons.isEmpty()) {
			return Optional.empty();
		}
		List<ChoroplethMap.Area> areas = lsoas.stream()
			.filter(l -> polygons.containsKey(l.code()))
			.map(l -> new ChoroplethMap.Area(l.code(), l.name(), polygons.get(l.code())))
			.toList();
		Map<String, BigDecimal> values = indicators.values(edition.key(), indicator.key(), codes);
		ChoroplethMap map = ChoroplethMap
			.titled(indicator.name() + ", IoD " + edition.edition() + ": " + district.name() + " ("
					+ edition.vintage().year() + " LSOAs)")
			.id("evidence-map")
			.areas(areas)
			.values(values, indicator.name());
		if (indicator.measure() == Measure.DECILE) {
			map.breaks(List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(4),
					BigDecimal.valueOf(6), BigDecimal.valueOf(8)));
		}
		else {
			map.quantiles(5);
		}
		geography.districtOutline(district.ladCode())
			.ifPresent(edge -> map.outline(new ChoroplethMap.Outline(district.name() + " district boundary", edge,
					ChoroplethMap.OutlineStyle.DISTRICT)));
		for (NeighbourhoodRef neighbourhood : places.neighbourhoods(context.partnershipId())) {
			if (!district.ladCode().equals(neighbourhood.districtCode())) {
				continue;
			}
			profiles.area(context, neighbourhood, edition.vintage()).ifPresent(area -> {
				List<Geometry> parts = area.codes()
					.stream()
					.map(polygons::get)
					.filter(java.util.Objects::nonNull)
					.collect(Collectors.toList());
				if (!parts.isEmpty()) {
					map.outline(new ChoroplethMap.Outline(neighbourhood.name(), UnaryUnionOp.union(parts),
							ChoroplethMap.OutlineStyle.NEIGHBOURHOOD));
				}
			});
		}
		return Optional.of(map.render());
	}

}
