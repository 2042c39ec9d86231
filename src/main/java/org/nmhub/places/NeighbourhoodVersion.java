package org.nmhub.places;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.LsoaVintage;

/**
 * One version of a neighbourhood's area: the LSOAs of one vintage that make it up from a
 * date, with the reason it was drawn that way.
 *
 * @param carriedFromVersion the version it was carried across from, when a newer LSOA
 * vintage replaced an older one
 */
public record NeighbourhoodVersion(long id, int version, LsoaVintage vintage, LocalDate validFrom, String reason,
		String derivation, @Nullable Integer carriedFromVersion, String createdByName, Instant createdAt,
		List<String> lsoaCodes) {

	public NeighbourhoodVersion {
		lsoaCodes = List.copyOf(lsoaCodes);
	}

}
