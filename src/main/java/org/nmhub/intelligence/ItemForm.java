package org.nmhub.intelligence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.OrganisationRef;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.shared.Confidentiality;
import org.nmhub.shared.FormValues;

import org.springframework.util.MultiValueMap;

/**
 * An item of community intelligence as typed (ADR 0009): text kept as entered so a
 * mistake is shown back with its message. Text is stored as typed and always shown
 * escaped, so HTML in it stays inert.
 */
final class ItemForm {

	static final List<String> FIELDS = List.of("kind", "category", "title", "details", "grade", "sourceType",
			"observedOn", "longitude", "latitude", "addressText", "neighbourhood", "retainUntil");

	static final int TITLE_MAX = 200;

	static final int DETAILS_MAX = 4000;

	static final int ADDRESS_MAX = 300;

	private final Map<String, String> values;

	private final List<String> organisations;

	private ItemForm(Map<String, String> values, List<String> organisations) {
		this.values = values;
		this.organisations = organisations;
	}

	static ItemForm empty() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("observedOn", LocalDate.now().toString());
		return new ItemForm(values, List.of());
	}

	static ItemForm of(MultiValueMap<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : FIELDS) {
			String value = params.getFirst(field);
			if (value != null) {
				values.put(field, value.length() > 20_000 ? value.substring(0, 20_000) : value);
			}
		}
		List<String> organisations = params.getOrDefault("organisations", List.of()).stream().limit(200).toList();
		return new ItemForm(values, organisations);
	}

	Map<String, String> values() {
		return values;
	}

	List<String> organisations() {
		return organisations;
	}

	String text(String field) {
		return values.getOrDefault(field, "").trim();
	}

	/** The item as checked, before its location is looked up. */
	record Draft(ItemKind kind, Category category, String title, String details, Confidentiality grade,
			Set<Long> organisations, SourceType sourceType, LocalDate observedOn, @Nullable BigDecimal longitude,
			@Nullable BigDecimal latitude, String addressText, @Nullable NeighbourhoodRef neighbourhood,
			@Nullable LocalDate retainUntil) {
	}

	record Checked(@Nullable Draft draft, Map<String, String> problems) {
	}

	Checked check(List<Category> categories, List<NeighbourhoodRef> neighbourhoods,
			List<OrganisationRef> partnerOrganisations, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		ItemKind kind = FormValues.choice(ItemKind.class, text("kind")).orElse(null);
		if (kind == null) {
			problems.put("kind", "Select whether it is a concern, an observation, a hotspot or a request");
		}
		Category category = categories.stream().filter(c -> c.key().equals(text("category"))).findFirst().orElse(null);
		if (category == null) {
			problems.put("category", text("category").isEmpty() ? "Select the category (LAA theme)"
					: "Select one of the partnership's categories: \"" + clip(text("category")) + "\" is not one");
		}
		String title = text("title");
		if (title.isEmpty()) {
			problems.put("title", "Enter a short description");
		}
		else if (title.length() > TITLE_MAX) {
			problems.put("title", "The short description must be " + TITLE_MAX + " characters or fewer (it has "
					+ title.length() + ")");
		}
		if (text("details").length() > DETAILS_MAX) {
			problems.put("details", "The details must be " + String.format("%,d", DETAILS_MAX)
					+ " characters or fewer (they have " + String.format("%,d", text("details").length()) + ")");
		}
		Confidentiality grade = FormValues.choice(Confidentiality.class, text("grade")).orElse(null);
		if (grade == null) {
			problems.put("grade", "Select who may see it");
		}
		Set<Long> named = new java.util.TreeSet<>();
		for (String organisation : organisations) {
			Optional<Long> id = FormValues.whole(organisation);
			if (id.isEmpty() || partnerOrganisations.stream().noneMatch(o -> o.id() == id.get())) {
				problems.put("organisations", "Select organisations from the partnership's partners");
			}
			else {
				named.add(id.get());
			}
		}
		SourceType source = FormValues.choice(SourceType.class, text("sourceType"))
			.filter(s -> s != SourceType.PUBLIC_FORM)
			.orElse(null);
		if (source == null) {
			problems.put("sourceType", "Select where it came from");
		}
		LocalDate observedOn = FormValues.date(text("observedOn")).orElse(null);
		if (observedOn == null) {
			problems.put("observedOn", "Enter the date it was seen or reported, for example 2008-06-14");
		}
		else if (observedOn.isAfter(today)) {
			problems.put("observedOn", "The date must be today or in the past");
		}
		BigDecimal longitude = coordinate(problems, "longitude", 180, "-1.3557");
		BigDecimal latitude = coordinate(problems, "latitude", 90, "52.7245");
		if ((longitude == null) != (latitude == null) && !problems.containsKey("longitude")
				&& !problems.containsKey("latitude")) {
			problems.put(longitude == null ? "longitude" : "latitude", "Enter both the longitude and the latitude");
		}
		String address = text("addressText");
		if (address.length() > ADDRESS_MAX) {
			problems.put("addressText", "The address or place must be " + ADDRESS_MAX + " characters or fewer");
		}
		NeighbourhoodRef neighbourhood = neighbourhoods.stream()
			.filter(n -> n.key().equals(text("neighbourhood")))
			.findFirst()
			.orElse(null);
		if (!text("neighbourhood").isEmpty() && neighbourhood == null) {
			problems.put("neighbourhood", "Select one of the partnership's neighbourhoods");
		}
		if (longitude == null && !problems.containsKey("longitude") && !problems.containsKey("latitude")) {
			if (address.isEmpty()) {
				problems.put("addressText", "Enter where it is: coordinates, or an address or place name");
			}
			if (neighbourhood == null && !problems.containsKey("neighbourhood")) {
				problems.put("neighbourhood", "Select the neighbourhood (needed when there are no coordinates)");
			}
		}
		LocalDate retainUntil = null;
		if (grade == Confidentiality.PERSONAL) {
			retainUntil = FormValues.date(text("retainUntil")).orElse(null);
			if (retainUntil == null) {
				problems.put("retainUntil",
						"Personal data needs a review date: enter the date by which it must be reviewed or erased");
			}
			else if (!retainUntil.isAfter(today)) {
				problems.put("retainUntil", "The review date must be in the future");
			}
			else if (retainUntil.isAfter(today.plusYears(7))) {
				problems.put("retainUntil", "Keep personal data for no more than 7 years: choose an earlier date");
			}
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(new Draft(kind, category, title, text("details"), grade, named, source, observedOn,
				longitude, latitude, address, neighbourhood, retainUntil), problems);
	}

	private @Nullable BigDecimal coordinate(Map<String, String> problems, String field, int limit, String example) {
		String text = text(field);
		if (text.isEmpty()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text);
			if (value.abs().compareTo(BigDecimal.valueOf(limit)) <= 0) {
				return value.setScale(6, java.math.RoundingMode.HALF_UP);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.put(field, "Enter a " + field + " between -" + limit + " and " + limit + ", like " + example);
		return null;
	}

	static String clip(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	/** Named organisation ids as typed, for ticking the boxes again. */
	List<String> organisationValues() {
		return new ArrayList<>(organisations);
	}

}
