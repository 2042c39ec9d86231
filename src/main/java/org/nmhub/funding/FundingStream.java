package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.nmhub.funding.FundingChoices.CapitalRevenue;
import org.nmhub.funding.FundingChoices.StreamKind;

/**
 * A funding stream: where money comes from, on what terms and for when.
 */
public record FundingStream(long id, String name, StreamKind kind, String sourceBody, CapitalRevenue capitalRevenue,
		@Nullable BigDecimal amount, @Nullable String conditions, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, String source) {

	public String amountText() {
		return amount == null ? "Not stated" : Money.format(amount);
	}

	public String period() {
		if (startsOn == null && endsOn == null) {
			return "Not stated";
		}
		return (startsOn == null ? "…" : startsOn.format(LoanModel.DATE)) + " to "
				+ (endsOn == null ? "…" : endsOn.format(LoanModel.DATE));
	}

	/** Whether a financial year begins after the stream has ended. */
	boolean endsBefore(FinancialYear year) {
		return endsOn != null && year.firstDay().isAfter(endsOn);
	}

}
