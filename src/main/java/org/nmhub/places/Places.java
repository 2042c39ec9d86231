package org.nmhub.places;

import java.util.List;
import java.util.Optional;

import org.nmhub.access.PartnershipId;

import org.springframework.stereotype.Service;

/**
 * A partnership's places: districts, neighbourhoods and designations.
 */
@Service
public class Places {

	private final PlaceRepository places;

	Places(PlaceRepository places) {
		this.places = places;
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

}
