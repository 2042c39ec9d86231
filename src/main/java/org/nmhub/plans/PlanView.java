package org.nmhub.plans;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A plan version as its pages show it: every value already in words, so that templates
 * only read properties.
 */
record PlanView(long id, String title, String kind, String kindName, String area, String period, String startsOn,
		String endsOn, String reviewMonth, String status, String statusName, int version, boolean draft, boolean agreed,
		boolean template, boolean illustrative, String notes, String createdBy, String createdOn, String submitted,
		String agreement, String endorsement, @Nullable Long previousId, @Nullable String neighbourhoodKey) {

	static PlanView of(Plan p) {
		String submitted = p.submittedAt() == null ? ""
				: "Submitted by " + p.submittedBy() + " on " + Dates.day(p.submittedAt());
		String agreement = p.agreedOn() == null ? ""
				: "Agreed by " + p.agreedByBody() + " on " + Dates.day(p.agreedOn()) + " (recorded by "
						+ p.agreedRecordedBy() + " on " + Dates.day(p.agreedRecordedAt()) + ")";
		String endorsement = p.endorsedOn() == null ? ""
				: "Endorsed by " + p.endorsedByBody() + " on " + Dates.day(p.endorsedOn()) + " (recorded by "
						+ p.endorsedRecordedBy() + " on " + Dates.day(p.endorsedRecordedAt()) + ")";
		return new PlanView(p.id(), p.title(), p.kind().label(), p.kind().name(), p.area(), p.period(),
				Dates.day(p.startsOn()), Dates.day(p.endsOn()), p.reviewMonthName(), p.status().label(),
				p.status().name(), p.planVersion(), p.isDraft(), p.status().isAgreed(), p.template(), p.illustrative(),
				p.notes(), p.createdBy(), Dates.day(p.createdAt()), submitted, agreement, endorsement, p.previousId(),
				p.neighbourhoodKey());
	}

	record PriorityView(long id, String title, String description, String category, String laaTheme, String reference,
			boolean backed, List<EvidenceView> evidence, List<ActionView> actions) {
	}

	record EvidenceView(String kind, String kindName, String reference, String label) {
	}

	record ActionView(long id, String title, String description, String level, String reference,
			String leadOrganisation, String leadOfficer, String partners, String startsOn, String dueOn,
			String resources, String laa, String successMeasure, String parishPlanItem, boolean publicAction,
			String source, int percentComplete, String rag, String ragLabel, String latestNarrative, String latestBy,
			String state, boolean completed, List<String> problems) {
	}

	record HealthView(boolean healthy, boolean canSubmit, int priorities, int actions, List<String> unbacked,
			List<FlagView> flagged) {
	}

	record FlagView(long actionId, String priority, String action, String problems) {
	}

	static List<PriorityView> priorities(List<Priority> priorities, LocalDate today) {
		List<PriorityView> views = new ArrayList<>();
		for (Priority p : priorities) {
			views.add(new PriorityView(p.id(), p.title(), p.description(), p.category().label(), p.laaTheme(),
					p.reference(), p.isBacked(),
					p.evidence()
						.stream()
						.map(e -> new EvidenceView(e.kind().label(), e.kind().name(), e.reference(), e.label()))
						.toList(),
					p.actions().stream().map(a -> action(a, today)).toList()));
		}
		return views;
	}

	static ActionView action(Action a, LocalDate today) {
		String state = a.isCompleted() ? "Completed"
				: a.isOverdue(today) ? "Overdue" : a.isDueSoon(today) ? "Due soon" : "";
		Progress latest = a.latest();
		return new ActionView(a.id(), a.title(), a.description(), a.level() == null ? "" : a.level(), a.reference(),
				a.leadOrganisationName() == null ? "" : a.leadOrganisationName(), a.leadOfficerName(),
				String.join(", ", a.supportingPartners()), Dates.day(a.startsOn()), Dates.day(a.dueOn()), resources(a),
				laa(a), a.successMeasure(), a.parishPlanItem(), a.publicAction(), source(a), a.percentComplete(),
				latest == null ? "" : latest.rag().name(), latest == null ? "" : latest.rag().label(),
				latest == null ? "" : latest.narrative(),
				latest == null ? "" : latest.recordedBy() + ", " + Dates.day(latest.recordedAt()), state,
				a.isCompleted(), a.wishListProblems());
	}

	static HealthView health(PlanHealth health) {
		return new HealthView(health.isHealthy(), health.canSubmit(), health.priorities(), health.actions(),
				health.unbacked().stream().map(Priority::title).toList(),
				health.flagged()
					.stream()
					.map(f -> new FlagView(f.action().id(), f.priority().title(), f.action().title(),
							String.join("; ", f.problems())))
					.toList());
	}

	static String money(@Nullable BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
		return format.format(amount);
	}

	static String resources(Action a) {
		if (a.resourcesAmount() == null && a.resourcesSource().isBlank()) {
			return "";
		}
		StringBuilder text = new StringBuilder(money(a.resourcesAmount()));
		if (a.resourcesKind() != null) {
			text.append(text.isEmpty() ? "" : " ").append(a.resourcesKind().label().toLowerCase(Locale.UK));
		}
		if (!a.resourcesSource().isBlank()) {
			text.append(text.isEmpty() ? "" : " ").append("from ").append(a.resourcesSource());
		}
		return text.toString();
	}

	private static String laa(Action a) {
		List<String> parts = new ArrayList<>();
		if (a.laaOutcomeId() != null) {
			parts.add("LAA outcome " + a.laaOutcomeId());
		}
		if (a.laaIndicatorId() != null) {
			parts.add("LAA indicator " + a.laaIndicatorId());
		}
		return String.join(", ", parts);
	}

	private static String source(Action a) {
		if (a.sourceKind() == null) {
			return "";
		}
		String kind = switch (a.sourceKind()) {
			case "INTELLIGENCE" -> "community intelligence";
			case "ENGAGEMENT" -> "engagement feedback";
			default -> "a document or meeting";
		};
		return "Escalated from " + kind + " " + (a.sourceReference() == null ? "" : a.sourceReference());
	}

}
