package org.nmhub.performance;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo Local Area Agreement from seed 004, read through the public API.
 */
@SpringBootTest
class FrameworkIntegrationTests {

	@Autowired
	private Framework framework;

	@Autowired
	private JdbcClient jdbc;

	private long county() {
		return jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
	}

	@Test
	void demoAgreementHasTheOutcomesSeed004PrintsWithTheirBlocks() {
		List<OutcomeSummary> outcomes = framework.outcomes(county());
		assertThat(outcomes).extracting(OutcomeSummary::code)
			.contains("H2", "CYP10", "CYP11", "SA6", "SA7", "ST", "CG2.1", "ED2a");
		assertThat(outcomes).filteredOn(o -> o.code().equals("SA7"))
			.singleElement()
			.satisfies(o -> assertThat(o.blockName()).isEqualTo("Safer Communities"));
	}

	@Test
	void twelveRewardTargetsWithMissingFiguresLeftEmpty() {
		List<RewardPosition> rewards = framework.rewardPositions(county());
		assertThat(rewards).extracting(RewardPosition::code)
			.containsExactly("RG1", "RG2", "RG3", "RG4", "RG5", "RG6", "RG7", "RG8", "RG9", "RG10", "RG11", "RG12");
		assertThat(rewards).allSatisfy(r -> {
			assertThat(r.maximumReward()).as("the seed prints no per-target maximum reward").isNull();
			assertThat(r.shareAchieved()).isNull();
			assertThat(r.expectedReward()).isNull();
		});
	}

	@Test
	void indicatorsCarryPolarityFromTheWording() {
		assertThat(framework.indicators(county())).filteredOn(i -> i.code().equals("RG6"))
			.singleElement()
			.satisfies(i -> {
				assertThat(i.polarity()).isEqualTo(TargetPolarity.LOWER_IS_BETTER);
				assertThat(i.outcomeCode()).isEqualTo("RG6");
				assertThat(i.unit()).isNull();
			});
	}

	@Test
	void cityPartnershipHasNoAgreement() {
		long city = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.CITY)
			.query(Long.class)
			.single();
		assertThat(framework.outcomes(city)).isEmpty();
		assertThat(framework.rewardPositions(city)).isEmpty();
	}

}
