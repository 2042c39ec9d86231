package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nmhub.funding.FundingChoices.FundingKind;
import org.nmhub.funding.FundingChoices.PlanScope;

/**
 * A three-to-five-year financial plan for the partnership, a district or a neighbourhood:
 * each year's sources, special funding or mainstream, planned against the actual spend
 * returned.
 */
public record FinancialPlan(long id, PlanScope scope, @Nullable String scopeCode, String scopeName, String title,
		FinancialYear firstYear, int years, String source, List<Line> lines) {

	/** One source's plan for one year. */
	public record Line(long id, String sourceLabel, FundingKind kind, FinancialYear year, BigDecimal planned,
			@Nullable BigDecimal actual, @Nullable String note) {

		@Nullable BigDecimal variance() {
			return actual == null ? null : actual.subtract(planned);
		}

	}

	public List<FinancialYear> yearList() {
		List<FinancialYear> list = new ArrayList<>();
		for (int i = 0; i < years; i++) {
			list.add(firstYear.plus(i));
		}
		return list;
	}

	public String period() {
		return firstYear.label() + " to " + firstYear.plus(years - 1).label();
	}

	/** The plan as rows of sources by years, for the page. */
	public List<SourceRow> rows() {
		Map<String, SourceRow> rows = new LinkedHashMap<>();
		for (Line line : lines) {
			rows.computeIfAbsent(line.sourceLabel(), k -> new SourceRow(k, line.kind(), new ArrayList<>()));
		}
		List<SourceRow> result = new ArrayList<>();
		for (SourceRow row : rows.values()) {
			List<Cell> cells = new ArrayList<>();
			for (FinancialYear y : yearList()) {
				Line line = lines.stream()
					.filter(l -> l.sourceLabel().equals(row.source()) && l.year().equals(y))
					.findFirst()
					.orElse(null);
				cells.add(line == null ? Cell.EMPTY
						: new Cell(line.id(), Money.format(line.planned()),
								line.actual() == null ? "" : Money.format(line.actual()),
								line.variance() == null ? "" : Money.signed(line.variance())));
			}
			result.add(new SourceRow(row.source(), row.kind(), cells));
		}
		return result;
	}

	public record SourceRow(String source, FundingKind kind, List<Cell> cells) {
	}

	public record Cell(long lineId, String planned, String actual, String variance) {

		static final Cell EMPTY = new Cell(0, "", "", "");

	}

	/**
	 * Each year's totals: special, mainstream, mainstream's share, actual and variance.
	 */
	public List<YearTotal> totals() {
		List<YearTotal> totals = new ArrayList<>();
		for (FinancialYear y : yearList()) {
			BigDecimal special = sum(y, FundingKind.SPECIAL);
			BigDecimal mainstream = sum(y, FundingKind.MAINSTREAM);
			BigDecimal planned = special.add(mainstream);
			List<Line> returned = lines.stream().filter(l -> l.year().equals(y) && l.actual() != null).toList();
			BigDecimal actual = returned.stream().map(Line::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal plannedReturned = returned.stream().map(Line::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
			String share = planned.signum() == 0 ? "–"
					: mainstream.multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.HALF_UP) + "%";
			totals.add(new YearTotal(y.label(), Money.format(special), Money.format(mainstream), Money.format(planned),
					share, returned.isEmpty() ? "No returns" : Money.format(actual),
					returned.isEmpty() ? "" : Money.signed(actual.subtract(plannedReturned))));
		}
		return totals;
	}

	public record YearTotal(String year, String special, String mainstream, String planned, String mainstreamShare,
			String actual, String variance) {
	}

	private BigDecimal sum(FinancialYear year, FundingKind kind) {
		return lines.stream()
			.filter(l -> l.year().equals(year) && l.kind() == kind)
			.map(Line::planned)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
