package org.nmhub.indicators;

import java.time.Instant;
import java.util.List;

import org.nmhub.shared.LsoaVintage;

/**
 * One imported file with its provenance. Files of the same edition share the key (e.g.
 * {@code iod2019}) and together make up that edition.
 *
 * @param key the edition's key, e.g. {@code iod2019}
 * @param rowCount the number of areas in the file
 * @param partialCoverage whether the file covers only some of England's LSOAs
 * @param indicatorKeys the indicators this file supplied to its edition
 * @param columnsNotImported headings that were not recognised
 */
public record IndicatorDataset(long id, String key, String title, String publisher, int edition, LsoaVintage vintage,
		String fileName, String sha256, String licence, int rowCount, boolean partialCoverage,
		List<String> indicatorKeys, List<String> columnsNotImported, String importedByName, Instant importedAt,
		long importMillis) implements java.io.Serializable {

	public IndicatorDataset {
		indicatorKeys = List.copyOf(indicatorKeys);
		columnsNotImported = List.copyOf(columnsNotImported);
	}

}
