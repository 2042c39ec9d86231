package org.nmhub.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A new version of the information-sharing protocol, as typed. */
record ProtocolForm(
		@NotBlank(message = "Enter the protocol's title") @Size(max = 200,
				message = "The title must be 200 characters or fewer") @Nullable String title,
		@NotBlank(message = "Enter the version, for example 2.0") @Size(max = 40,
				message = "The version must be 40 characters or fewer") @Nullable String versionLabel,
		@NotBlank(message = "Enter the date the version takes effect") @Nullable String effectiveFrom,
		@Size(max = 8000, message = "The text or summary must be 8,000 characters or fewer") @Nullable String summary) {

	static ProtocolForm empty() {
		return new ProtocolForm("", "", "", "");
	}

}
