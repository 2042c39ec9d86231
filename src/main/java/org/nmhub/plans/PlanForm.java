package org.nmhub.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A new action plan, as typed. */
record PlanForm(@Nullable String kind, @Nullable String neighbourhoodId, @Nullable String districtId,
		@NotBlank(message = "Enter the plan's title") @Size(max = 200,
				message = "The title must be 200 characters or fewer") @Nullable String title,
		@NotBlank(message = "Enter the date the plan starts, for example 2008-04-01") @Nullable String startsOn,
		@NotBlank(message = "Enter the date the plan ends, for example 2011-03-31") @Nullable String endsOn,
		@NotBlank(message = "Select the month of the annual review") @Nullable String reviewMonth,
		@Nullable String templateId,
		@Size(max = 4000, message = "The notes must be 4,000 characters or fewer") @Nullable String notes) {

	static PlanForm empty() {
		return new PlanForm("NEIGHBOURHOOD", "", "", "", "", "", "", "", "");
	}

}
