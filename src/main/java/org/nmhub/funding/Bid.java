package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nmhub.funding.FundingChoices.BidStatus;
import org.nmhub.funding.FundingChoices.ContributionStatus;
import org.nmhub.funding.FundingChoices.ContributionType;
import org.nmhub.funding.FundingChoices.TargetKind;

/**
 * A bid for, or award of, funding to a block, outcome, project, neighbourhood or plan
 * action, with its year profile and the partners' contributions to it. The figures are
 * kept as recorded; {@link #flags()} says where they do not add up.
 *
 * @param total the total as printed or entered (absent when none was given)
 * @param items the lines of a request made of several (alternatives are not counted)
 * @param years the profile: amount by financial year, in year order
 */
public record Bid(long id, @Nullable Long streamId, @Nullable String streamName, String reference, String title,
		@Nullable String block, TargetKind targetKind, @Nullable Long targetId, String targetLabel,
		@Nullable BigDecimal total, boolean matchingRequired, BidStatus status, java.time.@Nullable LocalDate awardedOn,
		@Nullable String description, String source, List<Item> items, Map<FinancialYear, BigDecimal> years,
		List<Contribution> contributions) {

	public record Item(String label, BigDecimal amount, boolean alternative) {

		public String amountText() {
			return Money.format(amount);
		}

	}

	public record Contribution(long id, String contributor, @Nullable BigDecimal amount, ContributionType type,
			ContributionStatus status, @Nullable FinancialYear year, boolean refund, @Nullable String note,
			String source) {

		public String amountText() {
			return amount == null ? "Not stated" : Money.format(refund ? amount.negate() : amount);
		}

		public String yearText() {
			return year == null ? "" : year.label();
		}

		/** Counted towards the match: a refund reduces it. */
		BigDecimal counted() {
			if (amount == null) {
				return BigDecimal.ZERO;
			}
			return refund ? amount.negate() : amount;
		}

	}

	/**
	 * What is requested: the counted items' sum when there are items, otherwise the
	 * total.
	 */
	public @Nullable BigDecimal request() {
		if (!items.isEmpty()) {
			return items.stream()
				.filter(i -> !i.alternative())
				.map(Item::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		return total;
	}

	public String requestText() {
		BigDecimal request = request();
		return request == null ? "None" : Money.format(request);
	}

	public @Nullable BigDecimal profileSum() {
		return years.isEmpty() ? null : years.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public String profileSumText() {
		BigDecimal sum = profileSum();
		return sum == null ? "Not profiled" : Money.format(sum);
	}

	public BigDecimal contributionsSum() {
		return contributions.stream().map(Contribution::counted).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public String contributionsSumText() {
		return Money.format(contributionsSum());
	}

	/** The amount profiled for a year, or blank. */
	public String yearText(FinancialYear year) {
		BigDecimal amount = years.get(year);
		return amount == null ? "" : Money.format(amount);
	}

	/**
	 * Where the figures do not add up, each with the difference. Never corrected: the
	 * recorded figures stay as they are.
	 */
	public List<String> flags() {
		List<String> flags = new ArrayList<>();
		BigDecimal request = request();
		BigDecimal profile = profileSum();
		if (request != null && profile != null && profile.compareTo(request) != 0) {
			flags.add("The year profile adds up to " + Money.format(profile) + ", not the total of "
					+ Money.format(request) + ": difference " + Money.signed(profile.subtract(request)));
		}
		if (request == null && profile != null) {
			flags.add("The year profile adds up to " + Money.format(profile) + " but no total is recorded");
		}
		if (matchingRequired && request != null) {
			BigDecimal matched = contributionsSum();
			if (matched.compareTo(request) != 0) {
				flags.add("Contributions add up to " + Money.format(matched) + ", not the request of "
						+ Money.format(request) + ": difference " + Money.signed(matched.subtract(request)));
			}
		}
		for (Contribution c : contributions) {
			if (c.amount() == null) {
				flags.add("The contribution from " + c.contributor() + " has no amount");
			}
		}
		return flags;
	}

	public boolean flagged() {
		return !flags().isEmpty();
	}

}
