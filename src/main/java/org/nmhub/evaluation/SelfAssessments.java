package org.nmhub.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Role;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.FinancialYear;
import org.nmhub.shared.FormValues;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, saves, submits and peer-reviews self-assessments, deciding who may do what: the
 * district's coordinator (or a neighbourhood's manager) writes it; administrators and
 * performance officers may write any; a peer reviewer is a coordinator of another
 * district or a performance officer.
 */
@Service
class SelfAssessments {

	private final SelfAssessmentRepository repository;

	private final EvidenceGatherer evidence;

	private final Places places;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SelfAssessments(SelfAssessmentRepository repository, EvidenceGatherer evidence, Places places,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.repository = repository;
		this.evidence = evidence;
		this.places = places;
		this.events = events;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** Every district and neighbourhood of the partnership. */
	List<Scope> allScopes(PartnershipContext context) {
		List<NeighbourhoodRef> neighbourhoods = places.neighbourhoods(context.partnershipId());
		List<Scope> scopes = new ArrayList<>();
		for (var d : places.districts(context.partnershipId())) {
			List<NeighbourhoodRef> in = neighbourhoods.stream()
				.filter(n -> d.ladCode().equals(n.districtCode()))
				.toList();
			scopes.add(new Scope(Scope.Kind.DISTRICT, d.ladCode(), d.name(), d.ladCode(), in));
		}
		for (NeighbourhoodRef n : neighbourhoods) {
			scopes.add(new Scope(Scope.Kind.NEIGHBOURHOOD, n.key(), n.name(),
					n.districtCode() == null ? "" : n.districtCode(), List.of(n)));
		}
		return scopes;
	}

	/** The districts and neighbourhoods this user may assess. */
	List<Scope> scopes(PartnershipContext context) {
		return allScopes(context).stream().filter(s -> mayWrite(context, s)).toList();
	}

	Optional<Scope> scope(PartnershipContext context, String value) {
		return scopes(context).stream().filter(s -> s.value().equals(value)).findFirst();
	}

	/** The district or neighbourhood an assessment is of. */
	Optional<Scope> scopeOf(PartnershipContext context, SelfAssessment assessment) {
		return allScopes(context).stream()
			.filter(s -> s.kind().name().equals(assessment.scopeKind()) && s.key().equals(assessment.scopeKey()))
			.findFirst();
	}

	static boolean mayWrite(PartnershipContext context, Scope scope) {
		return switch (context.role()) {
			case ADMINISTRATOR, PERFORMANCE_OFFICER -> true;
			case DISTRICT_COORDINATOR -> scope.districtCode().equals(context.membership().districtCode());
			case NEIGHBOURHOOD_MANAGER -> scope.kind() == Scope.Kind.NEIGHBOURHOOD
					&& context.membership().neighbourhoodKeys().contains(scope.key());
			default -> false;
		};
	}

	/** Starts this year's assessment (or finds the one already started), pre-filled. */
	@Transactional
	long start(PartnershipContext context, Scope scope, int year) {
		long partnership = context.partnershipId().value();
		Optional<Long> existing = repository.find(partnership, scope, year);
		if (existing.isPresent()) {
			return existing.get();
		}
		long id = repository.insert(partnership, scope, year, context.user().displayName(),
				evidence.gather(context, scope, LocalDate.now(clock)));
		events.publishEvent(new SelfAssessmentChanged(new AuditedChange(partnership, context.user().userId(),
				context.user().displayName(), "created", "self-assessment", String.valueOf(id),
				"Started the " + new FinancialYear(year).label() + " self-assessment of " + scope.name(), Map.of(),
				Map.of("scope", scope.value(), "year", year))));
		return id;
	}

	/**
	 * Saves every element's score, evidence and improvement action; with {@code submit},
	 * every element must be scored and every weak score needs an improvement action.
	 */
	@Transactional
	List<FieldProblem> save(PartnershipContext context, SelfAssessment assessment, Map<String, String> form,
			boolean submit) {
		List<FieldProblem> problems = new ArrayList<>();
		if (assessment.submitted()) {
			return List.of(new FieldProblem("form", "This self-assessment was submitted and can no longer be changed"));
		}
		Map<Element, Score> scores = new LinkedHashMap<>();
		for (Element e : Element.values()) {
			String typed = form.getOrDefault("score-" + e.key(), "").strip();
			String evidenceText = form.getOrDefault("evidence-" + e.key(), "").strip();
			String action = form.getOrDefault("action-" + e.key(), "").strip();
			Score score = null;
			if (!typed.isEmpty()) {
				score = FormValues.whole(typed).flatMap(v -> Score.of(v.intValue())).orElse(null);
				if (score == null) {
					problems.add(new FieldProblem("score-" + e.key(), e.label() + ": choose a score from 1 to 4"));
					continue;
				}
			}
			if (evidenceText.length() > 4000) {
				problems.add(new FieldProblem("evidence-" + e.key(),
						e.label() + ": evidence must be 4,000 characters or fewer"));
			}
			if (action.length() > 2000) {
				problems.add(new FieldProblem("action-" + e.key(),
						e.label() + ": the improvement action must be 2,000 characters or fewer"));
			}
			if (submit && score == null) {
				problems.add(new FieldProblem("score-" + e.key(), e.label() + ": choose a score before submitting"));
			}
			if (submit && score != null && score.weak() && action.isEmpty()) {
				problems.add(new FieldProblem("action-" + e.key(),
						e.label() + ": describe an improvement action for this weak score"));
			}
			scores.put(e, score);
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		long partnership = context.partnershipId().value();
		int version = FormValues.whole(form.getOrDefault("version", "")).orElse(-1L).intValue();
		if (!repository.bump(partnership, assessment.id(), version, submit, context.user().displayName())) {
			return List.of(new FieldProblem("form",
					"Someone else saved this self-assessment while you were editing it: your changes were not saved. "
							+ "Their answers are shown below."));
		}
		Map<String, Object> after = new LinkedHashMap<>();
		for (Element e : Element.values()) {
			Score score = scores.get(e);
			repository.saveRow(assessment.id(), e, score, form.getOrDefault("evidence-" + e.key(), "").strip(),
					form.getOrDefault("action-" + e.key(), "").strip());
			after.put(e.key(), score == null ? null : score.value());
		}
		events
			.publishEvent(
					new SelfAssessmentChanged(new AuditedChange(partnership, context.user().userId(),
							context.user().displayName(), submit ? "submitted" : "updated", "self-assessment",
							String.valueOf(assessment.id()), (submit ? "Submitted" : "Saved") + " the "
									+ assessment.year() + " self-assessment of " + assessment.scopeName(),
							Map.of(), after)));
		return List.of();
	}

	static boolean mayPeerReview(PartnershipContext context, Scope scope) {
		return context.role() == Role.PERFORMANCE_OFFICER || (context.role() == Role.DISTRICT_COORDINATOR
				&& !scope.districtCode().equals(context.membership().districtCode()));
	}

	@Transactional
	List<FieldProblem> review(PartnershipContext context, SelfAssessment assessment, Scope scope, String comment) {
		if (!mayPeerReview(context, scope)) {
			return List.of(new FieldProblem("comment",
					"A peer review comes from a coordinator of another district or a performance officer"));
		}
		String text = comment.strip();
		if (text.isEmpty() || text.length() > 4000) {
			return List.of(new FieldProblem("comment", "Enter your review, in 4,000 characters or fewer"));
		}
		repository.addReview(assessment.id(), context.user().userId(), context.user().displayName(),
				context.membership().districtCode(), text);
		events.publishEvent(
				new SelfAssessmentChanged(new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "reviewed", "self-assessment", String.valueOf(assessment.id()),
						"Peer-reviewed the " + assessment.year() + " self-assessment of " + assessment.scopeName(),
						Map.of(), Map.of("comment", text))));
		return List.of();
	}

}
