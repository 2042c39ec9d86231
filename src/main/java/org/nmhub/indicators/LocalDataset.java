package org.nmhub.indicators;

import java.time.Instant;

import org.nmhub.shared.LsoaVintage;

/**
 * A partnership's own indicator dataset with its provenance.
 *
 * @param firstPeriod the earliest period held, e.g. {@code 2021-04}
 * @param areas how many areas have a value
 */
record LocalDataset(long id, long partnershipId, String name, Measure measure, Polarity polarity,
		Aggregation aggregation, LsoaVintage vintage, String publisher, String licence, String fileName, String sha256,
		String mapping, int fileRows, int rowsWithoutArea, int rowsOutsideEngland, int rowsFilteredOut, int valueCount,
		String importedByName, Instant importedAt, long importMillis, String firstPeriod, String lastPeriod,
		int areas) {
}
