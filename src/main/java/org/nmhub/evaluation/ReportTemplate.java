package org.nmhub.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * How a partnership tailors its evaluation reports: the title, the sections it keeps and
 * the indicators the figures section shows (none named: every indicator of each
 * baseline).
 */
record ReportTemplate(String title, List<ReportSection> sections, List<String> indicatorKeys, String updatedBy) {

	ReportTemplate {
		sections = List.copyOf(sections);
		indicatorKeys = List.copyOf(indicatorKeys);
	}

	static ReportTemplate standard() {
		return new ReportTemplate("Neighbourhood management evaluation", Arrays.asList(ReportSection.values()),
				List.of(), "");
	}

	boolean has(ReportSection section) {
		return sections.contains(section);
	}

	boolean showsIndicator(String key) {
		return indicatorKeys.isEmpty() || indicatorKeys.contains(key);
	}

}
