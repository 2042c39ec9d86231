package org.nmhub.performance;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RewardRuleTests {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Test
	void shareIsHowFarTheActualHasGoneFromTheTargetWithoutRewardToTheStretch() {
		assertThat(RewardRule.share(d("100"), d("120"), d("115"))).isEqualByComparingTo("0.75");
	}

	@Test
	void shareWorksWhenLowerIsBetter() {
		assertThat(RewardRule.share(d("500"), d("400"), d("460"))).isEqualByComparingTo("0.40");
	}

	@Test
	void shareBelowTheTargetWithoutRewardIsNothing() {
		assertThat(RewardRule.share(d("100"), d("120"), d("90"))).isEqualByComparingTo("0");
	}

	@Test
	void shareIsMissingWithoutAnActualOrAStretch() {
		assertThat(RewardRule.share(d("100"), d("120"), null)).isNull();
		assertThat(RewardRule.share(null, d("120"), d("110"))).isNull();
		assertThat(RewardRule.share(d("100"), d("100"), d("110"))).isNull();
	}

	@Test
	void paysNothingBelowTheThreshold() {
		RewardRule rule = new RewardRule(d("60"), true);
		assertThat(rule.reward(d("1000000"), d("0.59"))).isEqualByComparingTo("0");
	}

	@Test
	void paysInProportionAtOrAboveTheThresholdCappedAtTheMaximum() {
		RewardRule rule = new RewardRule(d("60"), true);
		assertThat(rule.reward(d("1000000"), d("0.60"))).isEqualByComparingTo("600000.00");
		assertThat(rule.reward(d("1000000"), d("1.25"))).isEqualByComparingTo("1000000.00");
	}

	@Test
	void paysInFullAboveTheThresholdWhenNotProportional() {
		RewardRule rule = new RewardRule(d("60"), false);
		assertThat(rule.reward(d("1000000"), d("0.61"))).isEqualByComparingTo("1000000.00");
	}

	@Test
	void rewardIsMissingWhenTheMaximumIsMissing() {
		assertThat(new RewardRule(d("0"), true).reward(null, d("0.5"))).isNull();
	}

}
