package org.nmhub.plans;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nmhub.performance.IndicatorSummary;
import org.nmhub.performance.OutcomeSummary;

/**
 * The partnership's LAA outcomes and indicators (from the performance module's framework)
 * by id, in words, for forms and pages.
 */
record LaaLabels(Map<Long, String> outcomes, Map<Long, String> indicators) {

	static LaaLabels of(List<OutcomeSummary> outcomes, List<IndicatorSummary> indicators) {
		return new LaaLabels(
				outcomes.stream()
					.collect(Collectors.toMap(OutcomeSummary::id, o -> o.code() + " – " + o.title(), (a, b) -> a,
							java.util.LinkedHashMap::new)),
				indicators.stream()
					.collect(Collectors.toMap(IndicatorSummary::id, i -> i.code() + " – " + i.title(), (a, b) -> a,
							java.util.LinkedHashMap::new)));
	}

	static LaaLabels none() {
		return new LaaLabels(Map.of(), Map.of());
	}

	@Nullable String outcome(@Nullable Long id) {
		return id == null ? null : outcomes.getOrDefault(id, "Outcome " + id + " (not in the current framework)");
	}

	@Nullable String indicator(@Nullable Long id) {
		return id == null ? null : indicators.getOrDefault(id, "Indicator " + id + " (not in the current framework)");
	}

	List<Choice> outcomeChoices() {
		return outcomes.entrySet().stream().map(e -> new Choice(String.valueOf(e.getKey()), e.getValue())).toList();
	}

	List<Choice> indicatorChoices() {
		return indicators.entrySet().stream().map(e -> new Choice(String.valueOf(e.getKey()), e.getValue())).toList();
	}

}
