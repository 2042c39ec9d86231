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
import org.nmhub.performance.Forms.MilestoneForm;
import org.nmhub.performance.Forms.ProjectForm;
import org.nmhub.performance.Forms.RiskForm;
import org.nmhub.performance.FrameworkEditing.Saved;
import org.nmhub.performance.Views.Version;
import org.nmhub.shared.FormValues;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery plan's writes: projects per block, their milestones, and risks scored
 * likelihood × impact.
 */
@Service
class DeliveryPlans {

	private final DeliveryRepository repository;

	private final FrameworkRepository framework;

	private final PerformanceAudit audit;

	DeliveryPlans(DeliveryRepository repository, FrameworkRepository framework, PerformanceAudit audit) {
		this.repository = repository;
		this.framework = framework;
		this.audit = audit;
	}

	@Transactional
	Saved addProject(PartnershipContext context, Version v, ProjectForm form) {
		long p = context.partnershipId().value();
		List<FieldProblem> problems = new ArrayList<>();
		Long block = block(p, v, form.blockId(), "blockId", problems);
		String name = Numbers.trimmed(form.name());
		if (name == null) {
			problems.add(new FieldProblem("name", "Enter the project's name"));
		}
		else if (repository.projectExists(p, v.id(), name)) {
			problems.add(new FieldProblem("name", "There is already a project called " + name));
		}
		BigDecimal budget = FrameworkEditing.number(form.budget(), "budget", "The budget", problems);
		if (budget != null && budget.signum() < 0) {
			problems.add(new FieldProblem("budget", "The budget must be £0 or more"));
		}
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		long id = repository.insertProject(p, v.id(), block, name, Numbers.trimmed(form.manager()), budget,
				"Recorded in NM Hub");
		audit.record(context, "created", "performance project", id, "Added the project " + name, Map.of(),
				Map.of("name", name));
		return Saved.of(id);
	}

	@Transactional
	Saved addMilestone(PartnershipContext context, DeliveryRepository.Project project, MilestoneForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = Numbers.trimmed(form.title());
		if (title == null) {
			problems.add(new FieldProblem("title", "Enter the milestone"));
		}
		LocalDate due = FrameworkEditing.date(form.dueOn(), "dueOn", "The due date", problems);
		if (due == null && Numbers.blank(form.dueOn())) {
			problems.add(new FieldProblem("dueOn", "Enter the date the milestone is due"));
		}
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		long id = repository.insertMilestone(context.partnershipId().value(), project.id(), title, due, null,
				"Recorded in NM Hub");
		audit.record(context, "created", "performance milestone", id,
				"Added the milestone " + title + " to " + project.name(), Map.of(), Map.of("due", due));
		return Saved.of(id);
	}

	@Transactional
	Optional<String> markAchieved(PartnershipContext context, long milestone, @Nullable String on) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate date = Numbers.blank(on) ? LocalDate.now()
				: FrameworkEditing.date(on, "achievedOn", "The date achieved", problems);
		if (date == null) {
			return Optional.of(problems.get(0).message());
		}
		if (repository.markAchieved(context.partnershipId().value(), milestone, date) == 0) {
			throw Lookup.notFound();
		}
		audit.record(context, "updated", "performance milestone", milestone, "Marked a milestone achieved", Map.of(),
				Map.of("achievedOn", date));
		return Optional.empty();
	}

	@Transactional
	Saved addRisk(PartnershipContext context, Version v, RiskForm form) {
		long p = context.partnershipId().value();
		List<FieldProblem> problems = new ArrayList<>();
		Long block = block(p, v, form.riskBlockId(), "riskBlockId", problems);
		String description = Numbers.trimmed(form.description());
		if (description == null) {
			problems.add(new FieldProblem("description", "Describe the risk"));
		}
		Integer likelihood = score(form.likelihood(), "likelihood", "The likelihood", problems);
		Integer impact = score(form.impact(), "impact", "The impact", problems);
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		long id = repository.insertRisk(p, v.id(), block, null, description, likelihood, impact,
				Numbers.trimmed(form.owner()), Numbers.trimmed(form.mitigation()), "Recorded in NM Hub");
		audit.record(context, "created", "performance risk", id, "Added a risk: " + description, Map.of(),
				Map.of("description", description));
		return Saved.of(id);
	}

	private static @Nullable Integer score(@Nullable String text, String field, String what,
			List<FieldProblem> problems) {
		if (Numbers.blank(text)) {
			return null;
		}
		Optional<Long> value = FormValues.whole(text).filter(x -> x >= 1 && x <= 5);
		if (value.isEmpty()) {
			problems.add(new FieldProblem(field, what + " must be a whole number from 1 to 5"));
			return null;
		}
		return value.get().intValue();
	}

	private @Nullable Long block(long p, Version v, @Nullable String blockId, String field,
			List<FieldProblem> problems) {
		if (Numbers.blank(blockId)) {
			return null;
		}
		Optional<Long> id = FormValues.whole(blockId)
			.filter(b -> framework.blocks(p, v.id()).stream().anyMatch(x -> x.id() == b));
		if (id.isEmpty()) {
			problems.add(new FieldProblem(field, "Select one of the agreement's blocks"));
			return null;
		}
		return id.get();
	}

}
