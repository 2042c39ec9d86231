package org.nmhub.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A piece of evidence for a priority, as typed. */
record EvidenceForm(@NotBlank(message = "Select the kind of evidence") @Nullable String evidenceKind,
		@Size(max = 500, message = "The reference must be 500 characters or fewer") @Nullable String evidenceReference,
		@NotBlank(message = "Describe the evidence") @Size(max = 500,
				message = "The description must be 500 characters or fewer") @Nullable String evidenceLabel) {

	static EvidenceForm empty() {
		return new EvidenceForm("", "", "");
	}

}
