package org.nmhub.places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Partnerships;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.LsoaVintage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the demo neighbourhoods as real sets of LSOAs, once the 2021 LSOAs and their
 * wards are loaded: each takes the 2021 LSOAs that the ONS lookup best-fits to the May
 * 2024 wards whose names match the places the seed documents name for it ("Greenhill" is
 * the Greenhill ward; "Coalville" takes Coalville East and Coalville West; "Egerton"
 * takes Melton Egerton), plus any ward the seed facts matched by code. The derivation is
 * recorded on the version. A neighbourhood whose places match no ward stays undrawn, to
 * be drawn by hand; one that already has an area is never touched.
 */
@Component
@Order(25)
class NeighbourhoodAreasDemoData implements ApplicationRunner {

	static final String DEMO_ACTOR = "NM Hub demo data";

	private static final Logger log = LoggerFactory.getLogger(NeighbourhoodAreasDemoData.class);

	private final Partnerships partnerships;

	private final PlaceRepository places;

	private final NeighbourhoodVersionRepository versions;

	private final Geography geography;

	private final ApplicationEventPublisher events;

	private final boolean enabled;

	NeighbourhoodAreasDemoData(Partnerships partnerships, PlaceRepository places,
			NeighbourhoodVersionRepository versions, Geography geography, ApplicationEventPublisher events,
			@Value("${nmhub.demo.enabled}") boolean enabled) {
		this.partnerships = partnerships;
		this.places = places;
		this.versions = versions;
		this.geography = geography;
		this.events = events;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		int drawn = 0;
		for (PartnershipRef partnership : partnerships.all()) {
			drawn += draw(partnership.id());
		}
		if (drawn > 0) {
			log.info("Drew {} demo neighbourhoods from their wards", drawn);
		}
	}

	private int draw(PartnershipId partnership) {
		Map<String, LocalDate> designated = firstDesignation(partnership);
		int drawn = 0;
		Map<String, List<LsoaRef>> byDistrict = new LinkedHashMap<>();
		for (NeighbourhoodRef neighbourhood : places.neighbourhoods(partnership)) {
			if (neighbourhood.districtCode() == null || neighbourhood.source().equals("Recorded in NM Hub")
					|| !versions.versions(partnership, neighbourhood.id()).isEmpty()) {
				continue;
			}
			List<LsoaRef> lsoas = byDistrict.computeIfAbsent(neighbourhood.districtCode(),
					lad -> geography.lsoasInDistrict(LsoaVintage.LSOA2021, lad));
			Map<String, String> wards = new LinkedHashMap<>();
			Set<String> codes = new TreeSet<>();
			for (LsoaRef lsoa : lsoas) {
				AreaRef ward = lsoa.ward();
				if (ward != null && (neighbourhood.wardCodes().contains(ward.code())
						|| matches(ward.name(), neighbourhood.places()))) {
					wards.put(ward.code(), ward.name());
					codes.add(lsoa.code());
				}
			}
			if (codes.isEmpty()) {
				continue;
			}
			String derivation = "The 2021 LSOAs that the ONS lookup best-fits to the May 2024 ward"
					+ (wards.size() == 1 ? " " : "s ") + describe(wards)
					+ ", whose names match the places the seed names (" + String.join(", ", neighbourhood.places())
					+ "). Demo data: check the boundary with the neighbourhood " + "team and redraw it.";
			LocalDate from = designated.getOrDefault(neighbourhood.key(), LocalDate.of(2006, 3, 24));
			long versionId = versions.insert(partnership, neighbourhood.id(), LsoaVintage.LSOA2021, from,
					"Demo area derived from the seed documents' place names", derivation, null, DEMO_ACTOR, codes);
			Map<String, @Nullable Object> now = new LinkedHashMap<>();
			now.put("vintage", 2021);
			now.put("lsoas", List.copyOf(codes));
			events.publishEvent(new NeighbourhoodRedrawn(partnership, neighbourhood.id(), neighbourhood.key(),
					versionId, LsoaVintage.LSOA2021,
					new AuditedChange(partnership.value(), null, DEMO_ACTOR, "created", "neighbourhood",
							neighbourhood.key(), "Drew " + neighbourhood.name() + " from its wards (demo data)",
							Map.of(), now)));
			drawn++;
		}
		return drawn;
	}

	/**
	 * A ward matches a place it is named after: equal, or the place plus a qualifier
	 * before or after.
	 */
	static boolean matches(String wardName, List<String> places) {
		String ward = normalise(wardName);
		for (String place : places) {
			String p = normalise(place);
			if (p.length() >= 4 && (ward.equals(p) || ward.startsWith(p + " ") || ward.endsWith(" " + p))) {
				return true;
			}
		}
		return false;
	}

	private static String normalise(String name) {
		return name.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", " ").trim();
	}

	private static String describe(Map<String, String> wards) {
		List<String> named = new ArrayList<>();
		wards.forEach((code, name) -> named.add(name + " (" + code + ")"));
		return String.join(", ", named);
	}

	private Map<String, LocalDate> firstDesignation(PartnershipId partnership) {
		Map<String, LocalDate> first = new LinkedHashMap<>();
		List<Designation> designations = new ArrayList<>(places.designations(partnership));
		designations.sort(java.util.Comparator.comparing(Designation::designatedOn));
		for (Designation designation : designations) {
			for (NeighbourhoodRef n : designation.neighbourhoods()) {
				first.putIfAbsent(n.key(), designation.designatedOn());
			}
		}
		return first;
	}

}
