package org.nmhub.indicators;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The rules of a selection run, as typed. Every field is kept as text so that a mistake
 * is shown back with a message (docs/adr/0009); {@link Selections#check} reads them.
 *
 * @param flags one flag a line: {@code E01025932 include: reason} or
 * {@code E01025933 exclude: reason}
 */
record SelectionForm(
		@NotBlank(message = "Enter a name for the run") @Size(max = 200,
				message = "The name must be 200 characters or fewer") @Nullable String name,
		@Nullable String edition, @Nullable List<String> indicators, @Nullable String percent,
		@Nullable String relativeTo, @Nullable String combine, @Nullable String minClusterSize, @Nullable String scope,
		@Size(max = 20000, message = "The flags must be 20,000 characters or fewer") @Nullable String flags) {

	static SelectionForm defaults(String edition) {
		return new SelectionForm("", edition, List.of("imd_rank"), "10", "ENGLAND", "ANY", "1", "PARTNERSHIP", "");
	}

	List<String> chosenIndicators() {
		return indicators == null ? List.of() : indicators.stream().filter(i -> i != null && !i.isBlank()).toList();
	}

}
