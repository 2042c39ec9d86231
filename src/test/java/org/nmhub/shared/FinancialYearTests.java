package org.nmhub.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FinancialYearTests {

	@Test
	void readsTheFormsTheSeedsUse() {
		assertThat(FinancialYear.parse("2007/08")).contains(new FinancialYear(2007));
		assertThat(FinancialYear.parse("2006/7")).contains(new FinancialYear(2006));
		assertThat(FinancialYear.parse("2009/10")).contains(new FinancialYear(2009));
		assertThat(FinancialYear.parse("2009/2010")).contains(new FinancialYear(2009));
		assertThat(new FinancialYear(2006).label()).isEqualTo("2006/07");
		assertThat(new FinancialYear(2099).label()).isEqualTo("2099/00");
	}

	@Test
	void refusesWhatIsNotAFinancialYear() {
		assertThat(FinancialYear.parse("2007/09")).isEmpty();
		assertThat(FinancialYear.parse("2007")).isEmpty();
		assertThat(FinancialYear.parse("1066/67")).isEmpty();
		assertThat(FinancialYear.parse("next year")).isEmpty();
	}

	@Test
	void runsFromAprilToMarch() {
		assertThat(FinancialYear.of(LocalDate.of(2007, 3, 31))).isEqualTo(new FinancialYear(2006));
		assertThat(FinancialYear.of(LocalDate.of(2007, 4, 1))).isEqualTo(new FinancialYear(2007));
		assertThat(new FinancialYear(2009).firstDay()).isEqualTo(LocalDate.of(2009, 4, 1));
		assertThat(new FinancialYear(2009).lastDay()).isEqualTo(LocalDate.of(2010, 3, 31));
	}

}
