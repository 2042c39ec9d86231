package org.nmhub.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A pump-priming loan: the lender funds the gap between what is required and the grant.
 *
 * @param repaymentYears the financial years the loan is to be repaid in, as agreed
 */
public record Loan(long id, String name, String lender, BigDecimal requirement, BigDecimal grant, String repaymentYears,
		@Nullable String notes, String source, List<Rate> rates, List<Entry> movements) {

	public record Rate(long id, LocalDate from, BigDecimal percent, String source) {

		public String date() {
			return from.format(LoanModel.DATE);
		}

		public String percentText() {
			return percent.stripTrailingZeros().toPlainString() + "%";
		}

	}

	public record Entry(long id, FundingChoices.MovementKind kind, LocalDate on, @Nullable BigDecimal amount,
			String note) {

		public String date() {
			return on.format(LoanModel.DATE);
		}

		public String kindText() {
			return kind.label();
		}

		public String amountText() {
			return amount == null ? "Everything owed" : Money.format(amount);
		}

		LoanModel.Movement movement() {
			return new LoanModel.Movement(on, kind, amount, note);
		}

	}

	/** What the lender is to fund: the requirement less the grant. */
	public BigDecimal gap() {
		return requirement.subtract(grant).max(BigDecimal.ZERO);
	}

	public String requirementText() {
		return Money.format(requirement);
	}

	public String grantText() {
		return Money.format(grant);
	}

	public String gapText() {
		return Money.format(gap());
	}

	BigDecimal spendingRecorded() {
		return movements.stream()
			.filter(m -> m.kind() == FundingChoices.MovementKind.SPEND && m.amount() != null)
			.map(Entry::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	List<LoanModel.Movement> modelMovements() {
		return movements.stream().map(Entry::movement).toList();
	}

	List<LoanModel.RateChange> modelRates() {
		return rates.stream().map(r -> new LoanModel.RateChange(r.from(), r.percent())).toList();
	}

}
