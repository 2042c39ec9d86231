package org.nmhub.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.nmhub.shared.LsoaVintage;

import org.springframework.stereotype.Service;

/**
 * National reference geography: LSOAs of each vintage, their MSOAs, wards and districts,
 * boundaries, the ONS change lookups between vintages, and point to place.
 */
@Service
public class Geography {

	/**
	 * How far apart (in degrees, about 10 m) two generalised polygons may be and still
	 * count as neighbours: the layers are generalised, so shared edges do not always meet
	 * exactly.
	 */
	static final double ADJACENCY_TOLERANCE = 0.0001;

	private final GeographyRepository geography;

	private final Boundaries boundaries;

	private final PointIndex points;

	Geography(GeographyRepository geography, Boundaries boundaries, PointIndex points) {
		this.geography = geography;
		this.boundaries = boundaries;
		this.points = points;
	}

	/**
	 * A number that changes whenever reference geography is imported, for keys of derived
	 * figures such as drawn maps.
	 */
	public long importsVersion() {
		return geography.importsVersion();
	}

	/** Every LSOA code known for a vintage (empty until its ONS lookup is imported). */
	public Set<String> lsoaCodes(LsoaVintage vintage) {
		return geography.lsoaCodes(vintage);
	}

	public Optional<LsoaRef> lsoa(LsoaVintage vintage, String code) {
		return geography.lsoa(vintage, code);
	}

	/** The LSOAs of a vintage in a district (by the lookup of that vintage), by code. */
	public List<LsoaRef> lsoasInDistrict(LsoaVintage vintage, String ladCode) {
		return geography.lsoasInDistrict(vintage, ladCode);
	}

	/**
	 * The LSOAs of a vintage best-fitted to a ward (2011 LSOAs: wards of 2017; 2021
	 * LSOAs: wards of May 2024).
	 */
	public List<LsoaRef> lsoasInWard(LsoaVintage vintage, String wardCode) {
		return geography.lsoasInWard(vintage, wardCode);
	}

	/**
	 * The ONS change lookup between two consecutive vintages (2001 to 2011, or 2011 to
	 * 2021), England only.
	 */
	public List<LsoaChange> changes(LsoaVintage from, LsoaVintage to) {
		return changesBetween(from, to);
	}

	/**
	 * The rows of the ONS change lookup that link LSOAs of one vintage to the next or the
	 * previous one (consecutive vintages only). Each row keeps the lookup's direction:
	 * its {@code fromCode} is always the older LSOA.
	 * @param codes LSOAs of the vintage {@code of}
	 */
	public List<LsoaChange> changesOf(LsoaVintage of, LsoaVintage towards, java.util.Collection<String> codes) {
		if (Math.abs(towards.year() - of.year()) != 10) {
			throw new IllegalArgumentException("ONS publishes changes between consecutive vintages only");
		}
		boolean forward = towards.year() > of.year();
		return forward ? geography.changesTouching(of.year(), towards.year(), codes, true)
				: geography.changesTouching(towards.year(), of.year(), codes, false);
	}

	private List<LsoaChange> changesBetween(LsoaVintage from, LsoaVintage to) {
		if (to.year() - from.year() != 10) {
			throw new IllegalArgumentException(
					"ONS publishes changes between consecutive vintages only (2001 to 2011, 2011 to 2021), not "
							+ from.year() + " to " + to.year());
		}
		return geography.changes(from.year(), to.year());
	}

	/** The polygons (longitude/latitude) of the LSOAs given that have one loaded. */
	public Map<String, Geometry> boundaries(LsoaVintage vintage, Collection<String> codes) {
		return boundaries.lsoas(vintage, codes);
	}

	/**
	 * A district's outline: its polygon from the newest district layer, or else the union
	 * of its 2021 (or 2011) LSOAs.
	 */
	public Optional<Geometry> districtOutline(String ladCode) {
		Optional<Geometry> layer = boundaries.area("district", ladCode);
		if (layer.isPresent()) {
			return layer;
		}
		for (LsoaVintage vintage : List.of(LsoaVintage.LSOA2021, LsoaVintage.LSOA2011)) {
			List<String> codes = lsoasInDistrict(vintage, ladCode).stream().map(LsoaRef::code).toList();
			Map<String, Geometry> polygons = boundaries.lsoas(vintage, codes);
			if (!polygons.isEmpty()) {
				return Optional.of(CascadedPolygonUnion.union(polygons.values()));
			}
		}
		return Optional.empty();
	}

	/** The ward outlines (newest ward layer) inside a district, by ward code. */
	public Map<String, Geometry> wardOutlines(String ladCode) {
		return boundaries.inDistrict("ward", ladCode);
	}

	/**
	 * Which of the given LSOAs touch each other (share an edge or a corner, within
	 * {@value #ADJACENCY_TOLERANCE} degrees): every code given that has a polygon maps to
	 * its neighbours among them.
	 */
	public Map<String, Set<String>> adjacency(LsoaVintage vintage, Collection<String> codes) {
		Map<String, Geometry> polygons = boundaries.lsoas(vintage, codes);
		STRtree tree = new STRtree();
		polygons.forEach((code, polygon) -> tree.insert(polygon.getEnvelopeInternal(), code));
		Map<String, Set<String>> neighbours = new TreeMap<>();
		polygons.keySet().forEach(code -> neighbours.put(code, new TreeSet<>()));
		polygons.forEach((code, polygon) -> {
			Envelope search = new Envelope(polygon.getEnvelopeInternal());
			search.expandBy(ADJACENCY_TOLERANCE);
			for (Object found : tree.query(search)) {
				String other = (String) found;
				if (code.compareTo(other) < 0 && polygon.isWithinDistance(polygons.get(other), ADJACENCY_TOLERANCE)) {
					neighbours.get(code).add(other);
					neighbours.get(other).add(code);
				}
			}
		});
		return neighbours;
	}

	/**
	 * The LSOAs (of each vintage whose polygons are loaded), ward and district at a
	 * point; empty if the point is in none of the loaded polygons.
	 */
	public Optional<PlaceFound> locate(double longitude, double latitude) {
		Map<LsoaVintage, String> codes = new HashMap<>();
		for (LsoaVintage vintage : LsoaVintage.values()) {
			String code = points.lsoaAt(vintage, longitude, latitude);
			if (code != null) {
				codes.put(vintage, code);
			}
		}
		if (codes.isEmpty()) {
			return Optional.empty();
		}
		Map<LsoaVintage, LsoaRef> found = new HashMap<>();
		codes.forEach((vintage, code) -> geography.lsoa(vintage, code).ifPresent(l -> found.put(vintage, l)));
		LsoaRef placing = found.containsKey(LsoaVintage.LSOA2021) ? found.get(LsoaVintage.LSOA2021)
				: found.get(LsoaVintage.LSOA2011);
		return Optional.of(new PlaceFound(longitude, latitude, ref(found.get(LsoaVintage.LSOA2001)),
				ref(found.get(LsoaVintage.LSOA2011)), ref(found.get(LsoaVintage.LSOA2021)),
				placing == null ? null : placing.ward(), placing == null ? null : placing.district()));
	}

	private static @Nullable AreaRef ref(@Nullable LsoaRef lsoa) {
		return lsoa == null ? null : new AreaRef(lsoa.code(), lsoa.name());
	}

	/** Loaded layers with their counts, for the geography page. */
	List<GeographyRepository.Layer> layers() {
		return new ArrayList<>(geography.layers());
	}

}
