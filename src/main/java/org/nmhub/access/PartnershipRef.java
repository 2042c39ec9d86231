package org.nmhub.access;

import org.jspecify.annotations.Nullable;

/**
 * A partnership as other modules see it.
 *
 * @param id its identifier
 * @param slug its URL name, e.g. {@code leicestershire-together}
 * @param name its name
 * @param kind COUNTY, UNITARY, DISTRICT or OTHER
 * @param areaCode the ONS code of the area it covers
 * @param description what it is, in a sentence or two
 */
public record PartnershipRef(PartnershipId id, String slug, String name, String kind, @Nullable String areaCode,
		String description) {

	public boolean isCounty() {
		return "COUNTY".equals(kind);
	}

}
