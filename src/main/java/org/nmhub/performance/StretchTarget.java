package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A stretch (reward) target with the latest approved actual of its indicator.
 */
record StretchTarget(long id, long versionId, String code, String title, String blockName, @Nullable Long indicatorId,
		@Nullable String indicatorCode, @Nullable BigDecimal withoutStretch, @Nullable BigDecimal stretchTarget,
		@Nullable LocalDate targetDate, @Nullable BigDecimal maximumReward, RewardRule rule,
		@Nullable BigDecimal latestActual, String source, String ruleDescription) {

	StretchTarget(long id, long versionId, String code, String title, String blockName, @Nullable Long indicatorId,
			@Nullable String indicatorCode, @Nullable BigDecimal withoutStretch, @Nullable BigDecimal stretchTarget,
			@Nullable LocalDate targetDate, @Nullable BigDecimal maximumReward, RewardRule rule,
			@Nullable BigDecimal latestActual, String source) {
		this(id, versionId, code, title, blockName, indicatorId, indicatorCode, withoutStretch, stretchTarget,
				targetDate, maximumReward, rule, latestActual, source, rule.describe());
	}

}
