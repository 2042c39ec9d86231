package org.nmhub.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.nmhub.access.PartnershipId;
import org.nmhub.places.Geography;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.NeighbourhoodVersion;
import org.nmhub.places.Places;

import org.springframework.stereotype.Component;

/**
 * Each neighbourhood's current area as one shape: the union of the polygons of the LSOAs
 * of its newest version. Unions are costly, so they are kept per partnership under a key
 * of the partnership's newest drawing and the boundaries imported: a redrawing or a new
 * boundary import is a new key (safe across app instances).
 */
@Component
class NeighbourhoodShapes {

	private final Places places;

	private final Geography geography;

	private final Map<String, List<Shape>> memo = java.util.Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, List<Shape>> eldest) {
				return size() > 32;
			}
		});

	NeighbourhoodShapes(Places places, Geography geography) {
		this.places = places;
		this.geography = geography;
	}

	/** A neighbourhood's current area, with the LSOAs and vintage it was drawn in. */
	record Shape(NeighbourhoodRef neighbourhood, NeighbourhoodVersion version, Geometry geometry) {
	}

	List<Shape> shapes(PartnershipId partnership) {
		String key = partnership.value() + "|" + places.areasVersion(partnership) + "|" + geography.importsVersion();
		List<Shape> shapes = memo.get(key);
		if (shapes == null) {
			shapes = compute(partnership);
			memo.put(key, shapes);
		}
		return shapes;
	}

	private List<Shape> compute(PartnershipId partnership) {
		List<Shape> shapes = new ArrayList<>();
		for (NeighbourhoodRef n : places.neighbourhoods(partnership)) {
			List<NeighbourhoodVersion> versions = places.versions(partnership, n);
			if (versions.isEmpty()) {
				continue;
			}
			NeighbourhoodVersion current = versions.get(0);
			Map<String, Geometry> polygons = geography.boundaries(current.vintage(), current.lsoaCodes());
			if (polygons.isEmpty()) {
				continue;
			}
			Geometry union = UnaryUnionOp.union(polygons.values());
			if (union != null && !union.isEmpty()) {
				shapes.add(new Shape(n, current, union));
			}
		}
		return List.copyOf(shapes);
	}

}
