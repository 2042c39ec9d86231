package org.nmhub.access;

import java.util.List;
import java.util.Optional;

/**
 * The signed-in user, as loaded for this request: who they are, the organisation they
 * work for, and their role in each partnership.
 */
public record CurrentUser(long userId, String email, String displayName, long organisationId, String organisationName,
		boolean mustChangePassword, List<Membership> memberships) {

	public CurrentUser {
		memberships = List.copyOf(memberships);
	}

	public Optional<Membership> membershipIn(PartnershipId partnership) {
		return memberships.stream().filter(m -> m.partnership().id().equals(partnership)).findFirst();
	}

	public Optional<Membership> membershipIn(String partnershipSlug) {
		return memberships.stream().filter(m -> m.partnership().slug().equals(partnershipSlug)).findFirst();
	}

}
