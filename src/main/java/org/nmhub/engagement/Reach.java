package org.nmhub.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who engagement reached in a neighbourhood (or all of them) over a period, compared with
 * who lives there where population figures are loaded; which methods reached whom; and
 * how much engagement stayed on the lower rungs of the ladder.
 *
 * @param populationNote where the population figures come from, or why there are none
 * @param rows one per category counted, by dimension
 * @param underReached the categories reached less than their share of the population, or
 * not at all
 * @param methodColumns the categories heading the methods table
 * @param informOrConsultPercent the share of activities that only informed or consulted
 */
record Reach(String scopeName, @Nullable LocalDate from, @Nullable LocalDate to, int activities, long attending,
		String populationNote, List<Row> rows, List<String> underReached, List<String> methodColumns,
		List<MethodRow> methods, List<LevelRow> ladder, @Nullable BigDecimal informOrConsultPercent) {

	Reach {
		rows = List.copyOf(rows);
		underReached = List.copyOf(underReached);
		methodColumns = List.copyOf(methodColumns);
		methods = List.copyOf(methods);
		ladder = List.copyOf(ladder);
	}

	/**
	 * One category's reach.
	 *
	 * @param share the category's percentage of the people counted in its dimension (of
	 * all attending, for rarely heard groups)
	 * @param populationShare its percentage of the population, where known
	 */
	record Row(String dimension, String category, long people, @Nullable BigDecimal share,
			@Nullable BigDecimal populationShare, String status) {

		boolean isUnderReached() {
			return status.equals(UNDER_REACHED) || status.equals(NOT_REACHED);
		}

	}

	record MethodRow(String method, int activities, long attending, List<Long> people) {

		MethodRow {
			people = List.copyOf(people);
		}

	}

	record LevelRow(String level, String meaning, int activities, long attending, BigDecimal percent) {
	}

	static final String UNDER_REACHED = "Under-reached";

	static final String NOT_REACHED = "Not reached";

	static final String IN_PROPORTION = "Reached in proportion or more";

	static final String NOT_COMPARED = "No population figure to compare";

	static final String NOT_RECORDED = "Not recorded";

}
