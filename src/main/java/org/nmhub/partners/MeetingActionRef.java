package org.nmhub.partners;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An action arising from a meeting, as other modules see it (e.g. to file it in a
 * neighbourhood's action plan).
 *
 * @param id the action
 * @param meetingId the meeting it arose at
 * @param bodyName the body that met
 * @param meetingOn the day of the meeting
 * @param description what is to be done
 * @param ownerOrganisationId the organisation that owns it, or {@code null}
 * @param ownerName that organisation's name, or {@code null}
 * @param dueOn when it is due, or {@code null}
 * @param completed whether it is done
 */
public record MeetingActionRef(long id, long meetingId, String bodyName, LocalDate meetingOn, String description,
		@Nullable Long ownerOrganisationId, @Nullable String ownerName, @Nullable LocalDate dueOn, boolean completed) {

}
