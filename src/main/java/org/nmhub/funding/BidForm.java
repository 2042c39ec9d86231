package org.nmhub.funding;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A new bid or award, as typed, with up to five rows of its year profile (financial year
 * and amount).
 */
record BidForm(@Nullable String reference, @Nullable String title, @Nullable String streamId, @Nullable String block,
		@Nullable String targetKind, @Nullable String targetLabel, @Nullable String total, @Nullable String status,
		@Nullable String awardedOn, @Nullable String matchingRequired, @Nullable String description,
		@Nullable String year1, @Nullable String amount1, @Nullable String year2, @Nullable String amount2,
		@Nullable String year3, @Nullable String amount3, @Nullable String year4, @Nullable String amount4,
		@Nullable String year5, @Nullable String amount5) {

	static final int ROWS = 5;

	static BidForm empty() {
		return new BidForm("", "", "", "", "", "", "", "BID", "", null, "", "", "", "", "", "", "", "", "", "", "");
	}

	/** The profile rows as typed: row n is {@code [yearN, amountN]}. */
	List<String[]> profileRows() {
		return Arrays.asList(new String[] { year1, amount1 }, new String[] { year2, amount2 },
				new String[] { year3, amount3 }, new String[] { year4, amount4 }, new String[] { year5, amount5 });
	}

}
