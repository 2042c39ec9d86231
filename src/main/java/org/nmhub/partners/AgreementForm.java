package org.nmhub.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A new partners' agreement, as typed. */
record AgreementForm(@NotBlank(message = "Select the partner organisation") @Nullable String organisationId,
		@NotBlank(message = "Enter the date the agreement starts") @Nullable String startsOn,
		@NotBlank(message = "Enter the date the agreement is to be reviewed") @Nullable String reviewOn,
		@Size(max = 4000,
				message = "What the partner can expect must be 4,000 characters or fewer") @Nullable String expects) {

	static AgreementForm empty() {
		return new AgreementForm("", "", "", "");
	}

}
