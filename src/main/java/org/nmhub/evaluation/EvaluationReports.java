package org.nmhub.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Role;
import org.nmhub.engagement.ActivityFeedback;
import org.nmhub.engagement.EngagementActivities;
import org.nmhub.engagement.ResidentSurveys;
import org.nmhub.engagement.SurveyFigure;
import org.nmhub.funding.Bid;
import org.nmhub.funding.Funding;
import org.nmhub.funding.FundingChoices;
import org.nmhub.intelligence.CommunityIntelligence;
import org.nmhub.intelligence.YouSaidWeDid;
import org.nmhub.partners.PartnerEngagement;
import org.nmhub.performance.Framework;
import org.nmhub.performance.IndicatorSummary;
import org.nmhub.performance.RewardPosition;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.plans.ActionRef;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the evaluation report of a neighbourhood, a district or the partnership from the
 * partnership's template, through the other modules' public APIs: baselines (here), LAA
 * positions (performance), surveys and activities (engagement), "you said, we did"
 * (intelligence), plan actions (plans), partner engagement (partners) and bids (funding).
 */
@Service
class EvaluationReports {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	private static final int LONGEST_LIST = 15;

	private final Baselines baselines;

	private final SelfAssessments scopes;

	private final ReportTemplateRepository templates;

	private final Framework framework;

	private final ResidentSurveys surveys;

	private final EngagementActivities activities;

	private final CommunityIntelligence intelligence;

	private final org.nmhub.plans.PlanActions actions;

	private final PartnerEngagement partners;

	private final Funding funding;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvaluationReports(Baselines baselines, SelfAssessments scopes, ReportTemplateRepository templates,
			Framework framework, ResidentSurveys surveys, EngagementActivities activities,
			CommunityIntelligence intelligence, org.nmhub.plans.PlanActions actions, PartnerEngagement partners,
			Funding funding, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.baselines = baselines;
		this.scopes = scopes;
		this.templates = templates;
		this.framework = framework;
		this.surveys = surveys;
		this.activities = activities;
		this.intelligence = intelligence;
		this.actions = actions;
		this.partners = partners;
		this.funding = funding;
		this.events = events;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** What a report covers: the partnership, a district or a neighbourhood. */
	record Coverage(String value, String name, @Nullable String districtName, @Nullable NeighbourhoodRef neighbourhood,
			List<NeighbourhoodRef> neighbourhoods) {
	}

	/** Everything a report can cover, the partnership first. */
	List<Coverage> coverages(PartnershipContext context) {
		List<Coverage> all = new ArrayList<>();
		List<NeighbourhoodRef> every = baselines.neighbourhoods(context);
		all.add(new Coverage("partnership", context.partnership().name(), null, null, every));
		for (Scope s : scopes.allScopes(context)) {
			if (s.kind() == Scope.Kind.DISTRICT) {
				all.add(new Coverage(s.value(), s.name(), s.name(), null, s.neighbourhoods()));
			}
			else {
				NeighbourhoodRef n = s.neighbourhoods().get(0);
				all.add(new Coverage(s.value(), n.name(), n.districtName(), n, List.of(n)));
			}
		}
		return all;
	}

	Optional<Coverage> coverage(PartnershipContext context, @Nullable String value) {
		String wanted = value == null || value.isBlank() ? "partnership" : value;
		return coverages(context).stream().filter(c -> c.value().equals(wanted)).findFirst();
	}

	ReportTemplate template(PartnershipContext context) {
		return templates.find(context.partnershipId().value()).orElse(ReportTemplate.standard());
	}

	/** The indicators frozen in any baseline: key to label. */
	Map<String, String> frozenIndicators(PartnershipContext context) {
		Map<String, String> indicators = new java.util.LinkedHashMap<>();
		templates.frozenIndicators(context.partnershipId().value()).forEach(i -> indicators.put(i[0], i[1]));
		return indicators;
	}

	/**
	 * Saves the partnership's template. A blank or over-long title, no section, or
	 * unknown sections or indicators change nothing.
	 */
	@Transactional
	List<FieldProblem> saveTemplate(PartnershipContext context, String title, List<String> sectionKeys,
			List<String> indicatorKeys) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = title.strip();
		if (name.isEmpty() || name.length() > 200) {
			problems.add(new FieldProblem("title", "Enter the report's title, in 200 characters or fewer"));
		}
		List<ReportSection> sections = new ArrayList<>();
		for (ReportSection s : ReportSection.values()) {
			if (sectionKeys.contains(s.name())) {
				sections.add(s);
			}
		}
		if (sections.isEmpty()) {
			problems.add(new FieldProblem("sections", "Select at least one section"));
		}
		else if (sections.size() != new LinkedHashSet<>(sectionKeys).size()) {
			problems.add(new FieldProblem("sections", "Select sections from the list"));
		}
		Set<String> known = frozenIndicators(context).keySet();
		List<String> keys = new ArrayList<>(new LinkedHashSet<>(indicatorKeys));
		if (!known.containsAll(keys)) {
			problems.add(new FieldProblem("indicators", "Select indicators from the list"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		ReportTemplate before = template(context);
		ReportTemplate after = new ReportTemplate(name, sections, keys, context.user().displayName());
		templates.save(context.partnershipId().value(), after);
		events.publishEvent(new EvaluationChanged(new AuditedChange(context.partnershipId().value(),
				context.user().userId(), context.user().displayName(), "updated", "evaluation-report-template",
				String.valueOf(context.partnershipId().value()), "Tailored the evaluation report template",
				describe(before), describe(after))));
		return List.of();
	}

	private static Map<String, @Nullable Object> describe(ReportTemplate template) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("title", template.title());
		values.put("sections", template.sections().stream().map(ReportSection::name).toList());
		values.put("indicators", template.indicatorKeys());
		return values;
	}

	/** The report of what is covered, made as the partnership's template says. */
	EvaluationReport report(PartnershipContext context, Coverage coverage) {
		ReportTemplate template = template(context);
		LocalDate today = LocalDate.now(clock);
		List<EvaluationReport.Part> parts = new ArrayList<>();
		for (ReportSection section : template.sections()) {
			parts.add(switch (section) {
				case QUANTITATIVE -> quantitative(context, coverage, template);
				case LAA -> laa(context, coverage);
				case QUALITATIVE -> qualitative(context, coverage);
				case DELIVERY -> delivery(context, coverage, today);
				case PARTNERSHIP_HEALTH -> health(context, coverage, today);
				case SPEND -> spend(context, coverage);
			});
		}
		return new EvaluationReport(template.title(), coverage.name(), coverage.value(),
				ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/London"))).format(STAMP), parts);
	}

	private EvaluationReport.Part quantitative(PartnershipContext context, Coverage coverage, ReportTemplate template) {
		List<String> paragraphs = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		List<Baseline> latest = baselines.latest(context, coverage.neighbourhoods());
		Set<String> withBaseline = new LinkedHashSet<>();
		long narrowing = 0;
		long judged = 0;
		for (Baseline baseline : latest) {
			withBaseline.add(baseline.neighbourhoodKey());
			Baselines.Update update = baselines.update(context, baseline, null);
			for (Baselines.Comparison c : update.comparisons()) {
				if (!template.showsIndicator(c.baseline().key())) {
					continue;
				}
				if (c.baseline().source() != Baseline.Source.SURVEY
						&& c.headline().verdict() != GapRule.Verdict.CANNOT_TELL) {
					judged++;
					narrowing += c.headline().narrowing() ? 1 : 0;
				}
				String partnershipChange = c.against()
					.stream()
					.filter(a -> a.area().equals(context.partnership().name()))
					.findFirst()
					.map(Baselines.Against::changeText)
					.orElse("–");
				rows.add(List.of(baseline.neighbourhoodName(), c.baseline().label(),
						c.baseline().measured() + ": " + c.baseline().neighbourhoodText(),
						c.latest() == null ? "No later figure"
								: c.latest().measured() + ": " + c.latest().neighbourhoodText(),
						c.changeText(), partnershipChange, c.headline().verdict().label(), c.headline().sentence()));
			}
		}
		if (latest.isEmpty()) {
			paragraphs.add("No baseline has been frozen for " + coverage.name()
					+ " yet: freeze one under Evaluation, Baselines.");
		}
		else {
			paragraphs.add(judged == 0 ? "None of the indicators can be judged yet: there are no later figures."
					: "Compared with " + context.partnership().name() + ", the gap is narrowing for " + narrowing
							+ " of the " + judged + " indicators that can be judged (improving faster than "
							+ context.partnership().name() + ", the Sustainable Community Strategy's outcome 1.2).");
		}
		List<String> without = coverage.neighbourhoods()
			.stream()
			.filter(n -> !withBaseline.contains(n.key()))
			.map(NeighbourhoodRef::name)
			.toList();
		if (!without.isEmpty() && coverage.neighbourhood() == null) {
			paragraphs.add("No baseline yet for " + String.join(", ", without) + ".");
		}
		List<EvaluationReport.Table> tables = rows.isEmpty() ? List.of()
				: List.of(new EvaluationReport.Table("Each neighbourhood's newest baseline and the latest figures",
						List.of("Neighbourhood", "Indicator", "Baseline", "Latest", "Change", "Partnership change",
								"Gap", "In plain words"),
						rows));
		return new EvaluationReport.Part(ReportSection.QUANTITATIVE, paragraphs, tables);
	}

	private EvaluationReport.Part laa(PartnershipContext context, Coverage coverage) {
		long partnership = context.partnershipId().value();
		List<IndicatorSummary> indicators = framework.indicators(partnership);
		Map<Long, Integer> contributing = new HashMap<>();
		for (ActionRef a : actions(context, coverage)) {
			if (a.laaIndicatorId() != null) {
				contributing.merge(a.laaIndicatorId(), 1, Integer::sum);
			}
		}
		List<String> paragraphs = new ArrayList<>();
		List<EvaluationReport.Table> tables = new ArrayList<>();
		if (indicators.isEmpty()) {
			paragraphs.add("The partnership has no Local Area Agreement framework recorded.");
		}
		else {
			paragraphs.add(contributing.isEmpty()
					? "No plan action of " + coverage.name() + " names an LAA indicator it contributes to."
					: contributing.values().stream().mapToInt(Integer::intValue).sum() + " plan actions of "
							+ coverage.name() + " contribute to " + contributing.size() + " LAA indicators.");
			List<List<String>> rows = indicators.stream()
				.filter(i -> contributing.containsKey(i.id()))
				.map(i -> List.of(i.code(), i.title(), i.outcomeCode(), String.valueOf(contributing.get(i.id()))))
				.toList();
			if (!rows.isEmpty()) {
				tables.add(new EvaluationReport.Table("LAA indicators the plan actions contribute to",
						List.of("Code", "Indicator", "Outcome", "Plan actions"), rows));
			}
		}
		List<RewardPosition> rewards = framework.rewardPositions(partnership);
		if (!rewards.isEmpty()) {
			tables.add(new EvaluationReport.Table("Reward (stretch) targets across the partnership",
					List.of("Target", "What it rewards", "Maximum reward", "Share achieved", "Expected reward"),
					rewards.stream()
						.map(r -> List.of(r.code(), r.title(), money(r.maximumReward()), r.shareAchieved() == null
								? "Missing"
								: r.shareAchieved().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP)
										+ "%",
								money(r.expectedReward())))
						.toList()));
		}
		return new EvaluationReport.Part(ReportSection.LAA, paragraphs, tables);
	}

	private EvaluationReport.Part qualitative(PartnershipContext context, Coverage coverage) {
		List<List<String>> survey = new ArrayList<>();
		List<List<String>> raised = new ArrayList<>();
		List<List<String>> didRows = new ArrayList<>();
		for (NeighbourhoodRef n : coverage.neighbourhoods()) {
			for (SurveyFigure f : surveys.results(context.partnershipId(), n.id())) {
				survey.add(List.of(n.name(), String.valueOf(f.year()), f.measure(), pct(f.percent()),
						pct(f.ciLow()) + " to " + pct(f.ciHigh()), String.valueOf(f.sampleSize())));
			}
			for (ActivityFeedback a : activities.feedback(context.partnershipId(), n.id())) {
				if (!a.issuesRaised().isBlank() || !a.feedbackGiven().isBlank()) {
					raised.add(List.of(n.name(), a.heldOn().format(DATE), a.title() + " (" + a.method() + ")",
							String.valueOf(a.attending()), a.issuesRaised(), a.feedbackGiven()));
				}
			}
			for (YouSaidWeDid y : intelligence.youSaidWeDid(context.partnershipId(), n.id())) {
				didRows.add(List.of(n.name(), y.reference(), y.title(), y.outcome(), y.closedOn().format(DATE)));
			}
		}
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(survey.isEmpty() ? "No resident perception survey results are recorded."
				: "Survey results are shown with their 95% intervals: where two years' intervals overlap, NM Hub "
						+ "cannot tell whether opinion changed.");
		paragraphs.add(raised.size() + " engagement activities recorded issues raised or feedback given; "
				+ didRows.size() + " items are published as \"you said, we did\".");
		List<EvaluationReport.Table> tables = new ArrayList<>();
		if (!survey.isEmpty()) {
			tables.add(new EvaluationReport.Table("Resident perception surveys",
					List.of("Neighbourhood", "Year", "Measure", "Result", "95% interval", "Sample"), survey));
		}
		if (!raised.isEmpty()) {
			tables.add(new EvaluationReport.Table("What residents raised at forums and other activities (newest first)",
					List.of("Neighbourhood", "Date", "Activity", "Attending", "Issues raised", "Feedback given"),
					first(raised)));
		}
		if (!didRows.isEmpty()) {
			tables.add(new EvaluationReport.Table("You said, we did",
					List.of("Neighbourhood", "Reference", "You said", "We did", "Closed"), first(didRows)));
		}
		return new EvaluationReport.Part(ReportSection.QUALITATIVE, paragraphs, tables);
	}

	private List<ActionRef> actions(PartnershipContext context, Coverage coverage) {
		List<ActionRef> all = new ArrayList<>();
		for (NeighbourhoodRef n : coverage.neighbourhoods()) {
			all.addAll(actions.actions(context.partnershipId().value(), n.id()));
		}
		return all;
	}

	private EvaluationReport.Part delivery(PartnershipContext context, Coverage coverage, LocalDate today) {
		List<ActionRef> all = actions(context, coverage);
		long done = all.stream().filter(ActionRef::completed).count();
		List<ActionRef> overdue = all.stream()
			.filter(a -> !a.completed() && a.dueOn() != null && a.dueOn().isBefore(today))
			.toList();
		long undated = all.stream().filter(a -> !a.completed() && a.dueOn() == null).count();
		List<String> paragraphs = new ArrayList<>();
		if (all.isEmpty()) {
			paragraphs.add("No action plan of " + coverage.name() + " has actions yet.");
		}
		else {
			paragraphs.add(all.size() + " plan actions: " + done + " done, " + overdue.size() + " overdue, "
					+ (all.size() - done - overdue.size()) + " open"
					+ (undated > 0 ? " (" + undated + " without a due date)" : "") + ", as of " + today.format(DATE)
					+ ".");
		}
		List<EvaluationReport.Table> tables = new ArrayList<>();
		if (!overdue.isEmpty()) {
			tables
				.add(new EvaluationReport.Table("Overdue actions", List.of("Plan", "Action", "Lead", "Due", "Progress"),
						first(overdue.stream()
							.map(a -> List.of(a.planTitle(), a.title(),
									a.leadOrganisation() == null ? "No lead committed" : a.leadOrganisation(),
									a.dueOn().format(DATE), a.percentComplete() + "%"))
							.toList())));
		}
		return new EvaluationReport.Part(ReportSection.DELIVERY, paragraphs, tables);
	}

	private EvaluationReport.Part health(PartnershipContext context, Coverage coverage, LocalDate today) {
		if (context.role() == Role.PARTNER_OFFICER) {
			return new EvaluationReport.Part(ReportSection.PARTNERSHIP_HEALTH,
					List.of("The partner engagement analysis is not shown to partner officers."), List.of());
		}
		List<PartnerEngagement.Position> ranking = coverage.neighbourhood() != null ? partners.ranking(context, null,
				coverage.neighbourhood().key(), coverage.neighbourhood().name(), today)
				: partners.ranking(context, coverage.districtName(), null, null, today);
		List<String> paragraphs = new ArrayList<>();
		int expected = ranking.stream().mapToInt(PartnerEngagement.Position::meetingsExpected).sum();
		int attended = ranking.stream().mapToInt(PartnerEngagement.Position::meetingsAttended).sum();
		int overdue = ranking.stream().mapToInt(PartnerEngagement.Position::actionsOverdue).sum();
		if (ranking.isEmpty()) {
			paragraphs.add("No meetings, actions or commitments of partners are recorded for " + coverage.name() + ".");
		}
		else {
			paragraphs.add(ranking.size() + " partner organisations attended " + attended + " of the " + expected
					+ " meetings they were expected at"
					+ (expected == 0 ? ""
							: " (" + BigDecimal.valueOf(attended * 100L)
								.divide(BigDecimal.valueOf(expected), 0, RoundingMode.HALF_UP) + "%)")
					+ "; " + overdue + " of their actions are overdue. Hardest to engage first (score out of 100; "
					+ "see the hard-to-engage page for how it is worked out).");
		}
		List<EvaluationReport.Table> tables = ranking.isEmpty() ? List.of()
				: List.of(new EvaluationReport.Table("Partner engagement",
						List.of("Rank", "Organisation", "Meetings attended", "Attendance", "Actions overdue",
								"Signed the protocol", "Score"),
						first(ranking.stream()
							.map(p -> List.of(String.valueOf(p.rank()), p.organisation(),
									p.meetingsAttended() + " of " + p.meetingsExpected(),
									p.attendanceRate() == null ? "–" : pct(p.attendanceRate()),
									p.actionsOverdue() + " of " + p.actionsLed(), p.signedProtocol() ? "Yes" : "No",
									p.score().setScale(1, RoundingMode.HALF_UP).toPlainString()))
							.toList())));
		return new EvaluationReport.Part(ReportSection.PARTNERSHIP_HEALTH, paragraphs, tables);
	}

	private EvaluationReport.Part spend(PartnershipContext context, Coverage coverage) {
		Set<Long> neighbourhoodIds = new java.util.HashSet<>();
		coverage.neighbourhoods().forEach(n -> neighbourhoodIds.add(n.id()));
		Set<Long> actionIds = new java.util.HashSet<>();
		actions(context, coverage).forEach(a -> actionIds.add(a.id()));
		boolean everything = coverage.neighbourhood() == null && coverage.districtName() == null;
		List<Bid> bids = funding.bids(context.partnershipId())
			.stream()
			.filter(b -> everything
					|| (b.targetKind() == FundingChoices.TargetKind.NEIGHBOURHOOD && b.targetId() != null
							&& neighbourhoodIds.contains(b.targetId()))
					|| (b.targetKind() == FundingChoices.TargetKind.PLAN_ACTION && b.targetId() != null
							&& actionIds.contains(b.targetId())))
			.toList();
		BigDecimal awarded = bids.stream()
			.filter(b -> b.status() == FundingChoices.BidStatus.AWARDED && b.total() != null)
			.map(Bid::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal asked = bids.stream()
			.filter(b -> b.status() == FundingChoices.BidStatus.BID && b.total() != null)
			.map(Bid::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<String> paragraphs = List.of(bids.isEmpty()
				? "No funding bids or awards are recorded for " + coverage.name()
						+ (everything ? "." : " or its plan actions.")
				: bids.size() + " bids and awards: " + money(awarded) + " awarded, " + money(asked)
						+ " bid for and not yet decided. Figures are as recorded; a bid whose figures do not add up is "
						+ "flagged on the funding pages.");
		List<EvaluationReport.Table> tables = bids.isEmpty() ? List.of()
				: List.of(new EvaluationReport.Table("Bids and awards",
						List.of("Reference", "Title", "Stream", "For", "Status", "Total"),
						first(bids.stream()
							.map(b -> List.of(b.reference(), b.title(), b.streamName() == null ? "–" : b.streamName(),
									b.targetLabel(), b.status().label(), b.requestText()))
							.toList())));
		return new EvaluationReport.Part(ReportSection.SPEND, paragraphs, tables);
	}

	private static <T> List<T> first(List<T> rows) {
		return rows.size() > LONGEST_LIST ? rows.subList(0, LONGEST_LIST) : rows;
	}

	private static String pct(@Nullable BigDecimal value) {
		return value == null ? "–" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	private static String money(@Nullable BigDecimal value) {
		if (value == null) {
			return "Missing";
		}
		return "£" + String.format(Locale.UK, "%,.2f", value);
	}

}
