package org.nmhub.performance;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Where a stretch (reward) target stands.
 *
 * @param code the target's code, e.g. {@code RG6}
 * @param title what it rewards
 * @param maximumReward the reward if the stretch is met in full, or {@code null} where
 * the agreement does not give it (missing)
 * @param shareAchieved the share of the stretch achieved by the latest approved actual (0
 * to 1, may exceed 1), or {@code null} when there is no actual or no stretch to measure
 * against
 * @param expectedReward the reward the rule pays at that share, or {@code null} when
 * either the share or the maximum reward is missing
 */
public record RewardPosition(String code, String title, @Nullable BigDecimal maximumReward,
		@Nullable BigDecimal shareAchieved, @Nullable BigDecimal expectedReward) {

}
