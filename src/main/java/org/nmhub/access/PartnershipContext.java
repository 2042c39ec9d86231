package org.nmhub.access;

/**
 * The partnership a request under {@code /p/{partnership}/…} works in, with the signed-in
 * user's membership of it. Controllers take it as a method parameter; it exists only
 * after the membership and role checks have passed.
 */
public record PartnershipContext(CurrentUser user, Membership membership) {

	static final String ATTRIBUTE = PartnershipContext.class.getName();

	public PartnershipRef partnership() {
		return membership.partnership();
	}

	public PartnershipId partnershipId() {
		return membership.partnership().id();
	}

	public Role role() {
		return membership.role();
	}

	public boolean hasRole(Role... roles) {
		for (Role r : roles) {
			if (r == role()) {
				return true;
			}
		}
		return false;
	}

}
