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
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.LsoaVintage;
import org.nmhub.shared.Slugs;

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

	/**
	 * Adds a neighbourhood in one of the partnership's districts. Audited.
	 * @return the problem that stopped it, if any
	 */
	@Transactional
	Optional<FieldProblem> createNeighbourhood(PartnershipContext context, NeighbourhoodForm form) {
		String name = form.name().trim();
		String key = Slugs.of(name);
		if (places.neighbourhoodExists(context.partnershipId(), key)) {
			return Optional.of(new FieldProblem("name", "There is already a neighbourhood called " + name));
		}
		District district = places.districts(context.partnershipId())
			.stream()
			.filter(d -> d.id() == form.district())
			.findFirst()
			.orElse(null);
		if (district == null) {
			return Optional.of(new FieldProblem("districtId", "Select one of the partnership's districts"));
		}
		if (context.role() == org.nmhub.access.Role.DISTRICT_COORDINATOR
				&& !district.ladCode().equals(context.membership().districtCode())) {
			return Optional.of(new FieldProblem("districtId", "You can add neighbourhoods to your own district only"));
		}
		String[] named = form.places() == null ? new String[0]
				: java.util.Arrays.stream(form.places().split(","))
					.map(String::trim)
					.filter(p -> !p.isEmpty())
					.toArray(String[]::new);
		long id = places.insertNeighbourhood(context.partnershipId(), key, name, district.id(), named,
				"Added in NM Hub by " + context.user().displayName());
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("name", name);
		now.put("district", district.name());
		events.publishEvent(new NeighbourhoodCreated(context.partnershipId(), id, key,
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "created", "neighbourhood", key,
						"Added the neighbourhood " + name, Map.of(), now)));
		return Optional.empty();
	}

	/**
	 * Records a dated designation of the partnership's priority neighbourhoods. Audited.
	 * @return the problem that stopped it, if any
	 */
	@Transactional
	Optional<FieldProblem> recordDesignation(PartnershipContext context, DesignationForm form) {
		String name = form.name().trim();
		String key = Slugs.of(name);
		if (places.designationExists(context.partnershipId(), key)) {
			return Optional.of(new FieldProblem("name", "There is already a designation called " + name));
		}
		if (form.date() == null) {
			return Optional.of(new FieldProblem("designatedOn", "Enter a real date, for example 2026-04-01"));
		}
		long id = places.insertDesignation(context.partnershipId(), key, name, form.date(), form.reason().trim(),
				form.evidence() == null ? "" : form.evidence().trim(), context.user().displayName(), form.ids());
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("name", name);
		now.put("designatedOn", form.date().toString());
		now.put("neighbourhoodIds", form.ids());
		events.publishEvent(new DesignationRecorded(context.partnershipId(), id, key,
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "created", "designation", key, "Recorded the designation " + name,
						Map.of(), now)));
		return Optional.empty();
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

	/**
	 * The partnership's neighbourhoods whose current area contains the place found, in
	 * any vintage whose LSOA was found.
	 */
	public List<NeighbourhoodRef> neighbourhoodsAt(PartnershipId partnership, PlaceFound place) {
		Set<Long> ids = new java.util.HashSet<>();
		if (place.lsoa2001() != null) {
			ids.addAll(versions.neighbourhoodsContaining(partnership, LsoaVintage.LSOA2001, place.lsoa2001().code()));
		}
		if (place.lsoa2011() != null) {
			ids.addAll(versions.neighbourhoodsContaining(partnership, LsoaVintage.LSOA2011, place.lsoa2011().code()));
		}
		if (place.lsoa2021() != null) {
			ids.addAll(versions.neighbourhoodsContaining(partnership, LsoaVintage.LSOA2021, place.lsoa2021().code()));
		}
		return places.neighbourhoods(partnership).stream().filter(n -> ids.contains(n.id())).toList();
	}

	/**
	 * A number that changes whenever any of the partnership's neighbourhoods is redrawn,
	 * for keys of derived figures such as maps with neighbourhood outlines.
	 */
	public long areasVersion(PartnershipId partnership) {
		return versions.newestVersionId(partnership);
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
	List<FieldProblem> redraw(PartnershipContext context, NeighbourhoodRef neighbourhood, AreaDrawing drawing,
			String derivation) {
		List<FieldProblem> problems = new ArrayList<>(drawing.problems());
		if (!problems.isEmpty()) {
			return problems;
		}
		Set<String> codes = drawing.codes();
		Set<String> known = versions.knownLsoas(drawing.lsoaVintage(), codes);
		List<String> unknown = codes.stream().filter(c -> !known.contains(c)).toList();
		if (!unknown.isEmpty()) {
			problems.add(new FieldProblem("lsoaCodes", (unknown.size() == 1 ? unknown.get(0) + " is not"
					: String.join(", ", unknown.stream().limit(20).toList())
							+ (unknown.size() > 20 ? " and " + (unknown.size() - 20) + " more are not" : " are not"))
					+ " " + drawing.vintage() + " LSOA" + (unknown.size() == 1 ? "" : "s") + " (is the ONS lookup for "
					+ drawing.vintage() + " imported?)"));
			return problems;
		}
		Optional<NeighbourhoodVersion> before = currentArea(context.partnershipId(), neighbourhood,
				drawing.lsoaVintage());
		long versionId = versions.insert(context.partnershipId(), neighbourhood.id(), drawing.lsoaVintage(),
				drawing.validFromDate(), drawing.reason().trim(), derivation, null, context.user().displayName(),
				codes);
		Map<String, @Nullable Object> was = new LinkedHashMap<>();
		was.put("lsoas", before.map(NeighbourhoodVersion::lsoaCodes).orElse(null));
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("vintage", drawing.lsoaVintage().year());
		now.put("lsoas", List.copyOf(new TreeSet<>(codes)));
		now.put("reason", drawing.reason().trim());
		events.publishEvent(
				new NeighbourhoodRedrawn(context.partnershipId(), neighbourhood.id(), neighbourhood.key(), versionId,
						drawing.lsoaVintage(),
						new AuditedChange(
								context.partnershipId().value(), context.user().userId(), context.user().displayName(),
								"updated", "neighbourhood", neighbourhood.key(), "Redrew " + neighbourhood.name()
										+ " as " + codes.size() + " LSOAs of " + drawing.lsoaVintage().year(),
								was, now)));
		return List.of();
	}

}
