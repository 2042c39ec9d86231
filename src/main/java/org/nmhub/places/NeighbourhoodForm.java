package org.nmhub.places;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FormValues;

/** A new neighbourhood, as typed. */
record NeighbourhoodForm(
		@NotBlank(message = "Enter the neighbourhood's name") @Size(max = 120,
				message = "The name must be 120 characters or fewer") @Nullable String name,
		@NotBlank(message = "Select the district") @Nullable String districtId,
		@Size(max = 500, message = "The places must be 500 characters or fewer") @Nullable String places) {

	static NeighbourhoodForm empty() {
		return new NeighbourhoodForm("", "", "");
	}

	long district() {
		return FormValues.whole(districtId).orElse(-1L);
	}

}
