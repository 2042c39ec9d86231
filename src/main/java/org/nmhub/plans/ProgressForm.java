package org.nmhub.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A progress update on an action, as typed. */
record ProgressForm(@NotBlank(message = "Select red, amber or green") @Nullable String rag,
		@NotBlank(message = "Enter how complete the action is, from 0 to 100") @Nullable String percentComplete,
		@NotBlank(message = "Say what has happened since the last update") @Size(max = 4000,
				message = "The update must be 4,000 characters or fewer") @Nullable String narrative,
		@Size(max = 2000, message = "The evidence must be 2,000 characters or fewer") @Nullable String evidence,
		@Nullable String completed) {

	static ProgressForm empty() {
		return new ProgressForm("", "", "", "", "");
	}

	boolean isCompleted() {
		return "true".equals(completed);
	}

}
