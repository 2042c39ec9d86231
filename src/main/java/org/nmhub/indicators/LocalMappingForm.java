package org.nmhub.indicators;

/**
 * The mapping screen as typed (ADR 0009): an empty period column means the fixed period
 * applies to every row; an empty value column means "count the rows".
 */
record LocalMappingForm(String areaColumn, String periodColumn, String fixedPeriod, String valueColumn,
		String filterColumn, String filterValue, String numeratorColumn, String denominatorColumn, String vintage,
		String name, String measure, String polarity, String publisher, String licence) {

	LocalMappingForm {
		areaColumn = trim(areaColumn);
		periodColumn = trim(periodColumn);
		fixedPeriod = trim(fixedPeriod);
		valueColumn = trim(valueColumn);
		filterColumn = trim(filterColumn);
		filterValue = trim(filterValue);
		numeratorColumn = trim(numeratorColumn);
		denominatorColumn = trim(denominatorColumn);
		vintage = trim(vintage);
		name = trim(name);
		measure = trim(measure);
		polarity = trim(polarity);
		publisher = trim(publisher);
		licence = trim(licence);
	}

	private static String trim(@org.jspecify.annotations.Nullable String s) {
		return s == null ? "" : s.trim();
	}

}
