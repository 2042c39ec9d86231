package org.nmhub.places;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

record NeighbourhoodForm(
		@NotBlank(message = "Enter the neighbourhood's name") @Size(max = 120,
				message = "The name must be 120 characters or fewer") @Nullable String name,
		@NotNull(message = "Select the district") @Nullable Long districtId,
		@Size(max = 500, message = "The places must be 500 characters or fewer") @Nullable String places) {

	static NeighbourhoodForm empty() {
		return new NeighbourhoodForm("", null, "");
	}

}
