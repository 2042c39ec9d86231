package org.nmhub.engagement;

import java.time.LocalDate;
import java.util.List;

/**
 * An engagement activity as recorded, with its anonymous counts of people reached.
 */
record Activity(long id, long neighbourhoodId, String neighbourhoodName, String neighbourhoodKey, LocalDate heldOn,
		String title, EngagementMethod method, EngagementLevel level, String organisers, int attending,
		String issuesRaised, String feedbackGiven, boolean illustrative, String source, String recordedByName,
		List<Count> counts) {

	Activity {
		counts = List.copyOf(counts);
	}

	/** People of one category counted at the activity. */
	record Count(ReachDimension dimension, String category, String label, int people) {
	}

}
