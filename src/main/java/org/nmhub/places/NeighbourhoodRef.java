package org.nmhub.places;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A named neighbourhood of a partnership.
 *
 * @param key its URL name, unique in the partnership
 * @param districtName the district it lies in, where known
 * @param districtCode that district's ONS code
 * @param places the places, wards or estates the source names for it
 * @param wardCodes ONS ward codes matched to those names
 * @param derivation how the ward codes were matched
 * @param source where the neighbourhood is named
 */
public record NeighbourhoodRef(long id, String key, String name, @Nullable String districtName,
		@Nullable String districtCode, List<String> places, List<String> wardCodes, String derivation, String source) {

	public NeighbourhoodRef {
		places = List.copyOf(places);
		wardCodes = List.copyOf(wardCodes);
	}

}
