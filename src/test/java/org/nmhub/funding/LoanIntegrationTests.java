package org.nmhub.funding;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The seed's loan arrangement as loaded and modelled. The expected figures were worked
 * out independently, day by day (the convention of ADR 0020), from the demo movements:
 * £1.3m grant on 1 April 2006; Appendix 4's year totals (£1,042,451, £830,285, £772,664)
 * spent in four equal quarters; everything owed repaid on 30 September 2009.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoanIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private long loanId() {
		return jdbc.sql("""
				select l.id from funding_loans l join partnerships p on p.id = l.partnership_id
				where p.slug = :s and l.name = 'Reward-target pump priming: County Council loan'
				""").param("s", DemoUsers.COUNTY).query(Long.class).single();
	}

	private String loanPath() {
		return "/p/" + DemoUsers.COUNTY + "/funding/loans/" + loanId();
	}

	private String page(MockHttpServletRequestBuilder request, String mailbox) throws Exception {
		return mvc.perform(request.with(user(DemoUsers.email(mailbox, DemoUsers.COUNTY))).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void theSeedsArrangementEarnsInterestWhileTheGrantLastsThenBorrowsAndIsRepaidFromTheReward() throws Exception {
		String page = page(get(loanPath()), "board");
		assertThat(page).contains("Leicestershire County Council: £1,400,000", "£2,700,000", "£1,300,000");
		// 2006/07: in credit all year, £40,828.31 earned and added on 31 March 2007.
		assertThat(page).contains("+£40,828.31");
		// The grant runs out in the second quarter of 2007/08.
		assertThat(page).contains("30 September 2007");
		assertThat(page).contains("£1,304,571.69", "£45,169.04", "£72,213.38", "£1,372,444.34");
	}

	@Test
	void thePositionAtADateShowsWhatIsOwed() throws Exception {
		// At 31 March 2009 the balance after that year's interest is -£1,342,324.78.
		String page = page(get(loanPath()).param("on", "2009-03-31"), "board");
		assertThat(page).contains("£1,342,324.78");
		assertThat(page(get(loanPath()).param("on", "not a date"), "board"))
			.contains("The date must be a date, like 2008-03-31");
	}

	@Test
	void aRepaymentBeforeTheFirstDrawdownIsRefusedAndNothingIsSaved() throws Exception {
		long movements = count("funding_loan_movements");
		long audits = count("audit_entries");
		String page = page(post(loanPath() + "/movements").param("kind", "REPAYMENT")
			.param("occursOn", "2006-06-01")
			.param("amount", "1000"), "performance");
		assertThat(page).contains("comes before any drawdown from the lender");
		assertThat(count("funding_loan_movements")).isEqualTo(movements);
		assertThat(count("audit_entries")).isEqualTo(audits);
	}

	@Test
	void badAmountsAndRatesAreRefusedNamingTheField() throws Exception {
		long movements = count("funding_loan_movements");
		String page = page(post(loanPath() + "/movements").param("kind", "SPEND")
			.param("occursOn", "2007-13-01")
			.param("amount", "12.345"), "performance");
		assertThat(page).contains("The date must be a date", "The amount must not have more than 2 decimal places");
		assertThat(count("funding_loan_movements")).isEqualTo(movements);
		long rates = count("funding_loan_rates");
		page = page(post(loanPath() + "/rates").param("effectiveFrom", "2006-04-01").param("percent", "four"),
				"performance");
		assertThat(page).contains("A rate is already set from 1 April 2006", "The base rate must be a number");
		assertThat(count("funding_loan_rates")).isEqualTo(rates);
	}

	@Test
	void theRewardForecastComparesTheRewardWithEverythingOwedOnTheRepaymentDay() throws Exception {
		// Owed on 30 September 2009, before the repayment: £1,372,444.34 (as repaid).
		// The demo framework records no per-target maximum rewards or actuals, so the
		// expected reward is £0 and the answer is that it cannot be repaid from what is
		// known.
		String page = page(get("/p/" + DemoUsers.COUNTY + "/funding/reward-forecast"), "board");
		assertThat(page).contains("£1,372,444.34", "30 September 2009", "RG1");
	}

	@Test
	void anotherPartnershipsLoanIsNotFound() throws Exception {
		int status = mvc
			.perform(get("/p/" + DemoUsers.CITY + "/funding/loans/" + loanId())
				.with(user(DemoUsers.email("administrator", DemoUsers.CITY))))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
	}

}
