package org.nmhub.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PartnershipForm(
		@NotBlank(message = "Enter the partnership's name") @Size(max = 200,
				message = "The name must be 200 characters or fewer") String name,
		@Size(max = 2000, message = "The description must be 2,000 characters or fewer") String description) {

	PartnershipForm {
		description = description == null ? "" : description;
	}

}
