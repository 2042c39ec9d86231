package org.nmhub.access;

import jakarta.validation.constraints.NotBlank;

/**
 * The change-password form. What a new password must be is {@link PasswordPolicy}'s to
 * say.
 */
record PasswordForm(@NotBlank(message = "Enter your current password") String currentPassword,
		@NotBlank(message = PasswordPolicy.EMPTY) String newPassword,
		@NotBlank(message = "Confirm your new password") String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
