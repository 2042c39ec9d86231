package org.nmhub.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FormValues;

/** A new body, as typed. */
record BodyForm(
		@NotBlank(message = "Enter the body's name") @Size(max = 200,
				message = "The name must be 200 characters or fewer") @Nullable String name,
		@NotBlank(message = "Select the kind of body") @Nullable String type, @Nullable String district,
		@Nullable String reportsToId, @Nullable String chair,
		@Size(max = 4000,
				message = "The terms of reference must be 4,000 characters or fewer") @Nullable String termsOfReference,
		@Nullable String members, @Nullable String publicBody) {

	static BodyForm empty() {
		return new BodyForm("", "", "", "", "", "", "", null);
	}

	@Nullable BodyType bodyType() {
		return FormValues.choice(BodyType.class, type).orElse(null);
	}

	@Nullable Long reportsTo() {
		return FormValues.whole(reportsToId).orElse(null);
	}

	boolean isPublic() {
		return "true".equals(publicBody);
	}

}
