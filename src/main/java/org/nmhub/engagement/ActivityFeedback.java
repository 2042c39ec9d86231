package org.nmhub.engagement;

import java.time.LocalDate;

/**
 * One engagement activity's issues raised by residents and the feedback given back, as
 * other modules (such as evaluation's report) read them.
 */
public record ActivityFeedback(LocalDate heldOn, String title, String method, int attending, String issuesRaised,
		String feedbackGiven) {
}
