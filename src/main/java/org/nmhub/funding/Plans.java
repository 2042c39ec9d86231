package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.Role;
import org.nmhub.funding.FundingChoices.FundingKind;
import org.nmhub.funding.FundingChoices.PlanScope;
import org.nmhub.places.District;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.shared.FormValues;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Financial plans: three to five years of sources per partnership, district or
 * neighbourhood, the move from special funding to mainstream, and actual spend against
 * plan.
 */
@Service
public class Plans {

	private final PlanRepository repository;

	private final Places places;

	private final Funding funding;

	Plans(PlanRepository repository, Places places, Funding funding) {
		this.repository = repository;
		this.places = places;
		this.funding = funding;
	}

	public List<FinancialPlan> all(PartnershipId partnership) {
		return repository.plans(partnership);
	}

	public Optional<FinancialPlan> find(PartnershipId partnership, long id) {
		return repository.plan(partnership, id);
	}

	/** Whether the user may change a plan: a coordinator only their own district's. */
	boolean canEdit(PartnershipContext context, FinancialPlan plan) {
		if (context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER)) {
			return true;
		}
		return context.role() == Role.DISTRICT_COORDINATOR && plan.scope() == PlanScope.DISTRICT
				&& plan.scopeCode() != null && plan.scopeCode().equals(context.membership().districtCode());
	}

	@Transactional
	Funding.Created create(PartnershipContext context, PlanForms.NewPlanForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = Funding.text(form.title());
		if (title.isEmpty()) {
			problems.add(new FieldProblem("title", "Enter the plan's title"));
		}
		else if (repository.exists(context.partnershipId(), title)) {
			problems.add(new FieldProblem("title", "There is already a plan called " + title));
		}
		PlanScope scope = FormValues.choice(PlanScope.class, form.scope()).orElse(null);
		String code = null;
		String name = context.partnership().name();
		if (scope == null) {
			problems.add(new FieldProblem("scope", "Select whom the plan covers"));
		}
		else if (scope == PlanScope.DISTRICT) {
			District district = places.districts(context.partnershipId())
				.stream()
				.filter(d -> d.ladCode().equals(Funding.text(form.district())))
				.findFirst()
				.orElse(null);
			if (district == null) {
				problems.add(new FieldProblem("district", "Select the district"));
			}
			else {
				code = district.ladCode();
				name = district.name();
			}
		}
		else if (scope == PlanScope.NEIGHBOURHOOD) {
			NeighbourhoodRef neighbourhood = places
				.neighbourhood(context.partnershipId(), Funding.text(form.neighbourhood()))
				.orElse(null);
			if (neighbourhood == null) {
				problems.add(new FieldProblem("neighbourhood", "Select the neighbourhood"));
			}
			else {
				code = neighbourhood.key();
				name = neighbourhood.name();
			}
		}
		if (context.role() == Role.DISTRICT_COORDINATOR && (scope != PlanScope.DISTRICT
				|| (code != null && !code.equals(context.membership().districtCode())))) {
			problems.add(new FieldProblem("scope", "You can make plans for your own district only"));
		}
		FinancialYear first = FinancialYear.parse(form.firstYear()).orElse(null);
		if (first == null) {
			problems.add(new FieldProblem("firstYear", Funding.text(form.firstYear()).isEmpty()
					? "Enter the plan's first financial year, like 2008/09"
					: "'" + Funding.text(form.firstYear()) + "' is not a financial year; write it like 2008/09"));
		}
		int years = FormValues.whole(form.years()).map(Long::intValue).orElse(0);
		if (years < 3 || years > 5) {
			problems.add(new FieldProblem("years", "A financial plan covers 3, 4 or 5 years"));
		}
		if (!problems.isEmpty()) {
			return new Funding.Created(0, problems);
		}
		long id = repository.insertPlan(context.partnershipId(), scope, code, name, title, first, years,
				Funding.RECORDED);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("title", title);
		now.put("scope", scope.name() + ": " + name);
		now.put("years", first.label() + " for " + years + " years");
		funding.audit(context, "financial plan", id, "Made the financial plan " + title, now);
		return new Funding.Created(id, List.of());
	}

	@Transactional
	List<FieldProblem> saveLine(PartnershipContext context, FinancialPlan plan, PlanForms.LineForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String source = Funding.text(form.source());
		if (source.isEmpty()) {
			problems.add(new FieldProblem("source", "Enter the source of the money"));
		}
		FundingKind kind = FormValues.choice(FundingKind.class, form.kind()).orElse(null);
		if (kind == null) {
			problems.add(new FieldProblem("kind", "Select special funding or mainstream"));
		}
		FinancialYear year = FinancialYear.parse(form.year()).orElse(null);
		if (year == null) {
			problems.add(new FieldProblem("year",
					"'" + Funding.text(form.year()) + "' is not a financial year; write it like 2008/09"));
		}
		else if (!plan.yearList().contains(year)) {
			problems
				.add(new FieldProblem("year", year.label() + " is outside the plan's years (" + plan.period() + ")"));
		}
		BigDecimal planned = Funding.amount(form.planned(), "planned", "The planned amount", false, problems);
		if (planned == null && Funding.text(form.planned()).isEmpty()) {
			problems.add(new FieldProblem("planned", "Enter the planned amount"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		long id = repository.saveLine(context.partnershipId(), plan.id(), source, kind, year, planned, null);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("plan", plan.title());
		now.put("source", source);
		now.put("kind", kind.name());
		now.put("year", year.label());
		now.put("planned", planned);
		funding.audit(context, "financial plan line", id,
				"Planned " + Money.format(planned) + " from " + source + " in " + year.label(), now);
		return problems;
	}

	@Transactional
	List<FieldProblem> saveActual(PartnershipContext context, FinancialPlan plan, PlanForms.ActualForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		FinancialPlan.Line line = FormValues.whole(form.lineId())
			.flatMap(id -> plan.lines().stream().filter(l -> l.id() == id).findFirst())
			.orElse(null);
		if (line == null) {
			problems.add(new FieldProblem("lineId", "Select the source and year the return is for"));
		}
		BigDecimal actual = Funding.amount(form.actual(), "actual", "The actual spend", false, problems);
		if (actual == null && Funding.text(form.actual()).isEmpty()) {
			problems.add(new FieldProblem("actual", "Enter the actual spend"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		repository.saveActual(context.partnershipId(), plan.id(), line.id(), actual);
		Map<String, @Nullable Object> before = new LinkedHashMap<>();
		before.put("actual", line.actual());
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("actual", actual);
		funding.audit(context, "financial plan line", line.id(), "Recorded actual spend of " + Money.format(actual)
				+ " from " + line.sourceLabel() + " in " + line.year().label(), now);
		return problems;
	}

}
