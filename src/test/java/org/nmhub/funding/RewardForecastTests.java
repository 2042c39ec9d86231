package org.nmhub.funding;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nmhub.performance.RewardPosition;

import static org.assertj.core.api.Assertions.assertThat;

class RewardForecastTests {

	private static RewardPosition target(String code, String maximum, String share, String expected) {
		return new RewardPosition(code, code + " title", maximum == null ? null : new BigDecimal(maximum),
				share == null ? null : new BigDecimal(share), expected == null ? null : new BigDecimal(expected));
	}

	@Test
	void theExpectedRewardOfMeasuredTargetsRepaysTheLoan() {
		// RG1 pays £800,000 of £1,000,000 (80% of the stretch); RG2 pays £600,000 in
		// full.
		// Expected 800,000 + 600,000 = £1,400,000 >= owed £1,372,444.34: can repay,
		// £27,555.66 over.
		RewardForecast.Forecast f = RewardForecast.of(
				List.of(target("RG1", "1000000", "0.8", "800000"), target("RG2", "600000", "1", "600000")),
				new BigDecimal("1372444.34"));
		assertThat(f.expected()).isEqualByComparingTo("1400000");
		assertThat(f.verdict()).isEqualTo(RewardForecast.Verdict.CAN_REPAY);
		assertThat(f.headroomText()).isEqualTo("+£27,555.66");
		assertThat(f.rows().get(0).share()).isEqualTo("80.0%");
	}

	@Test
	void unmeasuredTargetsMakeTheAnswerDependOnThemAndMissingMaximumsAreLeftOut() {
		// Expected £500,000 (RG1 at 50%); RG2 not measured, maximum £1,000,000: at most
		// £1,500,000. Owed £1,372,444.34 lies between: it depends. RG3 has no maximum.
		RewardForecast.Forecast f = RewardForecast.of(List.of(target("RG1", "1000000", "0.5", "500000"),
				target("RG2", "1000000", null, null), target("RG3", null, null, null)), new BigDecimal("1372444.34"));
		assertThat(f.expected()).isEqualByComparingTo("500000");
		assertThat(f.atMost()).isEqualByComparingTo("1500000");
		assertThat(f.verdict()).isEqualTo(RewardForecast.Verdict.DEPENDS);
		assertThat(f.unmeasured()).isEqualTo(1);
		assertThat(f.withoutMaximum()).isEqualTo(1);
		assertThat(f.headroomText()).isEqualTo("-£872,444.34");
	}

	@Test
	void whenEvenTheMostPossibleFallsShortTheLoanCannotBeRepaid() {
		// Expected £0 (RG1 below its threshold); at most £0 + £200,000 = £200,000 <
		// £1,372,444.34.
		RewardForecast.Forecast f = RewardForecast.of(
				List.of(target("RG1", "1000000", "0.3", "0"), target("RG2", "200000", null, null)),
				new BigDecimal("1372444.34"));
		assertThat(f.verdict()).isEqualTo(RewardForecast.Verdict.CANNOT_REPAY);
		assertThat(RewardForecast.of(List.of(), BigDecimal.ZERO).verdict()).isEqualTo(RewardForecast.Verdict.NO_LOAN);
		// With a target whose maximum is not recorded, the shortfall is not certain.
		assertThat(RewardForecast
			.of(List.of(target("RG1", "1000000", "0.3", "0"), target("RG3", null, null, null)),
					new BigDecimal("1372444.34"))
			.verdict()).isEqualTo(RewardForecast.Verdict.NOT_KNOWN);
	}

}
