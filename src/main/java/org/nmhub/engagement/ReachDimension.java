package org.nmhub.engagement;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The ways people reached are counted, anonymously. Age bands follow the population
 * denominators of the Indices of Deprivation 2019 (0–15, 16–59, 60 and over) so reach can
 * be compared with who lives there; ethnic groups are the Census 2021 high-level groups.
 * The partnership's own rarely heard groups are the categories of {@link #GROUP}.
 */
enum ReachDimension {

	AGE("Age band",
			List.of(new Category("UNDER_16", "Under 16", "population_0_15"),
					new Category("AGED_16_59", "16 to 59", "population_16_59"),
					new Category("AGED_60_PLUS", "60 and over", "population_60_plus"))),

	SEX("Sex", List.of(new Category("FEMALE", "Female", null), new Category("MALE", "Male", null))),

	ETHNICITY("Ethnic group",
			List.of(new Category("ASIAN", "Asian or Asian British", null),
					new Category("BLACK", "Black, Black British, Caribbean or African", null),
					new Category("MIXED", "Mixed or multiple ethnic groups", null),
					new Category("WHITE", "White", null), new Category("OTHER", "Other ethnic group", null))),

	DISABILITY("Disability",
			List.of(new Category("DISABLED", "Disabled", null), new Category("NOT_DISABLED", "Not disabled", null))),

	GROUP("Rarely heard groups", List.of());

	/**
	 * One category of a dimension.
	 *
	 * @param populationIndicator the indicator holding how many people of this category
	 * live in an area, where one is imported
	 */
	record Category(String key, String label, @Nullable String populationIndicator) {
	}

	private final String label;

	private final List<Category> categories;

	ReachDimension(String label, List<Category> categories) {
		this.label = label;
		this.categories = categories;
	}

	public String label() {
		return label;
	}

	/** The fixed categories; the groups' categories come from the partnership. */
	List<Category> categories() {
		return categories;
	}

	/**
	 * The form field holding the count of a category, e.g. {@code count-AGE-UNDER_16}.
	 */
	static String field(ReachDimension dimension, String category) {
		return "count-" + dimension.name() + "-" + category;
	}

}
