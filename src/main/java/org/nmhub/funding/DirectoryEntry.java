package org.nmhub.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.nmhub.funding.FundingChoices.Eligibility;

/**
 * A source of grants in the funding directory.
 *
 * @param illustrative an example entry that is not from the seed documents
 */
public record DirectoryEntry(long id, String name, String funder, String description, Eligibility eligibility,
		String sectors, @Nullable BigDecimal minAmount, @Nullable BigDecimal maxAmount, @Nullable LocalDate deadline,
		String contact, boolean illustrative, String source) {

	public String amountRange() {
		if (minAmount == null && maxAmount == null) {
			return "Not stated";
		}
		if (minAmount == null) {
			return "Up to " + Money.format(maxAmount);
		}
		if (maxAmount == null) {
			return "From " + Money.format(minAmount);
		}
		return Money.format(minAmount) + " to " + Money.format(maxAmount);
	}

	public String deadlineText() {
		return deadline == null ? "None stated" : deadline.format(LoanModel.DATE);
	}

	/** Days from a date to the deadline (negative once it has passed). */
	long daysLeft(LocalDate today) {
		return deadline == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(today, deadline);
	}

}
