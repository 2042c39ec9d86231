package org.nmhub.partners;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting of a body, with its agenda, attendance, minutes, decisions and actions
 * arising. Times are local (Europe/London).
 *
 * @param timeRecorded false where the source gives the date only
 */
record Meeting(long id, long bodyId, String bodyName, boolean bodyPublic, LocalDateTime startsAt, LocalDateTime endsAt,
		boolean timeRecorded, String location, String minutes, boolean cancelled, String source, boolean illustrative,
		boolean past, List<AgendaItem> agenda, List<Attendee> attendance, List<String> decisions,
		List<Action> actions) {

	Meeting {
		agenda = List.copyOf(agenda);
		attendance = List.copyOf(attendance);
		decisions = List.copyOf(decisions);
		actions = List.copyOf(actions);
	}

	record AgendaItem(String title, @Nullable String neighbourhoodKey, @Nullable String neighbourhoodName,
			@Nullable String themeLabel, @Nullable String issue) {
	}

	/** One person's attendance; a guest's organisation is not a member of the body. */
	record Attendee(String person, @Nullable String organisationName, String status, String statusLabel,
			@Nullable String substituteFor, boolean guest) {
	}

	/**
	 * An action arising, with its owner and due date; overdue if open after its due date.
	 */
	record Action(long id, String description, @Nullable Long ownerId, @Nullable String ownerName,
			@Nullable LocalDate dueOn, @Nullable LocalDate completedOn, boolean overdue) {
	}

}
