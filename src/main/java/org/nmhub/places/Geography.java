package org.nmhub.places;

import java.util.Set;

import org.nmhub.shared.LsoaVintage;

import org.springframework.stereotype.Service;

/**
 * National reference geography: LSOAs of each vintage, their wards and districts,
 * boundaries and the ONS change lookups between vintages.
 */
@Service
public class Geography {

	private final GeographyRepository geography;

	Geography(GeographyRepository geography) {
		this.geography = geography;
	}

	/** Every LSOA code known for a vintage (empty until its ONS lookup is imported). */
	public Set<String> lsoaCodes(LsoaVintage vintage) {
		return geography.lsoaCodes(vintage);
	}

}
