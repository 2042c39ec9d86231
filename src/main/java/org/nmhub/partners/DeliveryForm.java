package org.nmhub.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Delivery against a commitment, as typed. */
record DeliveryForm(@NotBlank(message = "Select how far it was delivered") @Nullable String status,
		@NotBlank(message = "Enter the date of this record") @Nullable String recordedOn,
		@Size(max = 2000, message = "The note must be 2,000 characters or fewer") @Nullable String note) {

	static DeliveryForm empty() {
		return new DeliveryForm("", "", "");
	}

}
