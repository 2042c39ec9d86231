package org.nmhub.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which polygon of a layer contains a point: an STR-tree of prepared polygons, built once
 * and then read-only, so any number of threads may query it. Plain JTS, no Spring, so
 * that the benchmark in {@code bench/} measures exactly this class.
 * <p>
 * A point on the shared edge of two polygons is in both; the lower code wins, so the
 * answer does not depend on the order the polygons were loaded.
 */
final class PolygonIndex {

	private record Entry(String code, PreparedGeometry polygon) {
	}

	private final STRtree tree;

	private final GeometryFactory factory;

	private final int size;

	private PolygonIndex(STRtree tree, GeometryFactory factory, int size) {
		this.tree = tree;
		this.factory = factory;
		this.size = size;
	}

	/** Indexes polygons (in longitude/latitude) by their area code. */
	static PolygonIndex of(Map<String, Geometry> polygons) {
		STRtree tree = new STRtree();
		GeometryFactory factory = new GeometryFactory();
		for (Map.Entry<String, Geometry> e : polygons.entrySet()) {
			PreparedGeometry prepared = PreparedGeometryFactory.prepare(e.getValue());
			// Build the prepared polygon's point locator now, not in a reader's thread.
			prepared.intersects(e.getValue().getInteriorPoint());
			tree.insert(e.getValue().getEnvelopeInternal(), new Entry(e.getKey(), prepared));
		}
		// An STRtree builds itself on first query; build it here, before it is shared.
		tree.build();
		return new PolygonIndex(tree, factory, polygons.size());
	}

	/** The code of the polygon containing the point, or null if none does. */
	@Nullable String codeAt(double longitude, double latitude) {
		Coordinate coordinate = new Coordinate(longitude, latitude);
		Point point = factory.createPoint(coordinate);
		List<Object> candidates = size == 0 ? List.of() : tree.query(new Envelope(coordinate));
		String found = null;
		for (Object candidate : candidates) {
			Entry entry = (Entry) candidate;
			if ((found == null || entry.code().compareTo(found) < 0) && entry.polygon().intersects(point)) {
				found = entry.code();
			}
		}
		return found;
	}

	/** The codes of every polygon whose bounding box contains the point (for tests). */
	List<String> candidates(double longitude, double latitude) {
		List<String> codes = new ArrayList<>();
		for (Object candidate : tree.query(new Envelope(new Coordinate(longitude, latitude)))) {
			codes.add(((Entry) candidate).code());
		}
		return codes;
	}

	int size() {
		return size;
	}

}
