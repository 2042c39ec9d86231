package org.nmhub.engagement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.shared.FormValues;

/**
 * An engagement activity as typed: every value kept as text so a mistake is shown back
 * with its message (ADR 0009). The counts are one field per category, named by
 * {@link ReachDimension#field}.
 */
final class ActivityForm {

	static final List<String> FIELDS = List.of("title", "heldOn", "neighbourhood", "method", "level", "organisers",
			"attending", "issuesRaised", "feedbackGiven");

	static final int MAX_PEOPLE = 100_000;

	private final Map<String, String> values;

	private ActivityForm(Map<String, String> values) {
		this.values = values;
	}

	static ActivityForm empty() {
		return new ActivityForm(new LinkedHashMap<>());
	}

	/** Keeps the form's own fields from the request, ignoring anything else sent. */
	static ActivityForm of(Map<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (FIELDS.contains(name) || name.startsWith("count-")) {
				values.put(name, value.length() > 10_000 ? value.substring(0, 10_000) : value);
			}
		});
		return new ActivityForm(values);
	}

	/** The values as typed, by field name, for the template. */
	Map<String, String> values() {
		return values;
	}

	private String text(String field) {
		return values.getOrDefault(field, "").trim();
	}

	/** A valid activity, checked against the partnership's neighbourhoods and groups. */
	record NewActivity(NeighbourhoodRef neighbourhood, LocalDate heldOn, String title, EngagementMethod method,
			EngagementLevel level, String organisers, int attending, String issuesRaised, String feedbackGiven,
			List<Activity.Count> counts) {
	}

	/**
	 * The activity, or the problems by field (in the form's order) when anything is
	 * wrong.
	 */
	Result validate(List<NeighbourhoodRef> neighbourhoods, List<RarelyHeardGroup> groups, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		String title = text("title");
		if (title.isEmpty()) {
			problems.put("title", "Enter a name for the activity");
		}
		else if (title.length() > 200) {
			problems.put("title", "The name must be 200 characters or fewer");
		}
		Optional<LocalDate> heldOn = FormValues.date(text("heldOn"));
		if (heldOn.isEmpty()) {
			problems.put("heldOn", "Enter the date it was held, for example 2008-06-14");
		}
		else if (heldOn.get().isAfter(today)) {
			problems.put("heldOn", "The date must be today or in the past: record activities once they are held");
		}
		NeighbourhoodRef neighbourhood = neighbourhoods.stream()
			.filter(n -> n.key().equals(text("neighbourhood")))
			.findFirst()
			.orElse(null);
		if (neighbourhood == null) {
			problems.put("neighbourhood", "Select the neighbourhood");
		}
		EngagementMethod method = FormValues.choice(EngagementMethod.class, text("method")).orElse(null);
		if (method == null) {
			problems.put("method", "Select how residents were engaged");
		}
		EngagementLevel level = FormValues.choice(EngagementLevel.class, text("level")).orElse(null);
		if (level == null) {
			problems.put("level", "Select the level of engagement");
		}
		limit(problems, "organisers", "The organisers", 500);
		Integer attending = people(problems, "attending", "the number attending", true);
		List<Activity.Count> counts = new ArrayList<>();
		for (ReachDimension dimension : ReachDimension.values()) {
			List<ReachDimension.Category> categories = dimension == ReachDimension.GROUP
					? groups.stream().map(g -> new ReachDimension.Category(g.key(), g.name(), null)).toList()
					: dimension.categories();
			int sum = 0;
			String first = null;
			for (ReachDimension.Category category : categories) {
				String field = ReachDimension.field(dimension, category.key());
				first = first == null ? field : first;
				Integer people = people(problems, field, category.label(), false);
				if (people == null) {
					continue;
				}
				if (attending != null && people > attending) {
					problems.put(field,
							category.label() + ": " + people + " is more than the " + attending + " people attending");
				}
				sum += people;
				counts.add(new Activity.Count(dimension, category.key(), category.label(), people));
			}
			if (dimension != ReachDimension.GROUP && attending != null && sum > attending && first != null
					&& !problems.containsKey(first)) {
				problems.put(first, dimension.label() + ": the counts add up to " + sum + ", more than the " + attending
						+ " people attending");
			}
		}
		limit(problems, "issuesRaised", "The issues raised", 4000);
		limit(problems, "feedbackGiven", "The feedback given back", 4000);
		if (!problems.isEmpty()) {
			return new Result(null, problems);
		}
		return new Result(new NewActivity(neighbourhood, heldOn.get(), title, method, level, text("organisers"),
				attending, text("issuesRaised"), text("feedbackGiven"), counts), problems);
	}

	record Result(@Nullable NewActivity activity, Map<String, String> problems) {
	}

	private void limit(Map<String, String> problems, String field, String label, int max) {
		if (text(field).length() > max) {
			problems.put(field, label + " must be " + String.format("%,d", max) + " characters or fewer");
		}
	}

	/** A count of people, or null when blank (not counted) or wrong (problem added). */
	private @Nullable Integer people(Map<String, String> problems, String field, String label, boolean required) {
		String text = text(field).replace(",", "");
		if (text.isEmpty()) {
			if (required) {
				problems.put(field, "Enter " + label + ", as a whole number");
			}
			return null;
		}
		Optional<Long> number = FormValues.whole(text);
		if (number.isEmpty() || number.get() < 0 || number.get() > MAX_PEOPLE) {
			problems.put(field, (required ? "Enter " + label : label + ": enter a number of people")
					+ " as a whole number from 0 to " + String.format("%,d", MAX_PEOPLE));
			return null;
		}
		return number.get().intValue();
	}

}
