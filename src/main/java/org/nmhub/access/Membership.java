package org.nmhub.access;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A user's role in one partnership, with its scope where the role has one.
 *
 * @param partnership the partnership
 * @param role the role
 * @param districtCode the LAD code a district coordinator is scoped to
 * @param neighbourhoodKeys the neighbourhoods a neighbourhood manager is scoped to
 */
public record Membership(PartnershipRef partnership, Role role, @Nullable String districtCode,
		List<String> neighbourhoodKeys) {

	public Membership {
		neighbourhoodKeys = List.copyOf(neighbourhoodKeys);
	}

}
