package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;
import org.nmhub.funding.FundingChoices.FundingKind;
import org.nmhub.funding.FundingChoices.PlanScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Financial plans and their lines, filtered by partnership. */
@Repository("financialPlanRepository")
class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FinancialPlan> plans(PartnershipId partnership) {
		return jdbc.sql("""
				select id, scope, scope_code, scope_name, title, first_year, years, source from funding_plans
				where partnership_id = :p
				order by array_position(array['PARTNERSHIP','DISTRICT','NEIGHBOURHOOD'], scope), scope_name, title
				""")
			.param("p", partnership.value())
			.query((rs, n) -> new FinancialPlan(rs.getLong("id"), PlanScope.valueOf(rs.getString("scope")),
					rs.getString("scope_code"), rs.getString("scope_name"), rs.getString("title"),
					new FinancialYear(rs.getInt("first_year")), rs.getInt("years"), rs.getString("source"),
					lines(rs.getLong("id"))))
			.list();
	}

	Optional<FinancialPlan> plan(PartnershipId partnership, long id) {
		return plans(partnership).stream().filter(p -> p.id() == id).findFirst();
	}

	boolean exists(PartnershipId partnership, String title) {
		return jdbc.sql("select count(*) from funding_plans where partnership_id = :p and lower(title) = lower(:t)")
			.param("p", partnership.value())
			.param("t", title)
			.query(Long.class)
			.single() > 0;
	}

	private List<FinancialPlan.Line> lines(long plan) {
		return jdbc.sql("""
				select id, source_label, funding_kind, year_start, planned, actual, note from funding_plan_lines
				where plan_id = :plan order by id
				""")
			.param("plan", plan)
			.query((rs, n) -> new FinancialPlan.Line(rs.getLong("id"), rs.getString("source_label"),
					FundingKind.valueOf(rs.getString("funding_kind")), new FinancialYear(rs.getInt("year_start")),
					rs.getBigDecimal("planned"), rs.getBigDecimal("actual"), rs.getString("note")))
			.list();
	}

	long insertPlan(PartnershipId partnership, PlanScope scope, @Nullable String scopeCode, String scopeName,
			String title, FinancialYear first, int years, String source) {
		return jdbc
			.sql("""
					insert into funding_plans (partnership_id, scope, scope_code, scope_name, title, first_year, years, source)
					values (:p, :scope, :code, :name, :title, :first, :years, :source) returning id
					""")
			.param("p", partnership.value())
			.param("scope", scope.name())
			.param("code", scopeCode)
			.param("name", scopeName)
			.param("title", title)
			.param("first", first.startYear())
			.param("years", years)
			.param("source", source)
			.query(Long.class)
			.single();
	}

	/**
	 * Adds or replaces the planned amount of a source in a year of the partnership's own
	 * plan.
	 */
	long saveLine(PartnershipId partnership, long plan, String source, FundingKind kind, FinancialYear year,
			BigDecimal planned, @Nullable String note) {
		return jdbc
			.sql("""
					insert into funding_plan_lines (plan_id, source_label, funding_kind, year_start, planned, note)
					select id, :source, :kind, :year, :planned, :note from funding_plans where id = :plan and partnership_id = :p
					on conflict (plan_id, source_label, year_start)
					do update set planned = excluded.planned, funding_kind = excluded.funding_kind, note = excluded.note
					returning id
					""")
			.param("p", partnership.value())
			.param("plan", plan)
			.param("source", source)
			.param("kind", kind.name())
			.param("year", year.startYear())
			.param("planned", planned)
			.param("note", note)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	int saveActual(PartnershipId partnership, long plan, long line, BigDecimal actual) {
		return jdbc.sql("""
				update funding_plan_lines l set actual = :actual
				from funding_plans p where l.id = :line and l.plan_id = p.id and p.id = :plan and p.partnership_id = :p
				""")
			.param("p", partnership.value())
			.param("plan", plan)
			.param("line", line)
			.param("actual", actual)
			.update();
	}

}
