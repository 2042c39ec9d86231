package org.nmhub.indicators;

import org.nmhub.shared.LsoaVintage;

/**
 * A partnership's own indicator dataset (such as police.uk street-level crime counted by
 * LSOA and month), as other modules see it.
 *
 * @param count whether its values are counts (summed over areas and periods)
 */
public record LocalSeries(long id, String name, LsoaVintage vintage, String publisher, String licence,
		String firstPeriod, String lastPeriod, boolean count) {
}
