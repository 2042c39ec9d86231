package org.nmhub.performance;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Role;
import org.nmhub.performance.Forms.ReturnForm;
import org.nmhub.performance.FrameworkEditing.Saved;
import org.nmhub.performance.ReturnRepository.Return;
import org.nmhub.performance.Views.Indicator;
import org.nmhub.performance.Views.Period;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns: the data owner submits each period's actual with commentary and evidence; a
 * performance officer approves it or sends it back. A partner officer sees and returns
 * only the indicators their organisation owns.
 */
@Service
class Returns {

	private final ReturnRepository returns;

	private final FrameworkRepository framework;

	private final PerformanceAudit audit;

	Returns(ReturnRepository returns, FrameworkRepository framework, PerformanceAudit audit) {
		this.returns = returns;
		this.framework = framework;
		this.audit = audit;
	}

	/** A return that is due and not in: none submitted, or sent back. */
	record LateReturn(long indicatorId, String indicatorCode, String indicatorTitle, @Nullable Long ownerId,
			@Nullable String owner, long periodId, String periodLabel, LocalDate dueOn, String state) {

	}

	/** Whether the user may see and return this indicator. */
	static boolean canSee(PartnershipContext context, Indicator indicator) {
		return context.role() != Role.PARTNER_OFFICER
				|| Objects.equals(indicator.dataOwnerId(), context.user().organisationId());
	}

	static boolean reviews(PartnershipContext context) {
		return context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER);
	}

	@Transactional
	Saved submit(PartnershipContext context, Indicator indicator, Period period, ReturnForm form) {
		long p = context.partnershipId().value();
		if (!canSee(context, indicator)) {
			return Saved.refused("actual",
					"Only " + (indicator.dataOwner() == null ? "the data owner" : indicator.dataOwner())
							+ " can return this indicator");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (period.closed()) {
			problems.add(new FieldProblem("actual",
					"The period " + period.label() + " is closed: returns for it are no longer accepted"));
		}
		Optional<Return> existing = returns.find(p, indicator.id(), period.id());
		if (existing.isPresent() && existing.get().status().equals("APPROVED")) {
			problems.add(new FieldProblem("actual",
					"The return for " + period.label() + " has been approved and cannot be changed"));
		}
		BigDecimal actual = null;
		if (Numbers.blank(form.actual())) {
			problems.add(new FieldProblem("actual", "Enter the actual value for " + period.label()));
		}
		else {
			actual = Numbers.decimal(form.actual()).orElse(null);
			if (actual == null) {
				problems.add(new FieldProblem("actual", "The actual must be a number, like 42 or 1,250.5"));
			}
			else if (indicator.minimumValue() != null && actual.compareTo(indicator.minimumValue()) < 0
					|| indicator.maximumValue() != null && actual.compareTo(indicator.maximumValue()) > 0) {
				problems.add(new FieldProblem("actual", "The actual must be between " + range(indicator)));
			}
		}
		String commentary = Numbers.trimmed(form.commentary());
		if (commentary != null && commentary.length() > 4000) {
			problems.add(new FieldProblem("commentary", "The commentary must be 4,000 characters or fewer"));
		}
		String evidence = Numbers.trimmed(form.evidenceLink());
		if (evidence != null && !isWebLink(evidence)) {
			problems.add(new FieldProblem("evidenceLink",
					"The evidence link must be a web address starting https:// or http://"));
		}
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		long id = returns.submit(p, indicator.id(), period.id(), actual, commentary, evidence, context.user().userId(),
				context.user().displayName());
		Map<String, @Nullable Object> after = new HashMap<>();
		after.put("actual", actual);
		after.put("period", period.label());
		after.put("evidence", evidence);
		audit.record(context, "submitted", "performance return", id,
				"Returned " + actual.toPlainString() + " for " + indicator.code() + " in " + period.label(),
				existing.map(r -> Map.<String, @Nullable Object>of("actual", r.actual())).orElse(Map.of()), after);
		return Saved.of(id);
	}

	private static String range(Indicator indicator) {
		String min = indicator.minimumValue() == null ? "any value" : Forms.text(indicator.minimumValue());
		String max = indicator.maximumValue() == null ? "any value" : Forms.text(indicator.maximumValue());
		return min + " and " + max;
	}

	private static boolean isWebLink(String text) {
		try {
			URI uri = URI.create(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && text.length() <= 2000;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Approves a submitted return; nobody approves their own. */
	@Transactional
	Optional<String> approve(PartnershipContext context, Return r) {
		if (!r.status().equals("SUBMITTED")) {
			return Optional.of("Only a return awaiting approval can be approved");
		}
		if (Objects.equals(r.submittedByUserId(), context.user().userId())) {
			return Optional.of("You submitted this return, so someone else must approve it");
		}
		returns.review(context.partnershipId().value(), r.id(), "APPROVED", context.user().userId(),
				context.user().displayName(), null);
		audit.record(context, "approved", "performance return", r.id(),
				"Approved the return of " + r.indicatorCode() + " for " + r.periodLabel(), Map.of("status", r.status()),
				Map.of("status", "APPROVED"));
		return Optional.empty();
	}

	@Transactional
	Optional<String> sendBack(PartnershipContext context, Return r, @Nullable String note) {
		if (!r.status().equals("SUBMITTED")) {
			return Optional.of("Only a return awaiting approval can be sent back");
		}
		String reason = Numbers.trimmed(note);
		if (reason == null) {
			return Optional.of("Say why the return is sent back");
		}
		returns.review(context.partnershipId().value(), r.id(), "SENT_BACK", context.user().userId(),
				context.user().displayName(), reason);
		audit.record(context, "sent back", "performance return", r.id(),
				"Sent back the return of " + r.indicatorCode() + " for " + r.periodLabel(),
				Map.of("status", r.status()), Map.of("status", "SENT_BACK", "note", reason));
		return Optional.empty();
	}

	@Transactional
	void setClosed(PartnershipContext context, Period period, boolean closed) {
		returns.setPeriodClosed(context.partnershipId().value(), period.id(), closed);
		audit.record(context, closed ? "closed" : "reopened", "performance period", period.id(),
				(closed ? "Closed " : "Reopened ") + period.label() + " for returns", Map.of("closed", period.closed()),
				Map.of("closed", closed));
	}

	/**
	 * Returns due by {@code today} that are not in (none submitted, or sent back), for
	 * indicators with a data owner, by due date.
	 */
	List<LateReturn> late(long p, long version, LocalDate today) {
		Map<String, Return> byKey = new HashMap<>();
		for (Return r : returns.returns(p, version)) {
			byKey.put(r.indicatorId() + "/" + r.periodId(), r);
		}
		List<LateReturn> late = new ArrayList<>();
		List<Indicator> indicators = framework.indicators(p, version);
		for (Period period : framework.periods(p, version)) {
			if (!period.dueOn().isBefore(today) || period.closed()) {
				continue;
			}
			for (Indicator i : indicators) {
				if (i.dataOwnerId() == null || !Frequency.valueOf(i.frequency()).dueFor(period.endsOn())) {
					continue;
				}
				Return r = byKey.get(i.id() + "/" + period.id());
				if (r == null || r.status().equals("SENT_BACK")) {
					late.add(new LateReturn(i.id(), i.code(), i.title(), i.dataOwnerId(), i.dataOwner(), period.id(),
							period.label(), period.dueOn(), r == null ? "Not submitted" : "Sent back"));
				}
			}
		}
		return late;
	}

}
