package org.nmhub.plans;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.Member;
import org.nmhub.access.OrganisationRef;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * When two people edit one action at once, the second to save gets a three-way merge
 * instead of an overwrite: from the version both started from (the form's {@code base}),
 * the saved version and what the second person typed. A field only one of them changed
 * takes that change; a field both changed differently keeps the second person's value and
 * shows the saved one beside it. Nothing is saved until they press save again.
 *
 * @param form the merged form, at the saved version, to show again
 * @param changedBy who saved the other change
 * @param changedOn when
 * @param theirs the fields the other person changed that were taken into the form
 * @param clashes the fields both changed, differently
 */
record ActionMerge(ActionForm form, String changedBy, String changedOn, List<Difference> theirs,
		List<Difference> clashes) {

	record Difference(String field, String label, String saved, String yours) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> LABELS = labels();

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("priorityId", "Priority");
		labels.put("title", "Action");
		labels.put("description", "Description");
		labels.put("level", "Level (S, D or S/D)");
		labels.put("reference", "Reference");
		labels.put("leadOrganisationId", "Lead organisation");
		labels.put("leadOfficerUserId", "Lead officer");
		labels.put("leadOfficerName", "Lead officer's name");
		labels.put("startsOn", "Starts");
		labels.put("dueOn", "Due");
		labels.put("resourcesAmount", "Resources (£)");
		labels.put("resourcesSource", "Where the resources come from");
		labels.put("resourcesKind", "Cash or in kind");
		labels.put("laaOutcomeId", "LAA outcome");
		labels.put("laaIndicatorId", "LAA indicator");
		labels.put("successMeasure", "Success measure");
		labels.put("parishPlanItem", "Parish plan item");
		labels.put("publicAction", "Shown on the public page");
		labels.put("supportingPartnerIds", "Supporting partners");
		return labels;
	}

	static String encode(ActionForm form) {
		return Base64.getUrlEncoder()
			.encodeToString(JSON.writeValueAsString(form.withBase("")).getBytes(StandardCharsets.UTF_8));
	}

	static @Nullable ActionForm decode(@Nullable String base) {
		if (base == null || base.isBlank()) {
			return null;
		}
		try {
			return JSON.readValue(new String(Base64.getUrlDecoder().decode(base.trim()), StandardCharsets.UTF_8),
					ActionForm.class);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

	static ActionMerge of(Action saved, ActionForm yours, List<OrganisationRef> organisations, List<Member> members) {
		ActionForm now = ActionForm.of(saved);
		ActionForm base = decode(yours.base());
		Map<String, Object> savedValues = values(now);
		Map<String, Object> yourValues = values(yours);
		Map<String, Object> baseValues = base == null ? null : values(base);
		Map<String, Object> merged = new LinkedHashMap<>(yourValues);
		Map<String, String> names = organisations.stream()
			.collect(Collectors.toMap(o -> String.valueOf(o.id()), OrganisationRef::name));
		Map<String, String> people = members.stream()
			.collect(Collectors.toMap(m -> String.valueOf(m.userId()), Member::displayName));
		List<Difference> theirs = new ArrayList<>();
		List<Difference> clashes = new ArrayList<>();
		for (String field : LABELS.keySet()) {
			Object s = savedValues.get(field);
			Object y = yourValues.get(field);
			if (same(s, y)) {
				continue;
			}
			Object b = baseValues == null ? null : baseValues.get(field);
			Difference difference = new Difference(field, LABELS.get(field), show(field, s, names, people),
					show(field, y, names, people));
			if (baseValues != null && same(y, b)) {
				merged.put(field, s);
				theirs.add(difference);
			}
			else if (baseValues == null || !same(s, b)) {
				clashes.add(difference);
			}
		}
		merged.put("version", String.valueOf(saved.version()));
		merged.put("base", "");
		ActionForm form = JSON.convertValue(merged, ActionForm.class);
		return new ActionMerge(form.withBase(encode(now)), Objects.toString(saved.updatedBy(), "someone"),
				Dates.day(saved.updatedAt()), theirs, clashes);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> values(ActionForm form) {
		return JSON.convertValue(form, Map.class);
	}

	private static boolean same(@Nullable Object a, @Nullable Object b) {
		return normal(a).equals(normal(b));
	}

	private static Object normal(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).sorted().toList();
		}
		return value.toString().trim();
	}

	private static String show(String field, @Nullable Object value, Map<String, String> names,
			Map<String, String> people) {
		if (value instanceof List<?> list) {
			return list.stream()
				.map(v -> names.getOrDefault(String.valueOf(v), String.valueOf(v)))
				.sorted()
				.collect(Collectors.joining(", "));
		}
		String text = value == null ? "" : value.toString().trim();
		return switch (field) {
			case "leadOrganisationId" -> names.getOrDefault(text, text);
			case "leadOfficerUserId" -> people.getOrDefault(text, text);
			case "publicAction" -> "true".equals(text) ? "Yes" : "No";
			default -> text;
		};
	}

}
