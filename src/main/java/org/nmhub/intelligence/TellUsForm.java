package org.nmhub.intelligence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nmhub.places.NeighbourhoodRef;

/**
 * What a resident types into the public "tell us" form, kept as typed. The
 * {@code website} field is a honeypot: hidden from people, filled in by robots.
 */
final class TellUsForm {

	static final List<String> FIELDS = List.of("neighbourhood", "category", "title", "details", "addressText",
			"website");

	static final int TITLE_MAX = 200;

	static final int DETAILS_MAX = 2000;

	static final int ADDRESS_MAX = 300;

	private final Map<String, String> values;

	private TellUsForm(Map<String, String> values) {
		this.values = values;
	}

	static TellUsForm empty() {
		return new TellUsForm(new LinkedHashMap<>());
	}

	static TellUsForm of(Map<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : FIELDS) {
			String value = params.get(field);
			if (value != null) {
				values.put(field, value.length() > 10_000 ? value.substring(0, 10_000) : value);
			}
		}
		return new TellUsForm(values);
	}

	Map<String, String> values() {
		return values;
	}

	String text(String field) {
		return values.getOrDefault(field, "").trim();
	}

	boolean isRobot() {
		return !text("website").isEmpty();
	}

	record Checked(@Nullable NeighbourhoodRef neighbourhood, @Nullable Category category,
			Map<String, String> problems) {
	}

	Checked check(List<NeighbourhoodRef> neighbourhoods, List<Category> categories) {
		Map<String, String> problems = new LinkedHashMap<>();
		NeighbourhoodRef neighbourhood = neighbourhoods.stream()
			.filter(n -> n.key().equals(text("neighbourhood")))
			.findFirst()
			.orElse(null);
		if (neighbourhood == null) {
			problems.put("neighbourhood", "Select your neighbourhood");
		}
		Category category = categories.stream().filter(c -> c.key().equals(text("category"))).findFirst().orElse(null);
		if (category == null) {
			problems.put("category", "Select what it is about");
		}
		if (text("title").isEmpty()) {
			problems.put("title", "Tell us in a few words what it is about");
		}
		else if (text("title").length() > TITLE_MAX) {
			problems.put("title", "Use " + TITLE_MAX + " characters or fewer for the short description");
		}
		if (text("details").length() > DETAILS_MAX) {
			problems.put("details",
					"Use " + String.format("%,d", DETAILS_MAX) + " characters or fewer for the details (you used "
							+ String.format("%,d", text("details").length()) + ")");
		}
		if (text("addressText").length() > ADDRESS_MAX) {
			problems.put("addressText", "Use " + ADDRESS_MAX + " characters or fewer for where it is");
		}
		return new Checked(neighbourhood, category, problems);
	}

}
