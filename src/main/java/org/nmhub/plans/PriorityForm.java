package org.nmhub.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A new priority, with its first piece of evidence, as typed. */
record PriorityForm(
		@NotBlank(message = "Enter the priority") @Size(max = 300,
				message = "The priority must be 300 characters or fewer") @Nullable String title,
		@Size(max = 4000, message = "The description must be 4,000 characters or fewer") @Nullable String description,
		@NotBlank(message = "Select whether the priority is about the place or the person") @Nullable String category,
		@Nullable String laaTheme, @Nullable String reference, @Nullable String evidenceKind,
		@Nullable String evidenceReference, @Nullable String evidenceLabel) {

	static PriorityForm empty() {
		return new PriorityForm("", "", "", "", "", "", "", "");
	}

}
