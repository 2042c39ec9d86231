package org.nmhub.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An organisation's signature of a protocol version, as typed. */
record SignatureForm(@NotBlank(message = "Select the organisation that signed") @Nullable String organisationId,
		@NotBlank(message = "Enter the date it was signed") @Nullable String signedOn,
		@NotBlank(message = "Enter the name of the person who signed") @Size(max = 200,
				message = "The name must be 200 characters or fewer") @Nullable String signedBy) {

	static SignatureForm empty() {
		return new SignatureForm("", "", "");
	}

}
