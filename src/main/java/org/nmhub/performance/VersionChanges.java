package org.nmhub.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of the framework, matched by code: blocks, outcomes,
 * indicators (with their fields and targets) and reward targets added, removed or
 * changed.
 */
final class VersionChanges {

	private VersionChanges() {
	}

	/** One change: kind ADDED, REMOVED or CHANGED, what, and the fields that differ. */
	record Change(String kind, String what, String code, String title, List<String> details, String cssClass,
			String kindLabel) {

		Change(String kind, String what, String code, String title, List<String> details) {
			this(kind, what, code, title, details, "nmhub-diff--" + kind.toLowerCase(java.util.Locale.ROOT),
					switch (kind) {
						case "ADDED" -> "Added";
						case "REMOVED" -> "Removed";
						default -> "Changed";
					});
		}

	}

	/** A version's framework as compared: each record as named fields, by code. */
	record Snapshot(Map<String, Map<String, @Nullable String>> blocks,
			Map<String, Map<String, @Nullable String>> outcomes, Map<String, Map<String, @Nullable String>> indicators,
			Map<String, Map<String, @Nullable String>> rewardTargets) {

	}

	static List<Change> between(Snapshot before, Snapshot after) {
		List<Change> changes = new ArrayList<>();
		compare("Block", before.blocks(), after.blocks(), changes);
		compare("Outcome", before.outcomes(), after.outcomes(), changes);
		compare("Indicator", before.indicators(), after.indicators(), changes);
		compare("Reward target", before.rewardTargets(), after.rewardTargets(), changes);
		return changes;
	}

	private static void compare(String what, Map<String, Map<String, @Nullable String>> before,
			Map<String, Map<String, @Nullable String>> after, List<Change> changes) {
		for (var entry : after.entrySet()) {
			Map<String, @Nullable String> old = before.get(entry.getKey());
			String title = String.valueOf(entry.getValue().get("title"));
			if (old == null) {
				changes.add(new Change("ADDED", what, entry.getKey(), title, List.of()));
				continue;
			}
			List<String> details = new ArrayList<>();
			for (var field : entry.getValue().entrySet()) {
				String was = old.get(field.getKey());
				if (!Objects.equals(was, field.getValue())) {
					details.add(field.getKey() + ": " + shown(was) + " → " + shown(field.getValue()));
				}
			}
			if (!details.isEmpty()) {
				changes.add(new Change("CHANGED", what, entry.getKey(), title, details));
			}
		}
		for (var entry : before.entrySet()) {
			if (!after.containsKey(entry.getKey())) {
				changes.add(new Change("REMOVED", what, entry.getKey(), String.valueOf(entry.getValue().get("title")),
						List.of()));
			}
		}
	}

	private static String shown(@Nullable String value) {
		return value == null || value.isEmpty() ? "missing" : value;
	}

	/** Records keyed by code, each as its fields in a stable order. */
	static <T> Map<String, Map<String, @Nullable String>> byCode(List<T> records, Function<T, String> code,
			Function<T, Map<String, @Nullable String>> fields) {
		Map<String, Map<String, @Nullable String>> map = new LinkedHashMap<>();
		records.forEach(r -> map.put(code.apply(r), fields.apply(r)));
		return map;
	}

}
