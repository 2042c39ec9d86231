package org.nmhub.funding;

import org.jspecify.annotations.Nullable;

/** The loan page's forms, as typed. */
final class LoanForms {

	private LoanForms() {
	}

	/** A change of base rate from a date. */
	record RateForm(@Nullable String effectiveFrom, @Nullable String percent) {

		static RateForm empty() {
			return new RateForm("", "");
		}

	}

	/** A cash movement: grant received, spending or a repayment. */
	record MovementForm(@Nullable String kind, @Nullable String occursOn, @Nullable String amount,
			@Nullable String note) {

		static MovementForm empty() {
			return new MovementForm("", "", "", "");
		}

	}

}
