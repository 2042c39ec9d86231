package org.nmhub.intelligence;

import org.nmhub.access.Role;

/**
 * Who is looking, as the visibility predicate needs it: a member of the partnership, the
 * organisation they work for, whether it has signed the partnership's current sharing
 * protocol, and whether their role does operational work with people's data.
 */
record Viewer(long partnershipId, long userId, String name, long organisationId, Role role, boolean signed) {

	boolean operational() {
		return role.isOperational();
	}

	boolean canWrite() {
		return role.canWrite();
	}

}
