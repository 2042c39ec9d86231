package org.nmhub.partners;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A body of the partnership (board, sub-group, district LSP, NAT, forum, JAG…).
 */
public record PartnerBody(long id, String name, BodyType type, @Nullable String districtName,
		@Nullable String neighbourhoodName, @Nullable String reportsTo, @Nullable String termsOfReference,
		String source, @Nullable String chair, boolean publicBody, List<String> members) {

	public PartnerBody {
		members = List.copyOf(members);
	}

}
