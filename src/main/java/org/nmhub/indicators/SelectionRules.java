package org.nmhub.indicators;

import java.math.BigDecimal;
import java.util.List;

import org.nmhub.shared.LsoaVintage;

/**
 * The rules of a priority-neighbourhood selection, checked and typed.
 *
 * @param indicatorKeys the ranks tested, e.g. {@code imd_rank}, {@code income_rank}
 * @param percent the threshold: an LSOA passes an indicator when it is in the most
 * deprived {@code percent}% (0 &lt; p ≤ 50)
 * @param relativeTo whether that is the most deprived of England or of the partnership
 * @param combine whether an LSOA must pass any or all of the indicators
 * @param minClusterSize clusters of fewer LSOAs than this are left out
 * @param scope the LSOAs searched: the partnership's, or all of England's
 * @param flags LSOAs included or excluded by hand, each with a reason
 */
record SelectionRules(String name, String editionKey, int edition, LsoaVintage vintage, List<String> indicatorKeys,
		BigDecimal percent, Reference relativeTo, Combine combine, int minClusterSize, Scope scope, List<Flag> flags) {

	SelectionRules {
		indicatorKeys = List.copyOf(indicatorKeys);
		flags = List.copyOf(flags);
	}

	enum Scope {

		PARTNERSHIP, ENGLAND

	}

	enum Reference {

		ENGLAND, PARTNERSHIP

	}

	enum Combine {

		ANY, ALL

	}

	/** An LSOA included or excluded by hand, whatever the rules say. */
	record Flag(String code, boolean include, String reason) {

		String line() {
			return code + (include ? " include: " : " exclude: ") + reason;
		}

	}

	SelectionRules onEdition(String name, IndicatorDataset other, List<Flag> carriedFlags) {
		return new SelectionRules(name, other.key(), other.edition(), other.vintage(), indicatorKeys, percent,
				relativeTo, combine, minClusterSize, scope, carriedFlags);
	}

	/** The rules in one sentence, e.g. for the list of runs. */
	String describe() {
		String threshold = "in the most deprived " + percent.stripTrailingZeros().toPlainString() + "% of "
				+ (relativeTo == Reference.ENGLAND ? "England" : "the partnership");
		String tested = indicatorKeys.size() == 1 ? SelectionRules.label(indicatorKeys.get(0))
				: (combine == Combine.ANY ? "any of " : "all of ")
						+ String.join(", ", indicatorKeys.stream().map(SelectionRules::label).toList());
		return tested + " " + threshold + "; searching "
				+ (scope == Scope.ENGLAND ? "all of England" : "the partnership's LSOAs") + "; clusters of at least "
				+ minClusterSize + " LSOA" + (minClusterSize == 1 ? "" : "s")
				+ (flags.isEmpty() ? "" : "; " + flags.size() + " flag" + (flags.size() == 1 ? "" : "s") + " by hand");
	}

	/** A short name for a rank indicator, e.g. "IMD rank", "Income rank". */
	static String label(String indicatorKey) {
		String domain = indicatorKey.endsWith("_rank") ? indicatorKey.substring(0, indicatorKey.length() - 5)
				: indicatorKey;
		if (domain.equals("imd")) {
			return "IMD rank";
		}
		String words = domain.replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " rank";
	}

}
