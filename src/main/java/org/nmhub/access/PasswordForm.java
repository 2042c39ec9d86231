package org.nmhub.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(@NotBlank(message = "Enter your current password") String currentPassword,
		@NotBlank(message = "Enter a new password") @Size(min = Accounts.MINIMUM_PASSWORD_LENGTH,
				message = "Your new password must be at least 12 characters") String newPassword,
		@NotBlank(message = "Confirm your new password") String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
