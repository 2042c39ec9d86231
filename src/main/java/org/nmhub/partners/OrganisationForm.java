package org.nmhub.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A new partner organisation, as typed.
 *
 * @param different "true" once the person has confirmed that a similarly named
 * organisation is a different one
 */
record OrganisationForm(
		@NotBlank(message = "Enter the organisation's name") @Size(max = 200,
				message = "The name must be 200 characters or fewer") @Nullable String name,
		@NotBlank(message = "Select the kind of partner") @Nullable String type, @Nullable String different) {

	static OrganisationForm empty() {
		return new OrganisationForm("", "", null);
	}

}
