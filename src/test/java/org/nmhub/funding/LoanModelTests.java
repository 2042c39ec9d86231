package org.nmhub.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nmhub.funding.FundingChoices.MovementKind;
import org.nmhub.funding.LoanModel.Movement;

import org.nmhub.funding.LoanModel.RateChange;
import org.nmhub.funding.LoanModel.Refused;
import org.nmhub.funding.LoanModel.Schedule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loan arithmetic on examples worked by hand. Convention (ADR 0020): simple daily
 * interest on each day's opening balance at the day's base rate over 365 days, added to
 * the balance (rounded half-up to the penny) on 31 March and before a repayment.
 */
class LoanModelTests {

	private static final List<RateChange> FOUR_AND_A_HALF = List
		.of(new RateChange(LocalDate.of(2006, 4, 1), new BigDecimal("4.5")));

	private static Movement grant(String on, String amount) {
		return new Movement(LocalDate.parse(on), MovementKind.GRANT_RECEIVED, new BigDecimal(amount), "");
	}

	private static Movement spend(String on, String amount) {
		return new Movement(LocalDate.parse(on), MovementKind.SPEND, new BigDecimal(amount), "");
	}

	private static Movement repayAll(String on) {
		return new Movement(LocalDate.parse(on), MovementKind.REPAYMENT, null, "");
	}

	private static Schedule schedule(List<Movement> movements, List<RateChange> rates) {
		LoanModel.Outcome outcome = LoanModel.run(movements, rates);
		assertThat(outcome).isInstanceOf(Schedule.class);
		return (Schedule) outcome;
	}

	@Test
	void cashInHandForAWholeYearEarnsAYearsInterest() {
		// £1,000 held from 1 April 2006 to 31 March 2007 = 365 days.
		// 1,000 x 4.5% x 365/365 = £45.00, added on 31 March 2007 -> balance £1,045.00.
		Schedule s = schedule(List.of(grant("2006-04-01", "1000")), FOUR_AND_A_HALF);
		assertThat(s.rows()).hasSize(2);
		assertThat(s.rows().get(1).interest()).isEqualByComparingTo("45.00");
		assertThat(s.end().balance()).isEqualByComparingTo("1045.00");
		assertThat(s.end().drawn()).isEqualByComparingTo("0");
		assertThat(s.firstDrawdown()).isNull();
	}

	@Test
	void grantInAdvanceEarnsInterestUntilSpendingOvertakesItThenTheGapIsChargedAndRepaidFromReward() {
		// Grant £100,000 on 1 Apr 2006; spending £150,000 on 1 Oct 2006.
		// 1 Apr - 30 Sep 2006 = 30+31+30+31+31+30 = 183 days in credit:
		// 100,000 x 4.5% x 183/365 = 2,256.164383... earned.
		// 1 Oct 2006 the account goes to -50,000: the lender draws down £50,000.
		// 1 Oct 2006 - 31 Mar 2007 = 31+30+31+31+28+31 = 182 days owed:
		// -50,000 x 4.5% x 182/365 = -1,121.917808... charged.
		// Net 1,134.246575... -> £1,134.25 added on 31 March 2007; balance -48,865.75.
		// Repay everything on 30 Jun 2007: 1 Apr - 29 Jun = 30+31+29 = 90 days owed:
		// -48,865.75 x 4.5% x 90/365 = -542.208... -> -£542.21 added; owed £49,407.96,
		// repaid.
		Schedule s = schedule(
				List.of(grant("2006-04-01", "100000"), spend("2006-10-01", "150000"), repayAll("2007-06-30")),
				FOUR_AND_A_HALF);
		assertThat(s.firstDrawdown()).isEqualTo(LocalDate.of(2006, 10, 1));
		assertThat(s.rows().get(1).drawdown()).isEqualByComparingTo("50000.00");
		assertThat(s.rows().get(2).interest()).isEqualByComparingTo("1134.25");
		assertThat(s.rows().get(2).balance()).isEqualByComparingTo("-48865.75");
		assertThat(s.rows().get(3).interest()).isEqualByComparingTo("-542.21");
		assertThat(s.rows().get(4).cash()).isEqualByComparingTo("49407.96");
		assertThat(s.end().balance()).isEqualByComparingTo("0.00");
		assertThat(s.end().interestEarned()).isEqualByComparingTo("2256.16");
		// charged: 1,121.917808 + 542.208... = 1,664.126... -> £1,664.13
		assertThat(s.end().interestCharged()).isEqualByComparingTo("1664.13");
		assertThat(s.end().repaid()).isEqualByComparingTo("49407.96");
		assertThat(s.peakDebt()).isEqualByComparingTo("50000.00");
	}

	@Test
	void aRateChangeSplitsTheInterestAtItsDate() {
		// Owing £10,000 from 1 Apr 2006 (grant 0: spending funded wholly by the lender).
		// 4.5% for 1 Apr - 2 Aug = 30+31+30+31+2 = 124 days: 10,000 x 4.5% x 124/365 =
		// 152.876712...
		// 4.75% for 3 Aug 2006 - 31 Mar 2007 = 241 days: 10,000 x 4.75% x 241/365 =
		// 313.630136...
		// Total charged 466.506849 -> -£466.51 on 31 March 2007.
		Schedule s = schedule(List.of(spend("2006-04-01", "10000")),
				List.of(new RateChange(LocalDate.of(2006, 4, 1), new BigDecimal("4.5")),
						new RateChange(LocalDate.of(2006, 8, 3), new BigDecimal("4.75"))));
		assertThat(s.rows().get(1).interest()).isEqualByComparingTo("-466.51");
		assertThat(s.end().balance()).isEqualByComparingTo("-10466.51");
	}

	@Test
	void thePositionAtADateIncludesInterestAccruedButNotYetAdded() {
		// Owing £36,500 from 1 Apr 2006 at 4.5%: 36,500 x 4.5% / 365 = £4.50 a day.
		// At the end of 10 April 2006 (10 days): £45.00 accrued, owed £36,545.00.
		LoanModel.Outcome outcome = LoanModel.run(List.of(spend("2006-04-01", "36500")), FOUR_AND_A_HALF,
				LocalDate.of(2006, 4, 10));
		Schedule s = (Schedule) outcome;
		assertThat(s.end().accruedInterest()).isEqualByComparingTo("-45.00");
		assertThat(s.end().owed()).isEqualByComparingTo("36545.00");
		assertThat(s.end().cashInHand()).isEqualByComparingTo("0");
	}

	@Test
	void aRepaymentBeforeTheFirstDrawdownIsRefused() {
		LoanModel.Outcome outcome = LoanModel.run(
				List.of(grant("2006-04-01", "100000"), repayAll("2006-06-30"), spend("2006-10-01", "150000")),
				FOUR_AND_A_HALF);
		assertThat(outcome).isInstanceOf(Refused.class);
		assertThat(((Refused) outcome).message()).contains("Row 2", "30 June 2006", "before any drawdown");
	}

	@Test
	void interestCannotBeWorkedOutBeforeABaseRateIsSet() {
		LoanModel.Outcome outcome = LoanModel.run(List.of(grant("2006-03-01", "1000")), FOUR_AND_A_HALF);
		assertThat(((Refused) outcome).message()).contains("Set the base rate from 1 March 2006");
	}

}
