package org.nmhub.places;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

record DesignationForm(
		@NotBlank(message = "Enter the designation's name") @Size(max = 200,
				message = "The name must be 200 characters or fewer") @Nullable String name,
		@NotNull(message = "Enter the date of the designation, for example 2026-04-01") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate designatedOn,
		@NotBlank(message = "Enter why these neighbourhoods were chosen") @Nullable String reason,
		@Nullable String evidence,
		@NotEmpty(message = "Select at least one neighbourhood") @Nullable List<Long> neighbourhoodIds) {

	static DesignationForm empty() {
		return new DesignationForm("", null, "", "", List.of());
	}

}
