package org.nmhub.funding;

/**
 * The fixed choices of the funding records, each with the label people see.
 */
public final class FundingChoices {

	private FundingChoices() {
	}

	/** Kinds of funding stream. */
	public enum StreamKind {

		LAA_PUMP_PRIMING("LAA pump-priming grant"), LAA_REWARD("LAA reward grant"),
		COUNCIL_PUMP_PRIMING("Council pump priming or loan"), NRF("Neighbourhood Renewal Fund"),
		SSCF_NEIGHBOURHOOD("Safer and Stronger Communities Fund – neighbourhood element"),
		SECTION_106("Section 106 planning obligations"), LOTTERY("Lottery"),
		LABGI("Local Authority Business Growth Incentive"), MAINSTREAM("Mainstream budget"), OTHER("Other");

		private final String label;

		StreamKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Whether a stream pays for capital, revenue or either. */
	public enum CapitalRevenue {

		CAPITAL("Capital"), REVENUE("Revenue"), BOTH("Capital or revenue"), NOT_STATED("Not stated");

		private final String label;

		CapitalRevenue(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** What a bid or award pays for. */
	public enum TargetKind {

		BLOCK("LAA block"), OUTCOME("Outcome or target"), PROJECT("Project"), NEIGHBOURHOOD("Neighbourhood"),
		PLAN_ACTION("Plan action");

		private final String label;

		TargetKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public enum BidStatus {

		BID("Bid"), AWARDED("Awarded"), AWAITING_BID("Awaiting a bid"), NO_BID("No bid"), DECLINED("Declined");

		private final String label;

		BidStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public enum ContributionType {

		CASH_GRANT("Cash grant"), POOLED("Pooled"), ALIGNED("Aligned"), IN_KIND("In kind"), STAFF_TIME("Staff time"),
		NOT_STATED("Not stated");

		private final String label;

		ContributionType(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public enum ContributionStatus {

		OFFERED("Offered"), CONFIRMED("Confirmed"), RECEIVED("Received");

		private final String label;

		ContributionStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Special (time-limited) funding, or mainstream budgets. */
	public enum FundingKind {

		SPECIAL("Special funding"), MAINSTREAM("Mainstream");

		private final String label;

		FundingKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Whom a financial plan covers. */
	public enum PlanScope {

		PARTNERSHIP("Partnership"), DISTRICT("District"), NEIGHBOURHOOD("Neighbourhood");

		private final String label;

		PlanScope(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Where a source of grants will fund. */
	public enum Eligibility {

		RURAL("Rural areas"), URBAN("Urban areas"), BOTH("Rural and urban areas"), NOT_STATED("Not stated");

		private final String label;

		Eligibility(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** A cash movement of a pump-priming loan. */
	public enum MovementKind {

		GRANT_RECEIVED("Grant received"), SPEND("Spending"), REPAYMENT("Repayment from reward");

		private final String label;

		MovementKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
