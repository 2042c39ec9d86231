package org.nmhub.performance;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The partnership's current Local Area Agreement framework, for other modules to read:
 * its outcomes, indicators and where each reward target stands. The current version is
 * the latest signed one (or the latest, when none is signed).
 */
@Service
public class Framework {

	private final FrameworkQueries queries;

	Framework(FrameworkQueries queries) {
		this.queries = queries;
	}

	/** The current version's outcomes, by block and code. */
	public List<OutcomeSummary> outcomes(long partnershipId) {
		return queries.outcomes(partnershipId);
	}

	/** The current version's indicators, by code. */
	public List<IndicatorSummary> indicators(long partnershipId) {
		return queries.indicators(partnershipId);
	}

	/**
	 * Each reward target of the current version with its maximum reward, the share of the
	 * stretch its latest approved actual achieves and what the reward rule would pay for
	 * it (missing figures stay {@code null}).
	 */
	public List<RewardPosition> rewardPositions(long partnershipId) {
		return queries.stretchTargets(partnershipId).stream().map(Framework::position).toList();
	}

	static RewardPosition position(StretchTarget t) {
		@Nullable BigDecimal share = RewardRule.share(t.withoutStretch(), t.stretchTarget(), t.latestActual());
		return new RewardPosition(t.code(), t.title(), t.maximumReward(), share,
				t.rule().reward(t.maximumReward(), share));
	}

}
