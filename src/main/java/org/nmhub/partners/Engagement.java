package org.nmhub.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The hard-to-engage analysis: its rows, trend and explanations. */
final class Engagement {

	private Engagement() {
	}

	/**
	 * One organisation's engagement, ranked by score (higher is harder to engage).
	 *
	 * @param expected past meetings of the bodies it belongs to
	 * @param attended of those, the ones someone from it attended (present or substitute)
	 * @param apologies of those not attended, the ones it sent apologies to
	 * @param attendanceRate attended / expected as a percentage, or null with no meetings
	 * @param actionsLed actions arising it owns
	 * @param overdue open actions past their due date
	 * @param late actions completed after their due date
	 * @param commitments its commitments under partners' agreements
	 * @param delivered of those, the ones last recorded as delivered
	 * @param signed whether it signed the current information-sharing protocol
	 * @param score 40 × (1 − attendance) + 30 × (overdue + late) / led + 20 × (1 −
	 * delivered / commitments) + 10 if not signed; a part with no data adds nothing
	 */
	record Row(int rank, long organisationId, String name, int expected, int attended, int apologies,
			@Nullable BigDecimal attendanceRate, int actionsLed, int overdue, int late, int commitments, int delivered,
			boolean signed, BigDecimal score) {
	}

	/** Attendance and overdue actions for one organisation in one financial half-year. */
	record Trend(long organisationId, String name, String half, int expected, int attended,
			@Nullable BigDecimal attendanceRate, int actionsDue, int actionsOverdueOrLate) {
	}

	/** A meeting the organisation was expected at, and whether it came. */
	record ExpectedMeeting(long meetingId, String body, LocalDate date, String outcome) {
	}

	/** An action it owns, with its state as of the analysis date. */
	record LedAction(long meetingId, String body, String description, @Nullable LocalDate dueOn,
			@Nullable LocalDate completedOn, String state) {
	}

	/** A commitment with its latest delivery status. */
	record CommitmentState(long agreementId, String kind, String description, String status) {
	}

}
