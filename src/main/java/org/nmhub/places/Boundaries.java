package org.nmhub.places;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.nmhub.shared.LsoaVintage;

import org.springframework.stereotype.Component;

/**
 * The stored polygons (WKB, longitude/latitude) as JTS geometries.
 */
@Component
class Boundaries {

	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private final GeographyRepository repository;

	Boundaries(GeographyRepository repository) {
		this.repository = repository;
	}

	/** LSOA polygons of a vintage by code: those given, or every one when null. */
	Map<String, Geometry> lsoas(LsoaVintage vintage, @Nullable Collection<String> codes) {
		return decode(repository.lsoaGeometries(vintage, codes));
	}

	/** The newest polygon of a ward, district or MSOA. */
	Optional<Geometry> area(String layer, String code) {
		return repository.boundary(layer, code).map(Boundaries::decode);
	}

	/** A layer's polygons (newest vintage) inside a district, by code. */
	Map<String, Geometry> inDistrict(String layer, String ladCode) {
		return decode(repository.boundariesInDistrict(layer, ladCode));
	}

	private static Map<String, Geometry> decode(Map<String, byte[]> wkb) {
		Map<String, Geometry> geometries = new LinkedHashMap<>();
		wkb.forEach((code, bytes) -> geometries.put(code, decode(bytes)));
		return geometries;
	}

	static Geometry decode(byte[] bytes) {
		try {
			return new WKBReader(FACTORY).read(bytes);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("A stored boundary cannot be read", ex);
		}
	}

}
