package org.nmhub.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.Member;
import org.nmhub.access.OrganisationRef;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.Partnerships;
import org.nmhub.partners.Bodies;
import org.nmhub.partners.BodyType;
import org.nmhub.partners.PartnerBody;
import org.nmhub.places.District;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.performance.Framework;
import org.nmhub.places.Places;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.FormValues;
import org.nmhub.shared.PlanActionCompleted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reading action plans. Every write is one transaction that publishes an
 * audited {@link PlanChanged}.
 */
@Service
class ActionPlans {

	/** The priority escalated items are filed under. */
	static final String ESCALATED_PRIORITY = "Escalated items";

	private final ActionPlanRepository plans;

	private final Places places;

	private final Partnerships partnerships;

	private final Bodies bodies;

	private final Framework framework;

	private final ApplicationEventPublisher events;

	ActionPlans(ActionPlanRepository plans, Places places, Partnerships partnerships, Bodies bodies,
			Framework framework, ApplicationEventPublisher events) {
		this.plans = plans;
		this.places = places;
		this.partnerships = partnerships;
		this.bodies = bodies;
		this.framework = framework;
		this.events = events;
	}

	/** The partnership's LAA outcomes and indicators in words. */
	LaaLabels laaLabels(PartnershipId partnership) {
		return LaaLabels.of(framework.outcomes(partnership.value()), framework.indicators(partnership.value()));
	}

	// Reading

	Optional<Plan> plan(PartnershipId partnership, long id) {
		return plans.plan(partnership.value(), id);
	}

	List<Plan> plans(PartnershipId partnership) {
		return plans.plans(partnership.value());
	}

	List<Plan> versions(Plan plan) {
		return plans.versions(plan.partnershipId(), plan.lineageKey());
	}

	List<Priority> priorities(Plan plan) {
		return plans.priorities(plan.partnershipId(), plan.id());
	}

	Optional<Action> action(Plan plan, long actionId) {
		return plans.action(plan.partnershipId(), actionId).filter(a -> a.planId() == plan.id());
	}

	List<Progress> progress(Plan plan, Action action) {
		return plans.progress(plan.partnershipId(), action.lineageKey());
	}

	Optional<Plan> agreedNeighbourhoodPlan(PartnershipId partnership, long neighbourhoodId) {
		return plans.agreedNeighbourhoodPlan(partnership.value(), neighbourhoodId);
	}

	List<ActionPlanRepository.LedAction> ledBy(long userId, List<Long> partnershipIds) {
		return plans.ledBy(userId, partnershipIds);
	}

	List<OrganisationRef> organisations(PartnershipId partnership) {
		return partnerships.organisations(partnership);
	}

	List<Member> members(PartnershipContext context) {
		return partnerships.members(context);
	}

	/** The bodies that may agree (or endorse) a plan of this kind, in its district. */
	List<PartnerBody> bodiesFor(Plan plan, boolean endorsing) {
		Set<BodyType> types = switch (plan.kind()) {
			case NEIGHBOURHOOD -> endorsing ? Set.of(BodyType.DISTRICT_LSP) : Set.of(BodyType.NAT);
			case DISTRICT ->
				endorsing ? Set.of(BodyType.DISTRICT_LSP) : Set.of(BodyType.DISTRICT_LSP, BodyType.SUB_GROUP);
			case COUNTY -> endorsing ? Set.of(BodyType.SUB_GROUP, BodyType.BOARD) : Set.of(BodyType.SUB_GROUP);
		};
		return bodies.all(new PartnershipId(plan.partnershipId()))
			.stream()
			.filter(b -> types.contains(b.type()))
			.filter(b -> plan.kind() == PlanKind.COUNTY ? b.districtName() == null
					: plan.districtName() != null && plan.districtName().equals(b.districtName()))
			.toList();
	}

	// Plans

	/**
	 * Creates a draft plan, optionally with a template's priorities and actions. Audited.
	 */
	@Transactional
	Result create(PartnershipContext context, PlanForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		PlanKind kind = FormValues.choice(PlanKind.class, form.kind()).orElse(null);
		NeighbourhoodRef neighbourhood = null;
		District district = null;
		if (kind == null) {
			problems.add(new FieldProblem("kind", "Select the kind of plan"));
		}
		else if (kind == PlanKind.NEIGHBOURHOOD) {
			Long id = FormValues.whole(form.neighbourhoodId()).orElse(null);
			neighbourhood = places.neighbourhoods(context.partnershipId())
				.stream()
				.filter(n -> id != null && n.id() == id)
				.findFirst()
				.orElse(null);
			if (neighbourhood == null) {
				problems.add(new FieldProblem("neighbourhoodId", "Select one of the partnership's neighbourhoods"));
			}
		}
		else if (kind == PlanKind.DISTRICT) {
			Long id = FormValues.whole(form.districtId()).orElse(null);
			district = places.districts(context.partnershipId())
				.stream()
				.filter(d -> id != null && d.id() == id)
				.findFirst()
				.orElse(null);
			if (district == null) {
				problems.add(new FieldProblem("districtId", "Select one of the partnership's districts"));
			}
		}
		LocalDate starts = FormValues.date(form.startsOn()).orElse(null);
		LocalDate ends = FormValues.date(form.endsOn()).orElse(null);
		if (starts == null) {
			problems.add(new FieldProblem("startsOn", "Enter the start date as a real date, for example 2008-04-01"));
		}
		if (ends == null) {
			problems.add(new FieldProblem("endsOn", "Enter the end date as a real date, for example 2011-03-31"));
		}
		if (starts != null && ends != null) {
			int months = (int) Period.between(starts, ends.plusDays(1)).toTotalMonths();
			if (!ends.isAfter(starts) || months < 36 || months > 60) {
				problems.add(new FieldProblem("endsOn", "A plan covers 3 to 5 years: the end date must be between "
						+ starts.plusYears(3).minusDays(1) + " and " + starts.plusYears(5).minusDays(1)));
			}
		}
		Integer reviewMonth = FormValues.whole(form.reviewMonth())
			.filter(m -> m >= 1 && m <= 12)
			.map(Long::intValue)
			.orElse(null);
		if (reviewMonth == null) {
			problems.add(new FieldProblem("reviewMonth", "Select the month of the annual review"));
		}
		Plan template = null;
		if (form.templateId() != null && !form.templateId().isBlank()) {
			template = FormValues.whole(form.templateId())
				.flatMap(id -> plans.plan(context.partnershipId().value(), id))
				.filter(Plan::template)
				.orElse(null);
			if (template == null) {
				problems.add(new FieldProblem("templateId", "Select one of the partnership's plan templates"));
			}
		}
		if (problems.isEmpty() && !PlanScope.canCreate(context, kind,
				neighbourhood == null ? null : neighbourhood.key(),
				district != null ? district.ladCode() : neighbourhood != null ? neighbourhood.districtCode() : null)) {
			problems.add(new FieldProblem(
					kind == PlanKind.NEIGHBOURHOOD ? "neighbourhoodId"
							: kind == PlanKind.DISTRICT ? "districtId" : "kind",
					kind == PlanKind.COUNTY
							? "Only an administrator or the performance officer can write the county plan"
							: "You can write plans for your own "
									+ (context.role() == org.nmhub.access.Role.NEIGHBOURHOOD_MANAGER
											? "neighbourhoods only" : "district only")));
		}
		if (!problems.isEmpty()) {
			return Result.refused(problems);
		}
		String title = form.title().trim();
		long id = plans.insertPlan(context.partnershipId().value(), UUID.randomUUID(), 1, null, kind,
				neighbourhood == null ? null : neighbourhood.id(), district == null ? null : district.id(), title,
				starts, ends, reviewMonth, false, false, form.notes() == null ? "" : form.notes().trim(),
				context.user().displayName());
		if (template != null) {
			plans.copyContent(context.partnershipId().value(), template.id(), id, false);
		}
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("title", title);
		now.put("kind", kind.name());
		now.put("area", neighbourhood != null ? neighbourhood.name() : district != null ? district.name() : null);
		now.put("startsOn", starts.toString());
		now.put("endsOn", ends.toString());
		now.put("template", template == null ? null : template.title());
		audit(context, id, "created", "action plan", id, "Started the action plan " + title, Map.of(), now);
		return Result.saved(id);
	}

	/** Adds a priority (and its first evidence link) to a draft plan. Audited. */
	@Transactional
	Result addPriority(PartnershipContext context, Plan plan, PriorityForm form) {
		requireDraft(plan);
		List<FieldProblem> problems = new ArrayList<>();
		PriorityCategory category = FormValues.choice(PriorityCategory.class, form.category()).orElse(null);
		if (category == null) {
			problems.add(new FieldProblem("category", "Select whether the priority is about the place or the person"));
		}
		String theme = blankIfNull(form.laaTheme());
		if (!theme.isEmpty() && !LaaThemes.ALL.contains(theme)) {
			problems.add(new FieldProblem("laaTheme", "Select one of the LAA themes, or none"));
		}
		EvidenceKind evidenceKind = FormValues.choice(EvidenceKind.class, form.evidenceKind()).orElse(null);
		boolean hasEvidence = !blankIfNull(form.evidenceLabel()).isEmpty()
				|| !blankIfNull(form.evidenceReference()).isEmpty();
		if (hasEvidence && evidenceKind == null) {
			problems.add(new FieldProblem("evidenceKind", "Select the kind of evidence"));
		}
		if (hasEvidence && blankIfNull(form.evidenceLabel()).isEmpty()) {
			problems.add(new FieldProblem("evidenceLabel", "Describe the evidence"));
		}
		if (!problems.isEmpty()) {
			return Result.refused(problems);
		}
		long id = plans.insertPriority(plan.partnershipId(), plan.id(), UUID.randomUUID(), form.title().trim(),
				blankIfNull(form.description()), category, theme, blankIfNull(form.reference()));
		if (hasEvidence) {
			plans.insertEvidence(plan.partnershipId(), id, evidenceKind, blankIfNull(form.evidenceReference()),
					form.evidenceLabel().trim());
		}
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("title", form.title().trim());
		now.put("category", category.name());
		now.put("laaTheme", theme);
		audit(context, plan.id(), "created", "plan priority", id,
				"Added the priority " + form.title().trim() + " to " + plan.title(), Map.of(), now);
		return Result.saved(id);
	}

	/** Adds an evidence link to a priority of a draft plan. Audited. */
	@Transactional
	Result addEvidence(PartnershipContext context, Plan plan, Priority priority, EvidenceForm form) {
		requireDraft(plan);
		EvidenceKind kind = FormValues.choice(EvidenceKind.class, form.evidenceKind()).orElse(null);
		if (kind == null) {
			return Result.refused(List.of(new FieldProblem("evidenceKind", "Select the kind of evidence")));
		}
		plans.insertEvidence(plan.partnershipId(), priority.id(), kind, blankIfNull(form.evidenceReference()),
				form.evidenceLabel().trim());
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("kind", kind.name());
		now.put("reference", blankIfNull(form.evidenceReference()));
		now.put("label", form.evidenceLabel().trim());
		audit(context, plan.id(), "created", "plan evidence", priority.id(),
				"Added evidence to the priority " + priority.title(), Map.of(), now);
		return Result.saved(priority.id());
	}

	/** Adds an action to a draft plan after checking every field. Audited. */
	@Transactional
	Result addAction(PartnershipContext context, Plan plan, ActionForm form) {
		requireDraft(plan);
		Checked checked = check(context, plan, form);
		if (!checked.problems().isEmpty()) {
			return Result.refused(checked.problems());
		}
		ActionValues v = checked.values();
		long id = plans.insertAction(plan.partnershipId(), plan.id(), UUID.randomUUID(), v,
				context.user().displayName());
		audit(context, plan.id(), "created", "plan action", id, "Added the action " + v.title() + " to " + plan.title(),
				Map.of(), describe(v));
		return Result.saved(id);
	}

	/**
	 * Changes an action of a draft plan if nobody has changed it since the editor opened
	 * it; otherwise nothing is written and the result carries the action as it now is.
	 * Audited.
	 */
	@Transactional
	Result updateAction(PartnershipContext context, Plan plan, Action before, ActionForm form) {
		requireDraft(plan);
		Checked checked = check(context, plan, form);
		if (!checked.problems().isEmpty()) {
			return Result.refused(checked.problems());
		}
		ActionValues v = checked.values();
		if (!plans.updateAction(plan.partnershipId(), before.id(), form.versionNumber(), v,
				context.user().displayName())) {
			return Result.conflict(plans.action(plan.partnershipId(), before.id()).orElseThrow());
		}
		Map<String, @Nullable Object> was = describe(before);
		Map<String, @Nullable Object> now = describe(v);
		was.keySet().removeIf(k -> java.util.Objects.equals(was.get(k), now.get(k)));
		now.keySet().removeIf(k -> !was.containsKey(k));
		audit(context, plan.id(), "updated", "plan action", before.id(), "Changed the action " + v.title(), was, now);
		return Result.saved(before.id());
	}

	/**
	 * Records progress on an action (of any status of plan). Audited; may complete it.
	 */
	@Transactional
	Result recordProgress(PartnershipContext context, Plan plan, Action action, ProgressForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		Rag rag = FormValues.choice(Rag.class, form.rag()).orElse(null);
		if (rag == null) {
			problems.add(new FieldProblem("rag", "Select red, amber or green"));
		}
		Integer percent = FormValues.whole(form.percentComplete())
			.filter(p -> p >= 0 && p <= 100)
			.map(Long::intValue)
			.orElse(null);
		if (percent == null) {
			problems.add(new FieldProblem("percentComplete", "Enter how complete the action is, from 0 to 100"));
		}
		if (form.isCompleted() && percent != null && percent != 100) {
			problems.add(new FieldProblem("percentComplete", "A completed action is 100% complete"));
		}
		if (action.isCompleted()) {
			problems.add(new FieldProblem("narrative", "This action was recorded as complete on "
					+ Dates.day(action.latest().recordedAt()) + "; it cannot be updated"));
		}
		if (!problems.isEmpty()) {
			return Result.refused(problems);
		}
		plans.insertProgress(plan.partnershipId(), action, rag, percent, form.narrative().trim(),
				blankIfNull(form.evidence()), form.isCompleted(), context.user().userId(),
				context.user().displayName());
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("rag", rag.name());
		now.put("percentComplete", percent);
		now.put("completed", form.isCompleted());
		now.put("narrative", form.narrative().trim());
		audit(context, plan.id(), form.isCompleted() ? "completed" : "updated", "plan action", action.id(),
				(form.isCompleted() ? "Completed the action " : "Recorded progress on the action ") + action.title(),
				Map.of(), now);
		if (form.isCompleted()) {
			events.publishEvent(
					new PlanActionCompleted(plan.partnershipId(), plan.id(), action.id(), plan.neighbourhoodId(),
							action.laaOutcomeId(), action.laaIndicatorId(), action.title(), LocalDate.now()));
		}
		return Result.saved(action.id());
	}

	// Agreement

	/**
	 * Submits a draft for agreement, unless a priority has no led and resourced action.
	 * Audited.
	 */
	@Transactional
	Result submit(PartnershipContext context, Plan plan) {
		requireDraft(plan);
		PlanHealth health = PlanHealth.of(priorities(plan));
		if (!health.canSubmit()) {
			return Result.refused(health.blockers());
		}
		plans.submit(plan.partnershipId(), plan.id(), context.user().displayName());
		audit(context, plan.id(), "updated", "action plan", plan.id(),
				"Submitted " + plan.title() + " (version " + plan.planVersion() + ") for agreement",
				Map.of("status", plan.status().name()), Map.of("status", PlanStatus.SUBMITTED.name()));
		return Result.saved(plan.id());
	}

	/** Takes a submitted plan back to draft before it is agreed. Audited. */
	@Transactional
	Result returnToDraft(PartnershipContext context, Plan plan) {
		if (!plans.changeStatus(plan.partnershipId(), plan.id(), PlanStatus.SUBMITTED, PlanStatus.DRAFT)) {
			return Result.refused(List.of(new FieldProblem("status", "Only a plan waiting for agreement can go back to "
					+ "draft; this one is " + plan.status().label().toLowerCase())));
		}
		audit(context, plan.id(), "updated", "action plan", plan.id(), "Took " + plan.title() + " back to draft",
				Map.of("status", plan.status().name()), Map.of("status", PlanStatus.DRAFT.name()));
		return Result.saved(plan.id());
	}

	/** Records that the NAT (or other agreeing body) agreed a submitted plan. Audited. */
	@Transactional
	Result agree(PartnershipContext context, Plan plan, AgreementForm form) {
		return decide(context, plan, form, false);
	}

	/**
	 * Records that the district LSP (or board sub-group) endorsed an agreed plan.
	 * Audited.
	 */
	@Transactional
	Result endorse(PartnershipContext context, Plan plan, AgreementForm form) {
		return decide(context, plan, form, true);
	}

	private Result decide(PartnershipContext context, Plan plan, AgreementForm form, boolean endorsing) {
		List<FieldProblem> problems = new ArrayList<>();
		Long bodyId = FormValues.whole(form.bodyId()).orElse(null);
		PartnerBody body = bodiesFor(plan, endorsing).stream()
			.filter(b -> bodyId != null && b.id() == bodyId)
			.findFirst()
			.orElse(null);
		if (body == null) {
			problems.add(new FieldProblem("bodyId", "Select one of the bodies listed"));
		}
		LocalDate on = FormValues.date(form.date()).orElse(null);
		if (on == null) {
			problems
				.add(new FieldProblem("date", "Enter the date of the meeting as a real date, for example 2008-06-12"));
		}
		else if (on.isAfter(LocalDate.now())) {
			problems.add(new FieldProblem("date", "The meeting date cannot be in the future"));
		}
		PlanStatus from = endorsing ? PlanStatus.AGREED : PlanStatus.SUBMITTED;
		if (plan.status() != from) {
			problems.add(new FieldProblem("bodyId", endorsing ? "Only an agreed plan can be endorsed"
					: "Only a plan submitted for agreement can be agreed"));
		}
		if (!problems.isEmpty()) {
			return Result.refused(problems);
		}
		boolean done = endorsing
				? plans.endorse(plan.partnershipId(), plan.id(), body.id(), on, context.user().displayName())
				: plans.agree(plan.partnershipId(), plan.id(), body.id(), on, context.user().displayName());
		if (!done) {
			return Result.refused(List.of(new FieldProblem("bodyId", "Someone else changed the plan's status first")));
		}
		if (!endorsing) {
			plans.supersedeEarlier(plan.partnershipId(), plan.lineageKey(), plan.planVersion());
		}
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("status", endorsing ? PlanStatus.ENDORSED.name() : PlanStatus.AGREED.name());
		now.put(endorsing ? "endorsedBy" : "agreedBy", body.name());
		now.put(endorsing ? "endorsedOn" : "agreedOn", on.toString());
		audit(context, plan.id(), "updated", "action plan", plan.id(),
				(endorsing ? "Recorded that " + body.name() + " endorsed "
						: "Recorded that " + body.name() + " agreed ") + plan.title() + " (version "
						+ plan.planVersion() + ")",
				Map.of("status", plan.status().name()), now);
		return Result.saved(plan.id());
	}

	/**
	 * Starts a new draft version of an agreed plan with the same priorities and actions;
	 * the agreed version stays as it was. Audited.
	 */
	@Transactional
	Result revise(PartnershipContext context, Plan plan) {
		List<Plan> versions = versions(plan);
		if (!plan.status().isAgreed() || versions.get(0).id() != plan.id()) {
			return Result.refused(List.of(new FieldProblem("status",
					versions.get(0).id() != plan.id() ? "There is already a later version of this plan: change that"
							: "Only an agreed plan needs a new version; change this one directly")));
		}
		long id = newVersion(plan, context.user().displayName());
		audit(context, id, "created", "action plan", id,
				"Started version " + (plan.planVersion() + 1) + " of " + plan.title(), Map.of(),
				Map.of("previousVersion", plan.planVersion()));
		return Result.saved(id);
	}

	private long newVersion(Plan plan, String by) {
		long id = plans.insertPlan(plan.partnershipId(), plan.lineageKey(), plan.planVersion() + 1, plan.id(),
				plan.kind(), plan.neighbourhoodId(), plan.districtId(), plan.title(), plan.startsOn(), plan.endsOn(),
				plan.reviewMonth(), plan.template(), plan.illustrative(), plan.notes(), by);
		plans.copyContent(plan.partnershipId(), plan.id(), id, true);
		return id;
	}

	// Escalation from other modules

	/**
	 * Files an escalated item as an action of the neighbourhood's current plan: in its
	 * draft, or in a new draft version when the current version is agreed or submitted.
	 * Audited.
	 */
	@Transactional
	Optional<Action> escalate(Escalation item) {
		long partnership = item.partnershipId();
		List<Plan> current = plans.currentNeighbourhoodPlans(partnership, item.neighbourhoodId());
		if (current.isEmpty()) {
			return Optional.empty();
		}
		Plan plan = current.get(0);
		if (!plan.isDraft()) {
			long id = newVersion(plan, item.actorName());
			plan = plans.plan(partnership, id).orElseThrow();
		}
		long planId = plan.id();
		long priorityId = plans.priorityNamed(partnership, planId, ESCALATED_PRIORITY)
			.orElseGet(() -> plans.insertPriority(partnership, planId, UUID.randomUUID(), ESCALATED_PRIORITY,
					"Items escalated from community intelligence, engagement and meetings", PriorityCategory.BOTH, "",
					""));
		plans.insertEvidence(partnership, priorityId, item.evidenceKind(), item.sourceReference(), item.sourceLabel());
		Long lead = item.leadOrganisationId() != null && partnerships.organisations(new PartnershipId(partnership))
			.stream()
			.anyMatch(o -> o.id() == item.leadOrganisationId()) ? item.leadOrganisationId() : null;
		ActionValues v = new ActionValues(priorityId, item.title().trim(), item.description().trim(), null, "", lead,
				null, "", null, item.dueOn(), null, "", null, null, null, "", "", true, List.of());
		long id = plans.insertAction(partnership, plan.id(), UUID.randomUUID(), v, item.actorName(),
				item.evidenceKind().name(), item.sourceReference());
		events.publishEvent(new PlanChanged(new PartnershipId(partnership), plan.id(),
				new AuditedChange(partnership, item.actorUserId(), item.actorName(), "created", "plan action",
						String.valueOf(id), "Escalated " + item.sourceReference() + " into " + plan.title(), Map.of(),
						describe(v))));
		return plans.action(partnership, id);
	}

	// Checks

	record Checked(List<FieldProblem> problems, ActionValues values) {
	}

	private Checked check(PartnershipContext context, Plan plan, ActionForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		long partnership = plan.partnershipId();
		Long priorityId = FormValues.whole(form.priorityId()).orElse(null);
		boolean knownPriority = priorityId != null
				&& plans.priorities(partnership, plan.id()).stream().anyMatch(p -> p.id() == priorityId);
		if (!knownPriority) {
			problems.add(new FieldProblem("priorityId", "Select one of the plan's priorities"));
		}
		Map<Long, OrganisationRef> organisations = partnerships.organisations(context.partnershipId())
			.stream()
			.collect(Collectors.toMap(OrganisationRef::id, o -> o));
		Long lead = null;
		if (!blankIfNull(form.leadOrganisationId()).isEmpty()) {
			lead = FormValues.whole(form.leadOrganisationId()).filter(organisations::containsKey).orElse(null);
			if (lead == null) {
				problems.add(new FieldProblem("leadOrganisationId",
						"Select the lead organisation from the partnership's organisations"));
			}
		}
		Long officer = null;
		String officerName = blankIfNull(form.leadOfficerName());
		if (!blankIfNull(form.leadOfficerUserId()).isEmpty()) {
			Long wanted = FormValues.whole(form.leadOfficerUserId()).orElse(null);
			Member member = members(context).stream()
				.filter(m -> wanted != null && m.userId() == wanted)
				.findFirst()
				.orElse(null);
			if (member == null) {
				problems.add(new FieldProblem("leadOfficerUserId", "Select the lead officer from the partnership's "
						+ "members, or leave it and type their name"));
			}
			else if (lead != null && !member.organisationName().equals(organisations.get(lead).name())) {
				problems.add(new FieldProblem("leadOfficerUserId", member.displayName() + " works for "
						+ member.organisationName() + ", not the lead organisation " + organisations.get(lead).name()));
			}
			else {
				officer = member.userId();
				officerName = member.displayName();
			}
		}
		LocalDate starts = date(form.startsOn(), "startsOn", "start", problems);
		LocalDate due = date(form.dueOn(), "dueOn", "due", problems);
		if (starts != null && due != null && due.isBefore(starts)) {
			problems.add(new FieldProblem("dueOn",
					"The due date must be the same as or after the start date (" + starts + ")"));
		}
		BigDecimal amount = null;
		if (!blankIfNull(form.resourcesAmount()).isEmpty()) {
			amount = FormValues.money(form.resourcesAmount()).orElse(null);
			if (amount == null) {
				problems.add(new FieldProblem("resourcesAmount",
						"Enter the resources as an amount in pounds, for example 12500 or 12500.50"));
			}
			else if (amount.signum() < 0) {
				problems.add(new FieldProblem("resourcesAmount", "The resources cannot be negative"));
				amount = null;
			}
		}
		ResourceKind resourceKind = null;
		if (!blankIfNull(form.resourcesKind()).isEmpty()) {
			resourceKind = FormValues.choice(ResourceKind.class, form.resourcesKind()).orElse(null);
			if (resourceKind == null) {
				problems.add(new FieldProblem("resourcesKind", "Select cash or in kind"));
			}
		}
		else if (amount != null && amount.signum() > 0) {
			problems.add(new FieldProblem("resourcesKind", "Say whether the resources are cash or in kind"));
		}
		String level = blankIfNull(form.level());
		if (!level.isEmpty() && !List.of("S", "D", "S/D").contains(level)) {
			problems.add(new FieldProblem("level", "Select S, D or S/D"));
		}
		List<Long> partners = new ArrayList<>();
		for (String text : form.partners()) {
			Long id = FormValues.whole(text).filter(organisations::containsKey).orElse(null);
			if (id == null) {
				problems.add(new FieldProblem("supportingPartnerIds",
						"Select supporting partners from the partnership's organisations"));
				break;
			}
			if (!id.equals(lead) && !partners.contains(id)) {
				partners.add(id);
			}
		}
		LaaLabels laa = laaLabels(context.partnershipId());
		Long outcome = optionalId(form.laaOutcomeId(), "laaOutcomeId", "LAA outcome", laa.outcomes().keySet(),
				problems);
		Long indicator = optionalId(form.laaIndicatorId(), "laaIndicatorId", "LAA indicator", laa.indicators().keySet(),
				problems);
		ActionValues values = new ActionValues(knownPriority ? priorityId : 0, blankIfNull(form.title()),
				blankIfNull(form.description()), level.isEmpty() ? null : level, blankIfNull(form.reference()), lead,
				officer, officerName, starts, due, amount, blankIfNull(form.resourcesSource()), resourceKind, outcome,
				indicator, blankIfNull(form.successMeasure()), blankIfNull(form.parishPlanItem()),
				"true".equals(form.publicAction()), partners);
		return new Checked(problems, values);
	}

	private static @Nullable Long optionalId(@Nullable String text, String field, String name, Set<Long> known,
			List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Long id = FormValues.whole(text).filter(known::contains).orElse(null);
		if (id == null) {
			problems.add(new FieldProblem(field, "Select one of the " + name + "s listed"));
		}
		return id;
	}

	private static @Nullable LocalDate date(@Nullable String text, String field, String name,
			List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date = FormValues.date(text).orElse(null);
		if (date == null) {
			problems.add(new FieldProblem(field, "Enter the " + name + " date as a real date, for example 2009-04-01"));
		}
		return date;
	}

	private static void requireDraft(Plan plan) {
		if (!plan.isDraft()) {
			throw new FrozenPlanException(plan);
		}
	}

	private static Map<String, @Nullable Object> describe(ActionValues v) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		map.put("title", v.title());
		map.put("leadOrganisationId", v.leadOrganisationId());
		map.put("leadOfficer", v.leadOfficerName());
		map.put("startsOn", v.startsOn() == null ? null : v.startsOn().toString());
		map.put("dueOn", v.dueOn() == null ? null : v.dueOn().toString());
		map.put("resourcesAmount", v.resourcesAmount() == null ? null : v.resourcesAmount().toPlainString());
		map.put("resourcesSource", v.resourcesSource());
		map.put("resourcesKind", v.resourcesKind() == null ? null : v.resourcesKind().name());
		map.put("successMeasure", v.successMeasure());
		map.put("supportingPartnerIds", v.supportingPartnerIds());
		return map;
	}

	private static Map<String, @Nullable Object> describe(Action a) {
		return describe(new ActionValues(a.priorityId(), a.title(), a.description(), a.level(), a.reference(),
				a.leadOrganisationId(), a.leadOfficerUserId(), a.leadOfficerName(), a.startsOn(), a.dueOn(),
				a.resourcesAmount(), a.resourcesSource(), a.resourcesKind(), a.laaOutcomeId(), a.laaIndicatorId(),
				a.successMeasure(), a.parishPlanItem(), a.publicAction(), a.supportingPartnerIds()));
	}

	private void audit(PartnershipContext context, long planId, String action, String recordType, long recordId,
			String summary, Map<String, @Nullable Object> before, Map<String, @Nullable Object> after) {
		events.publishEvent(new PlanChanged(context.partnershipId(), planId,
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), action, recordType, String.valueOf(recordId), summary, before,
						after)));
	}

	private static String blankIfNull(@Nullable String text) {
		return text == null ? "" : text.trim();
	}

	/**
	 * What a write did: saved (with the record's id), refused (with the problems by
	 * field), or in conflict with someone else's change (with the record as it now is).
	 */
	record Result(long id, List<FieldProblem> problems, @Nullable Action current) {

		static Result saved(long id) {
			return new Result(id, List.of(), null);
		}

		static Result refused(List<FieldProblem> problems) {
			return new Result(0, List.copyOf(problems), null);
		}

		static Result conflict(Action current) {
			return new Result(0, List.of(), current);
		}

		boolean isSaved() {
			return problems.isEmpty() && current == null;
		}

	}

}
