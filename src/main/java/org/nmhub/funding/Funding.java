package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.funding.FundingChoices.BidStatus;
import org.nmhub.funding.FundingChoices.CapitalRevenue;
import org.nmhub.funding.FundingChoices.ContributionStatus;
import org.nmhub.funding.FundingChoices.ContributionType;
import org.nmhub.funding.FundingChoices.StreamKind;
import org.nmhub.funding.FundingChoices.TargetKind;
import org.nmhub.performance.Framework;
import org.nmhub.performance.OutcomeSummary;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.plans.ActionRef;
import org.nmhub.plans.PlanActions;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.FormValues;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's funding streams, bids and awards, and partners' contributions. Every
 * write is checked whole first and saved in one audited transaction, or not at all.
 */
@Service
public class Funding {

	static final String RECORDED = "Recorded in NM Hub";

	private final FundingRepository repository;

	private final Places places;

	private final Framework framework;

	private final PlanActions actions;

	private final ApplicationEventPublisher events;

	Funding(FundingRepository repository, Places places, Framework framework, PlanActions actions,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.places = places;
		this.framework = framework;
		this.actions = actions;
		this.events = events;
	}

	public List<FundingStream> streams(PartnershipId partnership) {
		return repository.streams(partnership);
	}

	public Optional<FundingStream> stream(PartnershipId partnership, long id) {
		return repository.stream(partnership, id);
	}

	public List<Bid> bids(PartnershipId partnership) {
		return repository.bids(partnership);
	}

	public Optional<Bid> bid(PartnershipId partnership, long id) {
		return repository.bid(partnership, id);
	}

	/** The financial years any bid is profiled in, in order. */
	static List<FinancialYear> profileYears(List<Bid> bids) {
		TreeSet<FinancialYear> years = new TreeSet<>();
		bids.forEach(b -> years.addAll(b.years().keySet()));
		return List.copyOf(years);
	}

	@Transactional
	List<FieldProblem> createStream(PartnershipContext context, StreamForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = text(form.name());
		if (name.isEmpty()) {
			problems.add(new FieldProblem("name", "Enter the stream's name"));
		}
		else if (name.length() > 200) {
			problems.add(new FieldProblem("name", "The name must be 200 characters or fewer"));
		}
		else if (repository.streamExists(context.partnershipId(), name)) {
			problems.add(new FieldProblem("name", "There is already a stream called " + name));
		}
		StreamKind kind = FormValues.choice(StreamKind.class, form.kind()).orElse(null);
		if (kind == null) {
			problems.add(new FieldProblem("kind", "Select the kind of stream"));
		}
		String body = text(form.sourceBody());
		if (body.isEmpty()) {
			problems.add(new FieldProblem("sourceBody", "Enter the body the money comes from"));
		}
		CapitalRevenue capitalRevenue = FormValues.choice(CapitalRevenue.class, form.capitalRevenue()).orElse(null);
		if (capitalRevenue == null) {
			problems.add(new FieldProblem("capitalRevenue", "Select capital, revenue or either"));
		}
		BigDecimal amount = amount(form.amount(), "amount", "The stream's amount", false, problems);
		LocalDate starts = date(form.startsOn(), "startsOn", "The start date", problems);
		LocalDate ends = date(form.endsOn(), "endsOn", "The end date", problems);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			problems.add(new FieldProblem("endsOn", "The end date must be on or after the start date"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		long id = repository.insertStream(context.partnershipId(), name, kind, body, capitalRevenue, amount,
				blankToNull(form.conditions()), starts, ends, RECORDED);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("name", name);
		now.put("kind", kind.name());
		now.put("sourceBody", body);
		now.put("amount", amount);
		now.put("startsOn", starts);
		now.put("endsOn", ends);
		audit(context, "funding stream", id, "Added the funding stream " + name, now);
		return problems;
	}

	/** A new bid or award, or the problems that stopped it (nothing is saved then). */
	@Transactional
	Created createBid(PartnershipContext context, BidForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String reference = text(form.reference());
		if (reference.isEmpty()) {
			problems.add(new FieldProblem("reference", "Enter a reference, for example RG1 or the bid's number"));
		}
		else if (repository.bidExists(context.partnershipId(), reference)) {
			problems.add(new FieldProblem("reference", "There is already a bid with the reference " + reference));
		}
		String title = text(form.title());
		if (title.isEmpty()) {
			problems.add(new FieldProblem("title", "Enter what the bid is for"));
		}
		FundingStream stream = null;
		if (!text(form.streamId()).isEmpty()) {
			stream = FormValues.whole(form.streamId())
				.flatMap(id -> repository.stream(context.partnershipId(), id))
				.orElse(null);
			if (stream == null) {
				problems.add(new FieldProblem("streamId", "Select one of the partnership's funding streams"));
			}
		}
		TargetKind targetKind = FormValues.choice(TargetKind.class, form.targetKind()).orElse(null);
		if (targetKind == null) {
			problems.add(new FieldProblem("targetKind", "Select what the bid pays for"));
		}
		String targetLabel = text(form.targetLabel());
		if (targetLabel.isEmpty()) {
			problems.add(new FieldProblem("targetLabel", "Name the block, outcome, project, neighbourhood or action"));
		}
		Target target = target(context, targetKind, targetLabel, problems);
		BidStatus status = FormValues.choice(BidStatus.class, form.status()).orElse(null);
		if (status == null) {
			problems.add(new FieldProblem("status", "Select the bid's status"));
		}
		LocalDate awardedOn = date(form.awardedOn(), "awardedOn", "The award date", problems);
		if (status == BidStatus.AWARDED && awardedOn == null && text(form.awardedOn()).isEmpty()) {
			problems.add(new FieldProblem("awardedOn", "Enter the date of the award"));
		}
		BigDecimal total = amount(form.total(), "total", "The total", false, problems);
		Map<FinancialYear, BigDecimal> years = profile(form, stream, problems);
		if (!problems.isEmpty()) {
			return new Created(0, problems);
		}
		long id = repository.insertBid(context.partnershipId(),
				new FundingRepository.NewBid(stream == null ? null : stream.id(), reference, title,
						blankToNull(form.block()), targetKind, target.id(), target.label(), total,
						"true".equals(form.matchingRequired()), status, awardedOn, blankToNull(form.description()),
						RECORDED, List.of(), years));
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("reference", reference);
		now.put("title", title);
		now.put("target", targetKind.name() + ": " + targetLabel);
		now.put("total", total);
		Map<String, String> profile = new LinkedHashMap<>();
		years.forEach((y, a) -> profile.put(y.label(), a.toPlainString()));
		now.put("years", profile);
		audit(context, "funding bid", id, "Recorded the bid " + reference + " " + title, now);
		return new Created(id, List.of());
	}

	record Created(long id, List<FieldProblem> problems) {
	}

	/**
	 * What a bid pays for: the record it names, where NM Hub holds one, and its label.
	 */
	record Target(@Nullable Long id, String label) {
	}

	/**
	 * Ties a neighbourhood to its record by name, a plan action by its number (the label
	 * becomes the action's title) and an outcome to the LAA framework by its code; a
	 * block or project is kept as named.
	 */
	private Target target(PartnershipContext context, @Nullable TargetKind kind, String label,
			List<FieldProblem> problems) {
		if (kind == null || label.isEmpty()) {
			return new Target(null, label);
		}
		switch (kind) {
			case NEIGHBOURHOOD -> {
				Optional<NeighbourhoodRef> neighbourhood = places.neighbourhoods(context.partnershipId())
					.stream()
					.filter(n -> n.name().equalsIgnoreCase(label))
					.findFirst();
				if (neighbourhood.isEmpty()) {
					problems.add(new FieldProblem("targetLabel", "There is no neighbourhood called " + label));
					return new Target(null, label);
				}
				return new Target(neighbourhood.get().id(), neighbourhood.get().name());
			}
			case PLAN_ACTION -> {
				Optional<ActionRef> action = FormValues.whole(label.replace("#", ""))
					.flatMap(id -> actions.action(context.partnershipId().value(), id));
				if (action.isEmpty()) {
					problems.add(new FieldProblem("targetLabel",
							"Give the plan action's number (shown on its page); there is no action " + label));
					return new Target(null, label);
				}
				return new Target(action.get().id(), action.get().planTitle() + ": " + action.get().title());
			}
			case OUTCOME -> {
				String code = label.split("[\\s:(]", 2)[0];
				return new Target(framework.outcomes(context.partnershipId().value())
					.stream()
					.filter(o -> o.code().equalsIgnoreCase(code))
					.map(OutcomeSummary::id)
					.findFirst()
					.orElse(null), label);
			}
			default -> {
				return new Target(null, label);
			}
		}
	}

	private static Map<FinancialYear, BigDecimal> profile(BidForm form, @Nullable FundingStream stream,
			List<FieldProblem> problems) {
		Map<FinancialYear, BigDecimal> years = new TreeMap<>();
		int row = 0;
		for (String[] typed : form.profileRows()) {
			row++;
			String yearText = text(typed[0]);
			String amountText = text(typed[1]);
			if (yearText.isEmpty() && amountText.isEmpty()) {
				continue;
			}
			FinancialYear year = null;
			if (yearText.isEmpty()) {
				problems.add(new FieldProblem("year" + row, "Year profile row " + row + ": enter the financial year"));
			}
			else {
				year = FinancialYear.parse(yearText).orElse(null);
				if (year == null) {
					problems.add(new FieldProblem("year" + row, "Year profile row " + row + ": '" + yearText
							+ "' is not a financial year; write it like 2007/08"));
				}
				else if (years.containsKey(year)) {
					problems.add(new FieldProblem("year" + row,
							"Year profile row " + row + ": " + year.label() + " is already in the profile"));
					year = null;
				}
				else if (stream != null && stream.endsBefore(year)) {
					problems.add(new FieldProblem("year" + row,
							"Year profile row " + row + ": " + year.label() + " begins after the stream "
									+ stream.name() + " ends (" + stream.endsOn().format(LoanModel.DATE) + ")"));
					year = null;
				}
			}
			BigDecimal amount = amount(amountText, "amount" + row, "Year profile row " + row + " amount", false,
					problems);
			if (amount == null && amountText.isEmpty()) {
				problems.add(new FieldProblem("amount" + row, "Year profile row " + row + ": enter the amount"));
			}
			if (year != null && amount != null) {
				years.put(year, amount);
			}
		}
		return years;
	}

	/**
	 * Records a partner's contribution to a bid, or says why not (nothing saved then).
	 */
	@Transactional
	List<FieldProblem> addContribution(PartnershipContext context, long bidId, ContributionForm form) {
		Bid bid = repository.bid(context.partnershipId(), bidId).orElseThrow();
		List<FieldProblem> problems = new ArrayList<>();
		String contributor = text(form.contributor());
		if (contributor.isEmpty()) {
			problems.add(new FieldProblem("contributor", "Enter who is contributing"));
		}
		BigDecimal amount = amount(form.amount(), "amount", "The amount", form.isRefund(), problems);
		if (amount != null && form.isRefund() && amount.signum() < 0) {
			amount = amount.negate();
		}
		ContributionType type = FormValues.choice(ContributionType.class, form.type()).orElse(null);
		if (type == null) {
			problems.add(new FieldProblem("type", "Select the kind of contribution"));
		}
		ContributionStatus status = FormValues.choice(ContributionStatus.class, form.status()).orElse(null);
		if (status == null) {
			problems.add(new FieldProblem("status", "Select whether it is offered, confirmed or received"));
		}
		FinancialYear year = null;
		if (!text(form.year()).isEmpty()) {
			year = FinancialYear.parse(form.year()).orElse(null);
			if (year == null) {
				problems.add(new FieldProblem("year",
						"'" + text(form.year()) + "' is not a financial year; write it like 2007/08"));
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		long id = repository.insertContribution(context.partnershipId(), bid.id(), contributor, amount, type, status,
				year, form.isRefund(), blankToNull(form.note()), RECORDED);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("bid", bid.reference());
		now.put("contributor", contributor);
		now.put("amount", amount);
		now.put("type", type.name());
		now.put("status", status.name());
		now.put("refund", form.isRefund());
		audit(context, "funding contribution", id,
				(form.isRefund() ? "Recorded a refund to " : "Recorded a contribution from ") + contributor + " to "
						+ bid.reference(),
				now);
		return problems;
	}

	void audit(PartnershipContext context, String recordType, long id, String summary,
			Map<String, @Nullable Object> after) {
		events.publishEvent(new FundingChanged(context.partnershipId(), recordType, id,
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "created", recordType, String.valueOf(id), summary, Map.of(),
						after)));
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value.trim();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** An optional amount; adds a problem and returns null when it cannot be read. */
	static @Nullable BigDecimal amount(@Nullable String text, String field, String what, boolean negativeAllowed,
			List<FieldProblem> problems) {
		Money.Read read = Money.read(text, what, negativeAllowed);
		if (read instanceof Money.Amount a) {
			return a.value();
		}
		if (read instanceof Money.Problem p) {
			problems.add(new FieldProblem(field, p.message()));
		}
		return null;
	}

	static @Nullable LocalDate date(@Nullable String text, String field, String what, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Optional<LocalDate> date = FormValues.date(text);
		if (date.isEmpty()) {
			problems.add(new FieldProblem(field, what + " must be a date, like 2006-04-01"));
			return null;
		}
		return date.get();
	}

}
