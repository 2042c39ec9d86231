package org.nmhub.plans;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

/** Which body agreed or endorsed a plan, and when, as typed. */
record AgreementForm(@NotBlank(message = "Select the body") @Nullable String bodyId,
		@NotBlank(message = "Enter the date of the meeting, for example 2008-06-12") @Nullable String date) {

	static AgreementForm empty() {
		return new AgreementForm("", "");
	}

}
