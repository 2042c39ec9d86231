package org.nmhub.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.funding.FundingChoices.Eligibility;
import org.nmhub.shared.FormValues;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding directory: sources of grants, searchable, with approaching deadlines.
 */
@Service
public class Directory {

	/** How far ahead a deadline counts as approaching. */
	static final int APPROACHING_DAYS = 28;

	private final DirectoryRepository repository;

	private final Funding funding;

	private final Clock clock;

	Directory(DirectoryRepository repository, Funding funding) {
		this.repository = repository;
		this.funding = funding;
		this.clock = Clock.systemDefaultZone();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Deadlines from today to {@value #APPROACHING_DAYS} days ahead, soonest first. */
	public List<DirectoryEntry> approachingDeadlines(PartnershipId partnership) {
		return repository.deadlinesBetween(partnership, today(), today().plusDays(APPROACHING_DAYS));
	}

	/** A search, or the problems with what was typed (then nothing is searched). */
	record Result(List<DirectoryEntry> entries, List<FieldProblem> problems) {
	}

	Result search(PartnershipId partnership, DirectoryForms.SearchForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		Eligibility area = null;
		if (!Funding.text(form.eligibility()).isEmpty()) {
			area = FormValues.choice(Eligibility.class, form.eligibility()).orElse(null);
			if (area == null) {
				problems.add(new FieldProblem("eligibility", "Select rural or urban areas"));
			}
		}
		BigDecimal amount = Funding.amount(form.amount(), "amount", "The amount sought", false, problems);
		LocalDate openOn = Funding.date(form.openOn(), "openOn", "The date", problems);
		if (!problems.isEmpty()) {
			return new Result(List.of(), problems);
		}
		return new Result(repository.search(partnership, Funding.blankToNull(form.q()), area,
				Funding.blankToNull(form.sector()), amount, openOn), problems);
	}

	@Transactional
	List<FieldProblem> add(PartnershipContext context, DirectoryForms.EntryForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = Funding.text(form.name());
		if (name.isEmpty()) {
			problems.add(new FieldProblem("name", "Enter the name of the fund or grant"));
		}
		else if (repository.exists(context.partnershipId(), name)) {
			problems.add(new FieldProblem("name", "The directory already has " + name));
		}
		String funder = Funding.text(form.funder());
		if (funder.isEmpty()) {
			problems.add(new FieldProblem("funder", "Enter who gives the money"));
		}
		Eligibility eligibility = FormValues.choice(Eligibility.class, form.eligibility()).orElse(null);
		if (eligibility == null) {
			problems.add(new FieldProblem("eligibility", "Select where it will fund: rural, urban or both"));
		}
		BigDecimal min = Funding.amount(form.minAmount(), "minAmount", "The smallest grant", false, problems);
		BigDecimal max = Funding.amount(form.maxAmount(), "maxAmount", "The largest grant", false, problems);
		if (min != null && max != null && max.compareTo(min) < 0) {
			problems.add(new FieldProblem("maxAmount", "The largest grant must not be less than the smallest"));
		}
		LocalDate deadline = Funding.date(form.deadline(), "deadline", "The deadline", problems);
		if (!problems.isEmpty()) {
			return problems;
		}
		long id = repository.insert(context.partnershipId(), name, funder, Funding.text(form.description()),
				eligibility, Funding.text(form.sectors()), min, max, deadline, Funding.text(form.contact()), false,
				Funding.RECORDED);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("name", name);
		now.put("funder", funder);
		now.put("eligibility", eligibility.name());
		now.put("deadline", deadline);
		funding.audit(context, "funding directory entry", id, "Added " + name + " to the funding directory", now);
		return problems;
	}

}
