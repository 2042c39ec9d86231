package org.nmhub.performance;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.performance.DeliveryRepository.Milestone;
import org.nmhub.performance.DeliveryRepository.Risk;
import org.nmhub.performance.ReviewRepository.Decision;
import org.nmhub.performance.ReviewRepository.Review;
import org.nmhub.performance.Statuses.IndicatorRow;
import org.nmhub.performance.Statuses.VersionStatus;
import org.nmhub.performance.Views.Version;

/**
 * A six-monthly review's board report, as at the review date: RAG by block and outcome,
 * exceptions, milestones missed, risks above appetite, reward targets at risk, the
 * neighbourhood contribution and the decisions recorded.
 */
record BoardReport(Review review, Version version, String partnershipName, VersionStatus status, long green, long amber,
		long red, long missing, List<IndicatorRow> exceptions, List<IndicatorRow> dataGaps,
		List<Milestone> missedMilestones, List<Risk> risksAboveAppetite, List<Risk> risksNotAssessed,
		List<RewardAtRisk> rewardsAtRisk, Neighbourhoods neighbourhoods, List<Decision> decisions) {

	/** A reward target that may not pay in full, and why. */
	record RewardAtRisk(String code, String title, @Nullable BigDecimal maximumReward,
			@Nullable BigDecimal shareAchieved, @Nullable BigDecimal expectedReward, String why) {

	}

	/**
	 * The neighbourhood contribution: for each LAA indicator measured by neighbourhood,
	 * each priority neighbourhood's gap to the partnership in the earliest and latest
	 * editions.
	 */
	record Neighbourhoods(String designation, List<Contribution> contributions, List<String> notes) {

	}

	record Contribution(String laaIndicator, String measure, String earliestEdition, String latestEdition,
			List<Gap> gaps) {

	}

	record Gap(String neighbourhood, @Nullable BigDecimal earliestGap, @Nullable BigDecimal latestGap, String trend) {

	}

}
