package org.nmhub.indicators;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.LsoaVintage;

/**
 * How to read a partnership's own file: which column holds the area code, which the
 * period (or one period for every row), and which the value, or else count the rows (one
 * row per event, e.g. a crime), optionally only those whose filter column holds a value.
 */
record LocalMapping(String areaColumn, @Nullable String periodColumn, @Nullable String fixedPeriod,
		@Nullable String valueColumn, @Nullable String filterColumn, @Nullable String filterValue,
		@Nullable String numeratorColumn, @Nullable String denominatorColumn, LsoaVintage vintage, String name,
		Measure measure, Polarity polarity, Aggregation aggregation, String publisher, String licence) {

	boolean countsRows() {
		return valueColumn == null;
	}

	/** What decides the values, so the same file read the same way is imported once. */
	String key() {
		return String.join("|", "area=" + areaColumn, "period=" + (periodColumn == null ? "" : periodColumn),
				"fixed=" + (fixedPeriod == null ? "" : fixedPeriod),
				"value=" + (valueColumn == null ? "(count rows)" : valueColumn),
				"filter=" + (filterColumn == null ? "" : filterColumn + "=" + filterValue),
				"numerator=" + (numeratorColumn == null ? "" : numeratorColumn),
				"denominator=" + (denominatorColumn == null ? "" : denominatorColumn), "vintage=" + vintage.year());
	}

	/**
	 * One line for people: "count of rows where Crime type is Burglary, by LSOA code and
	 * Month".
	 */
	String describe() {
		String what = countsRows() ? "count of rows" : valueColumn;
		if (filterColumn != null) {
			what += " where " + filterColumn + " is " + filterValue;
		}
		return what + ", by " + areaColumn + " (" + vintage.year() + " LSOAs) and "
				+ (periodColumn != null ? periodColumn : "period " + fixedPeriod);
	}

}
