package org.nmhub.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.LsoaVintage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.stereotype.Service;

/**
 * A partnership's places: districts, neighbourhoods (each a versioned set of LSOAs) and
 * designations.
 */
@Service
public class Places {

	private final PlaceRepository places;

	private final NeighbourhoodVersionRepository versions;

	private final ApplicationEventPublisher events;

	Places(PlaceRepository places, NeighbourhoodVersionRepository versions, ApplicationEventPublisher events) {
		this.places = places;
		this.versions = versions;
		this.events = events;
	}

	public List<District> districts(PartnershipId partnership) {
		return places.districts(partnership);
	}

	public List<NeighbourhoodRef> neighbourhoods(PartnershipId partnership) {
		return places.neighbourhoods(partnership);
	}

	public Optional<NeighbourhoodRef> neighbourhood(PartnershipId partnership, String key) {
		return places.neighbourhood(partnership, key);
	}

	public List<Designation> designations(PartnershipId partnership) {
		return places.designations(partnership);
	}

	/** Every version of a neighbourhood's area, newest first. */
	public List<NeighbourhoodVersion> versions(PartnershipId partnership, NeighbourhoodRef neighbourhood) {
		return versions.versions(partnership, neighbourhood.id());
	}

	/**
	 * The neighbourhood's current area in LSOAs of one vintage, if it has been drawn in
	 * that vintage.
	 */
	public Optional<NeighbourhoodVersion> currentArea(PartnershipId partnership, NeighbourhoodRef neighbourhood,
			LsoaVintage vintage) {
		return versions.versions(partnership, neighbourhood.id())
			.stream()
			.filter(v -> v.vintage() == vintage)
			.findFirst();
	}

	/** LSOA names by code for a vintage. */
	public Map<String, String> lsoaNames(LsoaVintage vintage, Collection<String> codes) {
		return versions.lsoaNames(vintage, codes);
	}

	/**
	 * Records a new version of a neighbourhood's area, after checking every code is an
	 * LSOA of the vintage. Audited.
	 * @return the problems that stopped it, by field (empty when it was saved)
	 */
	@Transactional
	List<AreaDrawing.FieldProblem> redraw(PartnershipContext context, NeighbourhoodRef neighbourhood,
			AreaDrawing drawing, String derivation) {
		List<AreaDrawing.FieldProblem> problems = new ArrayList<>(drawing.problems());
		if (!problems.isEmpty()) {
			return problems;
		}
		Set<String> codes = drawing.codes();
		Set<String> known = versions.knownLsoas(drawing.lsoaVintage(), codes);
		List<String> unknown = codes.stream().filter(c -> !known.contains(c)).toList();
		if (!unknown.isEmpty()) {
			problems.add(new AreaDrawing.FieldProblem("lsoaCodes", (unknown.size() == 1 ? unknown.get(0) + " is not"
					: String.join(", ", unknown.stream().limit(20).toList())
							+ (unknown.size() > 20 ? " and " + (unknown.size() - 20) + " more are not" : " are not"))
					+ " " + drawing.vintage() + " LSOA" + (unknown.size() == 1 ? "" : "s") + " (is the ONS lookup for "
					+ drawing.vintage() + " imported?)"));
			return problems;
		}
		Optional<NeighbourhoodVersion> before = currentArea(context.partnershipId(), neighbourhood,
				drawing.lsoaVintage());
		long versionId = versions.insert(context.partnershipId(), neighbourhood.id(), drawing.lsoaVintage(),
				drawing.validFrom(), drawing.reason().trim(), derivation, null, context.user().displayName(), codes);
		Map<String, @Nullable Object> was = new LinkedHashMap<>();
		was.put("lsoas", before.map(NeighbourhoodVersion::lsoaCodes).orElse(null));
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("vintage", drawing.vintage());
		now.put("lsoas", List.copyOf(new TreeSet<>(codes)));
		now.put("reason", drawing.reason().trim());
		events.publishEvent(new NeighbourhoodRedrawn(context.partnershipId(), neighbourhood.id(), neighbourhood.key(),
				versionId, drawing.lsoaVintage(),
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "updated", "neighbourhood", neighbourhood.key(),
						"Redrew " + neighbourhood.name() + " as " + codes.size() + " LSOAs of " + drawing.vintage(),
						was, now)));
		return List.of();
	}

}
