package org.nmhub.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A member of a body: organisation, person and role, as typed. */
record MemberForm(@NotBlank(message = "Select the member's organisation") @Nullable String organisationId,
		@Size(max = 200, message = "The person's name must be 200 characters or fewer") @Nullable String person,
		@Size(max = 200, message = "The role must be 200 characters or fewer") @Nullable String role) {

	static MemberForm empty() {
		return new MemberForm("", "", "");
	}

}
