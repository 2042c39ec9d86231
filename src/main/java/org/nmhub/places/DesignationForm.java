package org.nmhub.places;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FormValues;

/** A new designation of priority neighbourhoods, as typed. */
record DesignationForm(
		@NotBlank(message = "Enter the designation's name") @Size(max = 200,
				message = "The name must be 200 characters or fewer") @Nullable String name,
		@NotBlank(message = "Enter the date of the designation, for example 2026-04-01") @Nullable String designatedOn,
		@NotBlank(message = "Enter why these neighbourhoods were chosen") @Nullable String reason,
		@Nullable String evidence,
		@NotEmpty(message = "Select at least one neighbourhood") @Nullable List<String> neighbourhoodIds) {

	static DesignationForm empty() {
		return new DesignationForm("", "", "", "", List.of());
	}

	@Nullable LocalDate date() {
		return FormValues.date(designatedOn).orElse(null);
	}

	List<Long> ids() {
		return neighbourhoodIds == null ? List.of()
				: neighbourhoodIds.stream().map(FormValues::whole).flatMap(java.util.Optional::stream).toList();
	}

}
