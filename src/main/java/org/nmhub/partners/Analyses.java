package org.nmhub.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.nmhub.access.PartnershipContext;

import org.springframework.stereotype.Service;

/**
 * The partnership analyses no other system offered: hard-to-engage partners, and meeting
 * load and duplication, with suggestions.
 */
@Service
class Analyses {

	/** Pairs of bodies overlapping at least this much are suggested for merging. */
	static final BigDecimal MERGE_OVERLAP = new BigDecimal("60");

	private final EngagementQueries engagement;

	private final MeetingLoadQueries load;

	Analyses(EngagementQueries engagement, MeetingLoadQueries load) {
		this.engagement = engagement;
		this.load = load;
	}

	List<Engagement.Row> ranking(PartnershipContext context, AnalysisScope scope, LocalDate asOf) {
		return engagement.ranking(context.partnershipId().value(), scope, asOf);
	}

	List<Engagement.Trend> trend(PartnershipContext context, AnalysisScope scope, LocalDate asOf) {
		return engagement.trend(context.partnershipId().value(), scope, asOf);
	}

	List<Engagement.ExpectedMeeting> meetings(PartnershipContext context, AnalysisScope scope, LocalDate asOf,
			long organisation) {
		return engagement.meetings(context.partnershipId().value(), scope, asOf, organisation);
	}

	List<Engagement.LedAction> actions(PartnershipContext context, AnalysisScope scope, LocalDate asOf,
			long organisation) {
		return engagement.actions(context.partnershipId().value(), scope, asOf, organisation);
	}

	List<Engagement.CommitmentState> commitments(PartnershipContext context, LocalDate asOf, long organisation) {
		return engagement.commitments(context.partnershipId().value(), asOf, organisation);
	}

	List<MeetingLoad.SharedIssue> sharedIssues(PartnershipContext context, AnalysisScope scope) {
		return load.sharedIssues(context.partnershipId().value(), scope);
	}

	List<MeetingLoad.Overlap> overlaps(PartnershipContext context, AnalysisScope scope) {
		return load.overlaps(context.partnershipId().value(), scope);
	}

	List<MeetingLoad.PersonMonth> busiest(PartnershipContext context, AnalysisScope scope) {
		return load.meetingsPerPersonPerMonth(context.partnershipId().value(), scope, 2);
	}

	/** Suggestions from the duplication figures, each saying why. */
	static List<MeetingLoad.Suggestion> suggestions(List<MeetingLoad.SharedIssue> issues,
			List<MeetingLoad.Overlap> overlaps) {
		List<MeetingLoad.Suggestion> suggestions = new ArrayList<>();
		for (MeetingLoad.Overlap o : overlaps) {
			if (o.overlap().compareTo(MERGE_OVERLAP) >= 0) {
				suggestions.add(new MeetingLoad.Suggestion("Consider merging " + o.first() + " and " + o.second()
						+ ", or meeting jointly: they share " + o.shared() + " of their " + o.combined()
						+ " member organisations (" + o.overlap().stripTrailingZeros().toPlainString() + "%)."));
			}
		}
		for (MeetingLoad.SharedIssue i : issues) {
			suggestions.add(new MeetingLoad.Suggestion("Consider one themed meeting on " + i.issue() + ": "
					+ String.join(", ", i.bodyNames()) + " all discussed it in " + i.quarter() + "."));
		}
		return suggestions;
	}

}
