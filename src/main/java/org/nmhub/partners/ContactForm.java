package org.nmhub.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A contact at a partner organisation, as typed. */
record ContactForm(
		@NotBlank(message = "Enter the contact's name") @Size(max = 200,
				message = "The name must be 200 characters or fewer") @Nullable String name,
		@Size(max = 200, message = "The role must be 200 characters or fewer") @Nullable String role,
		@Email(message = "Enter an email address in the correct format, like name@example.com") @Size(max = 200,
				message = "The email address must be 200 characters or fewer") @Nullable String email,
		@Size(max = 40, message = "The phone number must be 40 characters or fewer") @Nullable String phone) {

	static ContactForm empty() {
		return new ContactForm("", "", "", "");
	}

}
