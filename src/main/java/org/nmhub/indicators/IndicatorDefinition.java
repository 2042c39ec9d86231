package org.nmhub.indicators;

/**
 * What an indicator means.
 *
 * @param key e.g. {@code imd_score}, {@code income_rank}, {@code population_total}
 * @param name in plain English, e.g. "Income: rank (1 = most deprived)"
 * @param domain e.g. {@code income}, {@code population}
 */
public record IndicatorDefinition(String key, String name, String domain, Measure measure, Polarity polarity,
		Aggregation aggregation) {

}
