package org.nmhub.indicators;

import java.util.List;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.LsoaVintage;

/**
 * An official file's values were imported as a new dataset of an edition.
 *
 * @param edition the edition's key, e.g. {@code iod2019}
 * @param indicatorKeys the indicators the file added to the edition
 */
public record IndicatorValuesImported(long datasetId, String edition, LsoaVintage vintage, List<String> indicatorKeys,
		AuditedChange change) implements Audited {

	public IndicatorValuesImported {
		indicatorKeys = List.copyOf(indicatorKeys);
	}

}
