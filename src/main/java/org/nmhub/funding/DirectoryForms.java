package org.nmhub.funding;

import org.jspecify.annotations.Nullable;

/** The funding directory's forms, as typed. */
final class DirectoryForms {

	private DirectoryForms() {
	}

	/** A search of the directory. */
	record SearchForm(@Nullable String q, @Nullable String eligibility, @Nullable String sector,
			@Nullable String amount, @Nullable String openOn) {

	}

	/** A new source of grants. */
	record EntryForm(@Nullable String name, @Nullable String funder, @Nullable String description,
			@Nullable String eligibility, @Nullable String sectors, @Nullable String minAmount,
			@Nullable String maxAmount, @Nullable String deadline, @Nullable String contact) {

		static EntryForm empty() {
			return new EntryForm("", "", "", "", "", "", "", "", "");
		}

	}

}
