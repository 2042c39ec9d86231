package org.nmhub.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A commitment under a partners' agreement, as typed. */
record CommitmentForm(@NotBlank(message = "Select what the partner commits") @Nullable String kind,
		@NotBlank(message = "Describe the commitment") @Size(max = 2000,
				message = "The description must be 2,000 characters or fewer") @Nullable String description,
		@Nullable String amount, @Nullable String dueOn) {

	static CommitmentForm empty() {
		return new CommitmentForm("", "", "", "");
	}

}
