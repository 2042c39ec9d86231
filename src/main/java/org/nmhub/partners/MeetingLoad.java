package org.nmhub.partners;

import java.math.BigDecimal;
import java.util.List;

/** The meeting load and duplication analysis. */
final class MeetingLoad {

	private MeetingLoad() {
	}

	/** An issue discussed at several bodies in one calendar quarter. */
	record SharedIssue(String issue, String quarter, int bodies, List<String> bodyNames, List<Long> meetingIds) {

		SharedIssue {
			bodyNames = List.copyOf(bodyNames);
			meetingIds = List.copyOf(meetingIds);
		}

	}

	/**
	 * Two bodies with member organisations in common.
	 *
	 * @param overlap shared / all member organisations of either, as a percentage
	 */
	record Overlap(long firstId, String first, long secondId, String second, int shared, int combined,
			BigDecimal overlap, List<String> sharedOrganisations) {

		Overlap {
			sharedOrganisations = List.copyOf(sharedOrganisations);
		}

	}

	/** How many meetings one person attended in one month. */
	record PersonMonth(String person, String month, int meetings, List<String> bodyNames) {

		PersonMonth {
			bodyNames = List.copyOf(bodyNames);
		}

	}

	/** A suggestion drawn from the figures, with the reason. */
	record Suggestion(String text) {
	}

}
