package org.nmhub.funding;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTests {

	@Test
	void readsPoundsAndPenceAsTyped() {
		assertThat(Money.read("£1,234.5", "Amount", false)).isEqualTo(new Money.Amount(new BigDecimal("1234.50")));
		assertThat(Money.read(" 97000 ", "Amount", false)).isEqualTo(new Money.Amount(new BigDecimal("97000.00")));
		assertThat(Money.read("", "Amount", false)).isInstanceOf(Money.Blank.class);
	}

	@Test
	void refusesFractionsOfAPennyNegativeAmountsAndWords() {
		assertThat(Money.read("10.005", "Amount for 2006/07", false))
			.isEqualTo(new Money.Problem("Amount for 2006/07 must not have more than 2 decimal places (pence)"));
		assertThat(Money.read("-5", "Amount", false)).isInstanceOf(Money.Problem.class);
		assertThat(Money.read("-5", "Amount", true)).isEqualTo(new Money.Amount(new BigDecimal("-5.00")));
		assertThat(Money.read("ten pounds", "Amount", false)).isInstanceOf(Money.Problem.class);
		assertThat(Money.read("1e3", "Amount", false)).isEqualTo(new Money.Amount(new BigDecimal("1000.00")));
	}

	@Test
	void formatsForPeople() {
		assertThat(Money.format(new BigDecimal("2645780.00"))).isEqualTo("£2,645,780");
		assertThat(Money.format(new BigDecimal("49407.96"))).isEqualTo("£49,407.96");
		assertThat(Money.signed(new BigDecimal("500"))).isEqualTo("+£500");
		assertThat(Money.signed(new BigDecimal("-880"))).isEqualTo("-£880");
	}

}
