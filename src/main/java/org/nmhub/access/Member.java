package org.nmhub.access;

import org.jspecify.annotations.Nullable;

/**
 * A member of a partnership as its administrator sees them.
 */
public record Member(long userId, String email, String displayName, String organisationName, Role role,
		@Nullable String districtCode) {

}
