package org.nmhub.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A partner organisation's agreement with the partnership: what it commits and what it
 * can expect in return.
 *
 * @param reviewDue whether the review date has passed
 */
record Agreement(long id, long organisationId, String organisationName, LocalDate startsOn, LocalDate reviewOn,
		String expects, String source, boolean illustrative, boolean reviewDue, List<Commitment> commitments) {

	Agreement {
		commitments = List.copyOf(commitments);
	}

	/**
	 * One commitment with its delivery record, newest first.
	 *
	 * @param status the latest delivery status, or {@code null} if none is recorded
	 */
	record Commitment(long id, String kind, String kindLabel, String description, @Nullable BigDecimal amount,
			@Nullable LocalDate dueOn, boolean illustrative, @Nullable String status, String statusLabel,
			List<Delivery> deliveries) {

		Commitment {
			deliveries = List.copyOf(deliveries);
		}

	}

	record Delivery(LocalDate recordedOn, String statusLabel, String note, boolean illustrative) {
	}

}
