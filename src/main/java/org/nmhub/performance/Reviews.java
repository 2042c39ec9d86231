package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.performance.Forms.ReviewDecisionForm;
import org.nmhub.performance.Forms.ReviewForm;
import org.nmhub.performance.FrameworkEditing.Saved;
import org.nmhub.performance.ReviewRepository.Review;
import org.nmhub.performance.Views.Version;
import org.nmhub.shared.FormValues;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-monthly review cycles and the decisions (e.g. of the Strategic Senior Officer
 * Group) recorded against them.
 */
@Service
class Reviews {

	private final ReviewRepository repository;

	private final FrameworkRepository framework;

	private final PerformanceAudit audit;

	Reviews(ReviewRepository repository, FrameworkRepository framework, PerformanceAudit audit) {
		this.repository = repository;
		this.framework = framework;
		this.audit = audit;
	}

	@Transactional
	Saved create(PartnershipContext context, Version version, ReviewForm form) {
		long p = context.partnershipId().value();
		List<FieldProblem> problems = new ArrayList<>();
		String title = Numbers.trimmed(form.title());
		if (title == null) {
			problems.add(new FieldProblem("title", "Enter the review's name, for example Second six-monthly review"));
		}
		else if (repository.titleTaken(p, title)) {
			problems.add(new FieldProblem("title", "There is already a review called " + title));
		}
		LocalDate held = FrameworkEditing.date(form.heldOn(), "heldOn", "The review date", problems);
		if (held == null && Numbers.blank(form.heldOn())) {
			problems.add(new FieldProblem("heldOn", "Enter the date of the review"));
		}
		Optional<Long> appetite = FormValues.whole(form.riskAppetite()).filter(a -> a >= 1 && a <= 25);
		if (appetite.isEmpty()) {
			problems.add(new FieldProblem("riskAppetite", "The risk appetite must be a whole number from 1 to 25"));
		}
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		long id = repository.insert(p, version.id(), title, held, appetite.get().intValue());
		audit.record(context, "created", "performance review", id, "Started the review " + title, Map.of(),
				Map.of("title", title, "heldOn", held));
		return Saved.of(id);
	}

	@Transactional
	Saved decide(PartnershipContext context, Review review, ReviewDecisionForm form) {
		long p = context.partnershipId().value();
		List<FieldProblem> problems = new ArrayList<>();
		String by = Numbers.trimmed(form.decidedBy());
		if (by == null) {
			problems.add(new FieldProblem("decidedBy", "Enter who made the decision, for example the SSOG"));
		}
		String decision = Numbers.trimmed(form.decision());
		if (decision == null) {
			problems.add(new FieldProblem("decision", "Enter the decision"));
		}
		else if (decision.length() > 4000) {
			problems.add(new FieldProblem("decision", "The decision must be 4,000 characters or fewer"));
		}
		Long from = outcome(p, review, form.fromOutcomeId(), "fromOutcomeId", problems);
		Long to = outcome(p, review, form.toOutcomeId(), "toOutcomeId", problems);
		BigDecimal amount = FrameworkEditing.number(form.amount(), "amount", "The amount", problems);
		if (amount != null && amount.signum() < 0) {
			problems.add(new FieldProblem("amount", "The amount must be £0 or more"));
		}
		if (amount != null && (from == null || to == null)) {
			problems.add(new FieldProblem("fromOutcomeId",
					"A reallocation names the outcome the resources move from and the one they move to"));
		}
		if (from != null && from.equals(to)) {
			problems.add(new FieldProblem("toOutcomeId", "Resources must move to a different outcome"));
		}
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		long id = repository.insertDecision(p, review.id(), by, decision, from, to, amount,
				context.user().displayName());
		audit.record(context, "created", "performance review decision", id,
				"Recorded a decision of " + by + " against " + review.title(), Map.of(), Map.of("decision", decision));
		return Saved.of(id);
	}

	private @Nullable Long outcome(long p, Review review, @Nullable String text, String field,
			List<FieldProblem> problems) {
		if (Numbers.blank(text)) {
			return null;
		}
		Optional<Long> id = FormValues.whole(text)
			.filter(o -> framework.outcomes(p, review.versionId()).stream().anyMatch(x -> x.id() == o));
		if (id.isEmpty()) {
			problems.add(new FieldProblem(field, "Select one of the agreement's outcomes"));
			return null;
		}
		return id.get();
	}

}
