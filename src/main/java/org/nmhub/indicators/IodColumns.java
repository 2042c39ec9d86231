package org.nmhub.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nmhub.shared.LsoaVintage;

/**
 * The catalogue of Indices of Deprivation columns, and how the headings of every
 * edition's files map onto it: the official long headings ("Income Rank (where 1 is most
 * deprived)"), short ones ("Income_rank", "income_rank") and each edition's names for its
 * domains ("Housing_and_Access", "Barriers to Housing and Services").
 */
final class IodColumns {

	private record Domain(String key, String name, List<String> synonyms) {
	}

	private static final List<Domain> DOMAINS = List.of(
			domain("imd", "Index of Multiple Deprivation", "imd", "index_of_multiple_deprivation_imd",
					"index_of_multiple_deprivation"),
			domain("income", "Income", "income", "income_deprivation"),
			domain("employment", "Employment", "employment", "employment_deprivation"),
			domain("education", "Education, Skills and Training", "education", "education_skills_and_training",
					"education_skills_training"),
			domain("health", "Health Deprivation and Disability", "health", "health_deprivation_and_disability"),
			domain("crime", "Crime", "crime"),
			domain("barriers", "Barriers to Housing and Services", "barriers", "barriers_to_housing_and_services",
					"housing_and_access", "housing_and_services"),
			domain("living_environment", "Living Environment", "living_env", "living_environment", "environment"),
			domain("children_young_people", "Children and Young People sub-domain", "children_young_people",
					"children_and_young_people"),
			domain("adult_skills", "Adult Skills sub-domain", "skills", "adult_skills"),
			domain("geographical_barriers", "Geographical Barriers sub-domain", "geographical_barriers"),
			domain("wider_barriers", "Wider Barriers sub-domain", "wider_barriers"),
			domain("indoors", "Indoors Living Environment sub-domain", "indoors"),
			domain("outdoors", "Outdoors Living Environment sub-domain", "outdoors"));

	/** Population denominators (IoD 2019 File 6 and the combined files). */
	private static final Map<String, IndicatorDefinition> POPULATION = new LinkedHashMap<>();

	static {
		population("population_total", "Total population (excluding prisoners)", "total_population", "pop_total");
		population("population_0_15", "Dependent children aged 0 to 15 (excluding prisoners)",
				"dependent_children_aged_0_15", "pop_0_15");
		population("population_16_59", "Population aged 16 to 59 (excluding prisoners)", "population_aged_16_59",
				"pop_16_59");
		population("population_60_plus", "Older population aged 60 and over (excluding prisoners)",
				"older_population_aged_60", "pop_60plus");
		population("population_working_age",
				"Working-age population 18 to 59/64, for the Employment domain (excluding prisoners)",
				"working_age_population", "pop_working_age");
	}

	private static final Pattern LSOA_CODE = Pattern
		.compile("^lsoa_?(01|11|21|2001|2011|2021)?_?(cd|code)(_(2001|2011|2021))?$");

	private static final Pattern DESCRIPTIVE = Pattern
		.compile("^(lsoa.*(nm|name).*|lad.*|la_.*|ltla.*|utla.*|local_authority.*|.*_year|region.*|rgn.*|msoa.*)$");

	private static final Pattern EDITION = Pattern.compile("(?i)(?:iod|imd)[ _-]?(2004|2007|2010|2015|2019|2025)");

	private static final Pattern WHERE = Pattern.compile("_where_1_is.*$");

	private IodColumns() {
	}

	private static Domain domain(String key, String name, String... synonyms) {
		return new Domain(key, name, Arrays.asList(synonyms));
	}

	private static void population(String key, String name, String... prefixes) {
		IndicatorDefinition definition = new IndicatorDefinition(key, name, "population", Measure.COUNT,
				Polarity.NEUTRAL, Aggregation.SUM);
		for (String prefix : prefixes) {
			POPULATION.put(prefix, definition);
		}
	}

	/**
	 * A heading in lower case with every run of punctuation or spaces as one underscore:
	 * "LSOA code (2011)" becomes {@code lsoa_code_2011}.
	 */
	static String normalise(String heading) {
		String h = heading.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
		return h.replaceAll("^_+|_+$", "");
	}

	/**
	 * The LSOA vintage a heading names, if it is an LSOA code column: empty optional if
	 * not, a vintage of {@code null} inside if it names none ("lsoa_code").
	 */
	static Optional<Optional<LsoaVintage>> lsoaCodeColumn(String heading) {
		Matcher m = LSOA_CODE.matcher(normalise(heading));
		if (!m.matches()) {
			return Optional.empty();
		}
		String year = m.group(1) != null ? m.group(1) : m.group(4);
		if (year == null) {
			return Optional.of(Optional.empty());
		}
		int y = Integer.parseInt(year);
		return Optional.of(Optional.of(LsoaVintage.ofYear(y < 100 ? 2000 + y : y)));
	}

	/** Names, district codes and years that describe the area rather than measure it. */
	static boolean isDescriptive(String heading) {
		return DESCRIPTIVE.matcher(normalise(heading)).matches();
	}

	/** The edition a file name or heading names, such as "IMD2019" or "iod2004_…". */
	static Optional<IodEdition> editionNamedIn(String text) {
		Matcher m = EDITION.matcher(text);
		return m.find() ? IodEdition.ofYear(Integer.parseInt(m.group(1))) : Optional.empty();
	}

	/** The indicator a heading holds, if it is one of the catalogue's. */
	static Optional<IndicatorDefinition> indicator(String heading) {
		String h = normalise(heading);
		for (Map.Entry<String, IndicatorDefinition> p : POPULATION.entrySet()) {
			if (h.startsWith(p.getKey())) {
				return Optional.of(p.getValue());
			}
		}
		h = WHERE.matcher(h).replaceAll("").replaceAll("(imd|iod)_?20[0-9]{2}", "$1");
		List<String> tokens = new ArrayList<>(Arrays.asList(h.split("_")));
		Measure measure = tokens.contains("decile") ? Measure.DECILE
				: tokens.contains("rank") ? Measure.RANK : tokens.contains("score") ? Measure.SCORE : null;
		if (measure == null) {
			return Optional.empty();
		}
		tokens.removeAll(List.of("decile", "rank", "score", "sub", "domain", "subdomain"));
		String phrase = String.join("_", tokens);
		for (Domain d : DOMAINS) {
			if (d.synonyms().contains(phrase)) {
				return Optional.of(definition(d, measure));
			}
		}
		return Optional.empty();
	}

	private static IndicatorDefinition definition(Domain d, Measure measure) {
		return switch (measure) {
			case SCORE -> new IndicatorDefinition(d.key() + "_score", d.name() + ": score (higher is more deprived)",
					d.key(), measure, Polarity.HIGHER_IS_WORSE, Aggregation.POPULATION_WEIGHTED_MEAN);
			case RANK -> new IndicatorDefinition(d.key() + "_rank", d.name() + ": rank (1 = most deprived)", d.key(),
					measure, Polarity.LOWER_IS_WORSE, Aggregation.DISTRIBUTION);
			case DECILE ->
				new IndicatorDefinition(d.key() + "_decile", d.name() + ": decile (1 = most deprived 10% of LSOAs)",
						d.key(), measure, Polarity.LOWER_IS_WORSE, Aggregation.DISTRIBUTION);
			default -> throw new IllegalArgumentException(measure.name());
		};
	}

	/** What the importer looks for, for a refusal that lists it. */
	static String expected() {
		return "an LSOA code column (e.g. \"LSOA code (2011)\", \"lsoa01cd\") and at least one indicator: a score, "
				+ "rank or decile of the IMD or a domain (e.g. \"Index of Multiple Deprivation (IMD) Rank\", "
				+ "\"Income_score\"), or a population denominator (e.g. \"Total population: mid 2015\")";
	}

}
