package org.nmhub.funding;

import org.jspecify.annotations.Nullable;

/** A partner's contribution to a bid, as typed. */
record ContributionForm(@Nullable String contributor, @Nullable String amount, @Nullable String type,
		@Nullable String status, @Nullable String year, @Nullable String refund, @Nullable String note) {

	static ContributionForm empty() {
		return new ContributionForm("", "", "", "OFFERED", "", null, "");
	}

	boolean isRefund() {
		return "true".equals(refund);
	}

}
