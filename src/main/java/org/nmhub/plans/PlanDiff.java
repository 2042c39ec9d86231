package org.nmhub.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What changed between two versions of a plan: priorities and actions added, removed or
 * changed (field by field), matched by their lineage keys.
 */
final class PlanDiff {

	/** One line of the difference. {@code change} is Added, Removed or Changed. */
	record Change(String change, String what, String title, String field, String before, String after) {
	}

	private PlanDiff() {
	}

	static List<Change> between(List<Priority> before, List<Priority> after) {
		List<Change> changes = new ArrayList<>();
		Map<UUID, Priority> old = new LinkedHashMap<>();
		before.forEach(p -> old.put(p.lineageKey(), p));
		Map<UUID, Action> oldActions = new LinkedHashMap<>();
		before.forEach(p -> p.actions().forEach(a -> oldActions.put(a.lineageKey(), a)));
		Map<UUID, Action> newActions = new LinkedHashMap<>();
		after.forEach(p -> p.actions().forEach(a -> newActions.put(a.lineageKey(), a)));
		for (Priority p : after) {
			Priority was = old.remove(p.lineageKey());
			if (was == null) {
				changes.add(new Change("Added", "Priority", p.title(), "", "", ""));
				continue;
			}
			compare(changes, "Priority", p.title(), was, p,
					Map.of("Title", Priority::title, "Description", Priority::description, "Place or person",
							q -> q.category().label(), "LAA theme", Priority::laaTheme));
			String wasEvidence = evidence(was);
			String nowEvidence = evidence(p);
			if (!wasEvidence.equals(nowEvidence)) {
				changes.add(new Change("Changed", "Priority", p.title(), "Evidence", wasEvidence, nowEvidence));
			}
		}
		old.values().forEach(p -> changes.add(new Change("Removed", "Priority", p.title(), "", "", "")));
		Map<String, Function<Action, Object>> fields = new LinkedHashMap<>();
		fields.put("Title", Action::title);
		fields.put("Description", Action::description);
		fields.put("Lead organisation", a -> Objects.toString(a.leadOrganisationName(), ""));
		fields.put("Lead officer", Action::leadOfficerName);
		fields.put("Supporting partners", a -> String.join(", ", a.supportingPartners()));
		fields.put("Starts", a -> Dates.day(a.startsOn()));
		fields.put("Due", a -> Dates.day(a.dueOn()));
		fields.put("Resources", PlanView::resources);
		fields.put("Success measure", Action::successMeasure);
		fields.put("Parish plan item", Action::parishPlanItem);
		fields.put("LAA outcome", a -> Objects.toString(a.laaOutcomeId(), ""));
		fields.put("LAA indicator", a -> Objects.toString(a.laaIndicatorId(), ""));
		fields.put("Shown to the public", a -> a.publicAction() ? "Yes" : "No");
		for (Action a : newActions.values()) {
			Action was = oldActions.remove(a.lineageKey());
			if (was == null) {
				changes.add(new Change("Added", "Action", a.title(), "", "", ""));
			}
			else {
				compare(changes, "Action", a.title(), was, a, fields);
			}
		}
		oldActions.values().forEach(a -> changes.add(new Change("Removed", "Action", a.title(), "", "", "")));
		return changes;
	}

	private static <T> void compare(List<Change> changes, String what, String title, T before, T after,
			Map<String, Function<T, Object>> fields) {
		fields.forEach((name, field) -> {
			String was = String.valueOf(field.apply(before));
			String now = String.valueOf(field.apply(after));
			if (!was.equals(now)) {
				changes.add(new Change("Changed", what, title, name, was, now));
			}
		});
	}

	private static String evidence(Priority p) {
		return String.join("; ", p.evidence().stream().map(e -> e.kind().label() + ": " + e.label()).toList());
	}

}
