package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.util.Map;
import java.util.stream.Collectors;

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
 * The seed's Appendix 4 and 5 as loaded, their reconciliation flags, and refusals of bad
 * input that leave nothing saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FundingIntegrationTests {

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/funding";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Funding funding;

	private Map<String, Bid> countyBids() {
		long id = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		return funding.bids(new org.nmhub.access.PartnershipId(id))
			.stream()
			.collect(Collectors.toMap(Bid::reference, b -> b));
	}

	/**
	 * The bid with only the contributions the seed printed: other tests (the browser
	 * test) add contributions to the shared demo data.
	 */
	private static Bid asPrinted(Bid b) {
		return new Bid(b.id(), b.streamId(), b.streamName(), b.reference(), b.title(), b.block(), b.targetKind(),
				b.targetId(), b.targetLabel(), b.total(), b.matchingRequired(), b.status(), b.awardedOn(),
				b.description(), b.source(), b.items(), b.years(),
				b.contributions().stream().filter(c -> c.source().startsWith("seeds/004")).toList());
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private String page(MockHttpServletRequestBuilder request, String mailbox) throws Exception {
		return mvc.perform(request.with(user(DemoUsers.email(mailbox, DemoUsers.COUNTY))).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void appendixFourRowsWhoseProfilesDoNotAddUpAreFlaggedWithTheDifferenceAndKeptAsPrinted() {
		Map<String, Bid> bids = countyBids();
		Bid rg1 = bids.get("RG1");
		assertThat(rg1.total()).isEqualByComparingTo("190000");
		assertThat(rg1.profileSum()).isEqualByComparingTo("190500");
		assertThat(rg1.flags())
			.containsExactly("The year profile adds up to £190,500, not the total of £190,000: difference +£500");
		assertThat(bids.get("RG4").flags())
			.containsExactly("The year profile adds up to £589,120, not the total of £590,000: difference -£880");
		assertThat(bids.get("RG2").flags()).isEmpty();
		assertThat(bids.get("RG6").years()).hasSize(2);
		assertThat(bids.get("RG6").flags()).isEmpty();
		assertThat(bids.get("RG5").total()).isNull();
		assertThat(bids.get("RG10").status()).isEqualTo(FundingChoices.BidStatus.AWAITING_BID);
		assertThat(bids.get("RG1").source()).contains("Appendix 4", "Older People RG1 Total £190,000");
		java.math.BigDecimal totals = bids.values()
			.stream()
			.filter(b -> b.reference().startsWith("RG") && b.total() != null)
			.map(Bid::total)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		assertThat(totals).isEqualByComparingTo("2645780");
	}

	@Test
	void appendixFiveContributionsAreMatchedAgainstEachRequestAndShortfallsFlagged() {
		Map<String, Bid> bids = countyBids();
		assertThat(asPrinted(bids.get("NR-OP")).flags()).isEmpty();
		assertThat(asPrinted(bids.get("NR-H")).request()).isEqualByComparingTo("87891");
		assertThat(asPrinted(bids.get("NR-H")).flags())
			.containsExactly("Contributions add up to £88,000, not the request of £87,891: difference +£109");
		assertThat(asPrinted(bids.get("NR-CYP")).flags())
			.containsExactly("Contributions add up to £30,000, not the request of £60,000: difference -£30,000");
		assertThat(asPrinted(bids.get("NR-SAFER")).flags()).containsExactly(
				"Contributions add up to £12,500, not the request of £25,000: difference -£12,500",
				"The contribution from Police has no amount");
		assertThat(asPrinted(bids.get("NR-STRONGER")).flags())
			.containsExactly("Contributions add up to £285,600, not the request of £286,000: difference -£400");
		assertThat(asPrinted(bids.get("NR-ED")).flags())
			.containsExactly("Contributions add up to £193,625, not the request of £149,847: difference +£43,778");
	}

	@Test
	void theOverviewShowsTheFlagsToEveryMember() throws Exception {
		String page = page(get(BASE), "board");
		assertThat(page).contains("difference +£500", "difference -£880", "Flagged");
	}

	@Test
	void aBidWithFractionsOfAPennyAnUnknownYearAndAYearAfterItsStreamEndsIsRefusedWholeAndNothingIsSaved()
			throws Exception {
		long stream = jdbc
			.sql("select id from funding_streams where name = 'LAA pump-priming grant for the reward targets'")
			.query(Long.class)
			.single();
		long bids = count("funding_bids");
		long years = count("funding_bid_years");
		long audits = count("audit_entries");
		String page = page(post(BASE + "/bids/new").param("reference", "TEST-BAD")
			.param("title", "Bad bid")
			.param("streamId", String.valueOf(stream))
			.param("targetKind", "OUTCOME")
			.param("targetLabel", "RG2")
			.param("status", "BID")
			.param("total", "100.005")
			.param("year1", "2006/07")
			.param("amount1", "50")
			.param("year2", "2007/09")
			.param("amount2", "-5")
			.param("year3", "2009/10")
			.param("amount3", "10"), "performance");
		assertThat(page).contains("The total must not have more than 2 decimal places (pence)",
				"Year profile row 2: &#39;2007/09&#39; is not a financial year; write it like 2007/08",
				"Year profile row 2 amount must not be negative",
				"Year profile row 3: 2009/10 begins after the stream LAA pump-priming grant for the reward targets ends (31 March 2009)");
		assertThat(count("funding_bids")).isEqualTo(bids);
		assertThat(count("funding_bid_years")).isEqualTo(years);
		assertThat(count("audit_entries")).isEqualTo(audits);
	}

	@Test
	void aGoodBidIsSavedWithItsProfileAndAuditedOnce() throws Exception {
		long audits = count("audit_entries");
		mvc.perform(post(BASE + "/bids/new").param("reference", "TEST-GOOD")
			.param("title", "Greenhill youth project")
			.param("targetKind", "NEIGHBOURHOOD")
			.param("targetLabel", "Greenhill")
			.param("status", "BID")
			.param("total", "1,000.50")
			.param("year1", "2008/9")
			.param("amount1", "500.25")
			.param("year2", "2009/10")
			.param("amount2", "500")
			.with(user(DemoUsers.email("performance", DemoUsers.COUNTY)))
			.with(csrf()));
		Bid bid = countyBids().get("TEST-GOOD");
		assertThat(bid.targetId()).isNotNull();
		assertThat(bid.years()).containsEntry(new FinancialYear(2008), new java.math.BigDecimal("500.25"));
		assertThat(bid.flags())
			.containsExactly("The year profile adds up to £1,000.25, not the total of £1,000.50: difference -£0.25");
		assertThat(count("audit_entries")).isEqualTo(audits + 1);
	}

	@Test
	void aBidForAPlanActionIsTiedToTheActionByItsNumberAndAnUnknownActionIsRefused() throws Exception {
		Long action = jdbc.sql("""
				select a.id from plan_actions a join partnerships p on p.id = a.partnership_id
				where p.slug = :s order by a.id limit 1
				""").param("s", DemoUsers.COUNTY).query(Long.class).optional().orElse(null);
		org.junit.jupiter.api.Assumptions.assumeTrue(action != null, "the demo data has no plan action");
		mvc.perform(post(BASE + "/bids/new").param("reference", "TEST-ACTION")
			.param("title", "Match funding for an action")
			.param("targetKind", "PLAN_ACTION")
			.param("targetLabel", "#" + action)
			.param("status", "BID")
			.param("total", "500")
			.with(user(DemoUsers.email("performance", DemoUsers.COUNTY)))
			.with(csrf()));
		Bid bid = countyBids().get("TEST-ACTION");
		assertThat(bid.targetId()).isEqualTo(action);
		assertThat(bid.targetLabel()).isNotEqualTo("#" + action);
		long bids = count("funding_bids");
		String page = page(post(BASE + "/bids/new").param("reference", "TEST-NO-ACTION")
			.param("title", "x")
			.param("targetKind", "PLAN_ACTION")
			.param("targetLabel", "999999999")
			.param("status", "BID"), "performance");
		assertThat(page).contains("there is no action 999999999");
		assertThat(count("funding_bids")).isEqualTo(bids);
	}

	@Test
	void aNegativeContributionIsRefusedUnlessItIsARefund() throws Exception {
		long bid = countyBids().get("NR-OP").id();
		long before = count("funding_contributions");
		String page = page(post(BASE + "/bids/" + bid + "/contributions/new").param("contributor", "Police")
			.param("amount", "-100")
			.param("type", "CASH_GRANT")
			.param("status", "OFFERED")
			.param("year", "2006/13"), "partner");
		assertThat(page).contains("The amount must not be negative", "is not a financial year");
		assertThat(count("funding_contributions")).isEqualTo(before);
	}

	@Test
	void anotherPartnershipsBidIsNotFound() throws Exception {
		long bid = countyBids().get("RG1").id();
		int status = mvc
			.perform(get("/p/" + DemoUsers.CITY + "/funding/bids/" + bid)
				.with(user(DemoUsers.email("administrator", DemoUsers.CITY))))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
	}

}
