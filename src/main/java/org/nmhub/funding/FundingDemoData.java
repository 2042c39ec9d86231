package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipCreated;
import org.nmhub.access.PartnershipId;
import org.nmhub.funding.FundingChoices.BidStatus;
import org.nmhub.funding.FundingChoices.CapitalRevenue;
import org.nmhub.funding.FundingChoices.ContributionStatus;
import org.nmhub.funding.FundingChoices.ContributionType;
import org.nmhub.funding.FundingChoices.MovementKind;
import org.nmhub.funding.FundingChoices.StreamKind;
import org.nmhub.funding.FundingChoices.TargetKind;
import org.nmhub.shared.DemoFacts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * When a demo partnership is created, loads its funding from the seed documents
 * ({@code demo/funding-seed.json}): the streams, Appendix 4 and Appendix 5 of the July
 * 2006 LAA report exactly as printed (rows that do not add up included), the County
 * Council's pump-priming loan, financial plans, directory entries and unit costs.
 */
@Component
class FundingDemoData {

	static final String RESOURCE = "demo/funding-seed.json";

	static final String COUNTY = "leicestershire-together";

	private final FundingRepository funding;

	private final LoanRepository loans;

	private final PlanRepository plans;

	private final DirectoryRepository directory;

	private final UnitCostRepository unitCosts;

	private final boolean enabled;

	FundingDemoData(FundingRepository funding, LoanRepository loans, PlanRepository plans,
			DirectoryRepository directory, UnitCostRepository unitCosts,
			@Value("${nmhub.demo.enabled}") boolean enabled) {
		this.unitCosts = unitCosts;
		this.funding = funding;
		this.loans = loans;
		this.plans = plans;
		this.directory = directory;
		this.enabled = enabled;
	}

	static JsonNode seed() {
		try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@EventListener
	void on(PartnershipCreated created) {
		if (!enabled) {
			return;
		}
		JsonNode seed = seed();
		PartnershipId partnership = created.partnershipId();
		Map<String, Long> streams = new HashMap<>();
		for (JsonNode s : seed.get("streams")) {
			if (!s.get("partnership").asString().equals(created.slug())) {
				continue;
			}
			String name = s.get("name").asString();
			streams.put(name,
					funding.insertStream(partnership, name, StreamKind.valueOf(s.get("kind").asString()),
							s.get("sourceBody").asString(), CapitalRevenue.valueOf(s.get("capitalRevenue").asString()),
							decimal(s, "amount"), DemoFacts.textOrNull(s, "conditions"), date(s, "startsOn"),
							date(s, "endsOn"), s.get("source").asString()));
		}
		for (JsonNode e : seed.get("directory")) {
			if (!e.get("partnership").asString().equals(created.slug())) {
				continue;
			}
			java.time.LocalDate deadline = e.has("deadlineInDays")
					? java.time.LocalDate.now().plusDays(e.get("deadlineInDays").asLong()) : null;
			directory.insert(partnership, e.get("name").asString(), e.get("funder").asString(),
					e.get("description").asString(),
					FundingChoices.Eligibility.valueOf(e.get("eligibility").asString()), e.get("sectors").asString(),
					decimal(e, "minAmount"), decimal(e, "maxAmount"), deadline,
					e.has("contact") ? e.get("contact").asString() : "", e.has("illustrative"),
					e.get("source").asString());
		}
		if (!created.slug().equals(COUNTY)) {
			return;
		}
		for (JsonNode c : seed.get("unitCosts")) {
			unitCosts.save(partnership, c.get("key").asString(), c.get("label").asString(), decimal(c, "low"),
					decimal(c, "high"), c.get("unit").asString(), c.get("source").asString());
		}
		String app4 = seed.get("sources").get("app4").asString();
		String app5 = seed.get("sources").get("app5").asString();
		String years = seed.get("sources").get("years").asString();
		Map<FinancialYear, BigDecimal> spending = new TreeMap<>();
		for (JsonNode b : seed.get("bids")) {
			boolean appendix5 = b.has("contributions");
			String source = (appendix5 ? app5 : app4) + ": '" + b.get("printed").asString() + "'"
					+ (b.get("years").isEmpty() ? "" : ". " + years)
					+ (b.has("awardedOn") ? " " + seed.get("sources").get("awardedOn").asString() : "");
			Map<FinancialYear, BigDecimal> profile = new TreeMap<>();
			b.get("years")
				.properties()
				.forEach(e -> profile.put(FinancialYear.parse(e.getKey()).orElseThrow(),
						new BigDecimal(e.getValue().asString())));
			List<Bid.Item> items = new ArrayList<>();
			if (b.has("items")) {
				for (JsonNode i : b.get("items")) {
					items.add(new Bid.Item(i.get("label").asString(), new BigDecimal(i.get("amount").asString()),
							i.has("alternative") && i.get("alternative").asBoolean()));
				}
			}
			if (!appendix5) {
				profile.forEach((y, a) -> spending.merge(y, a, BigDecimal::add));
			}
			String stream = DemoFacts.textOrNull(b, "stream");
			long id = funding.insertBid(partnership,
					new FundingRepository.NewBid(stream == null ? null : streams.get(stream),
							b.get("reference").asString(), b.get("title").asString(), b.get("block").asString(),
							TargetKind.valueOf(b.get("targetKind").asString()), null, b.get("targetLabel").asString(),
							decimal(b, "total"), b.get("matching").asBoolean(),
							BidStatus.valueOf(b.get("status").asString()), date(b, "awardedOn"),
							DemoFacts.textOrNull(b, "description"), source, items, profile));
			if (appendix5) {
				for (JsonNode c : b.get("contributions")) {
					String year = DemoFacts.textOrNull(c, "year");
					funding.insertContribution(partnership, id, c.get("contributor").asString(), decimal(c, "amount"),
							ContributionType.valueOf(c.get("type").asString()), ContributionStatus.OFFERED,
							year == null ? null : FinancialYear.parse(year).orElseThrow(), false,
							DemoFacts.textOrNull(c, "note"),
							app5 + "; status 'offered' from para 14 ('the bids and the contributions offered')");
				}
			}
		}
		loan(partnership, seed.get("loan"), spending);
		plans(partnership, seed.get("plans"), spending, decimal(seed.get("loan"), "grant"));
	}

	/**
	 * The partnership's plan for the reward-target pump priming (Appendix 4's years, the
	 * grant spent first, then the loan) and one plan per district starting from the
	 * review's "around £5,000" of LAA revenue.
	 */
	private void plans(PartnershipId partnership, JsonNode plan, Map<FinancialYear, BigDecimal> spending,
			BigDecimal grant) {
		FinancialYear first = spending.keySet().iterator().next();
		long id = plans.insertPlan(partnership, FundingChoices.PlanScope.PARTNERSHIP, null, "Leicestershire Together",
				plan.get("title").asString(), first, spending.size(), plan.get("source").asString());
		BigDecimal grantLeft = grant;
		for (Map.Entry<FinancialYear, BigDecimal> year : spending.entrySet()) {
			BigDecimal fromGrant = year.getValue().min(grantLeft);
			grantLeft = grantLeft.subtract(fromGrant);
			BigDecimal fromLoan = year.getValue().subtract(fromGrant);
			if (fromGrant.signum() > 0) {
				plans.saveLine(partnership, id, plan.get("grantLine").asString(), FundingChoices.FundingKind.SPECIAL,
						year.getKey(), fromGrant, null);
			}
			if (fromLoan.signum() > 0) {
				plans.saveLine(partnership, id, plan.get("loanLine").asString(), FundingChoices.FundingKind.SPECIAL,
						year.getKey(), fromLoan, null);
			}
		}
		JsonNode district = plan.get("district");
		FinancialYear districtFirst = FinancialYear.parse(district.get("firstYear").asString()).orElseThrow();
		for (JsonNode d : DemoFacts.read().get("districts")) {
			if (!d.get("partnership").asString().equals(COUNTY)) {
				continue;
			}
			String name = d.get("name").asString();
			long districtPlan = plans.insertPlan(partnership, FundingChoices.PlanScope.DISTRICT,
					d.get("ladCode").asString(), name, name + ": " + district.get("title").asString(), districtFirst, 3,
					district.get("source").asString());
			plans.saveLine(partnership, districtPlan, district.get("line").asString(),
					FundingChoices.FundingKind.SPECIAL, districtFirst, decimal(district, "amount"),
					district.get("note").asString());
		}
	}

	/**
	 * The County Council's loan: the requirement and grant as the report gives them; the
	 * spending is Appendix 4's year profiles, each year in four equal quarterly amounts
	 * (an illustrative timing: the seed gives only yearly figures).
	 */
	private void loan(PartnershipId partnership, JsonNode loan, Map<FinancialYear, BigDecimal> spending) {
		long id = loans.insertLoan(partnership, loan.get("name").asString(), loan.get("lender").asString(),
				decimal(loan, "requirement"), decimal(loan, "grant"), loan.get("repaymentYears").asString(),
				loan.get("notes").asString(), loan.get("source").asString());
		for (JsonNode r : loan.get("rates")) {
			loans.insertRate(partnership, id, date(r, "from"), new BigDecimal(r.get("percent").asString()),
					r.get("source").asString());
		}
		JsonNode grant = loan.get("grantReceived");
		loans.insertMovement(partnership, id, MovementKind.GRANT_RECEIVED, date(grant, "on"), decimal(loan, "grant"),
				grant.get("note").asString());
		String quarterNote = loan.get("spendingNote").asString();
		spending.forEach((year, amount) -> {
			BigDecimal quarter = amount.divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.DOWN);
			BigDecimal last = amount.subtract(quarter.multiply(BigDecimal.valueOf(3)));
			java.time.LocalDate[] ends = { year.firstDay().plusMonths(3).minusDays(1),
					year.firstDay().plusMonths(6).minusDays(1), year.firstDay().plusMonths(9).minusDays(1),
					year.lastDay() };
			for (int q = 0; q < 4; q++) {
				loans.insertMovement(partnership, id, MovementKind.SPEND, ends[q], q == 3 ? last : quarter,
						"Appendix 4 profile for " + year.label() + ", quarter " + (q + 1) + " of 4. " + quarterNote);
			}
		});
		JsonNode repayment = loan.get("repayment");
		loans.insertMovement(partnership, id, MovementKind.REPAYMENT, date(repayment, "on"), null,
				repayment.get("note").asString());
	}

	static @Nullable BigDecimal decimal(JsonNode node, String field) {
		String text = DemoFacts.textOrNull(node, field);
		return text == null ? null : new BigDecimal(text).setScale(2);
	}

	static java.time.@Nullable LocalDate date(JsonNode node, String field) {
		String text = DemoFacts.textOrNull(node, field);
		return text == null ? null : java.time.LocalDate.parse(text);
	}

}
