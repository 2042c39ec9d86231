package org.nmhub.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormValuesTests {

	@Test
	void moneyIsReadAsTypedInPoundsAndPence() {
		assertThat(FormValues.money("£15,000")).contains(new BigDecimal("15000.00"));
		assertThat(FormValues.money(" 1000.5 ")).contains(new BigDecimal("1000.50"));
		assertThat(FormValues.money("-250")).contains(new BigDecimal("-250.00"));
		assertThat(FormValues.money("999,999,999,999.99")).contains(FormValues.MAXIMUM_MONEY);
	}

	@Test
	void moneyRefusesFractionsOfAPennyWordsExponentsAndOverflow() {
		assertThat(FormValues.money("10.005")).isEmpty();
		assertThat(FormValues.money("ten pounds")).isEmpty();
		assertThat(FormValues.money("1e6")).isEmpty();
		assertThat(FormValues.money("1000000000000")).isEmpty();
		assertThat(FormValues.money("")).isEmpty();
		assertThat(FormValues.money(null)).isEmpty();
	}

}
