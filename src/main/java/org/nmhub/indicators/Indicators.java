package org.nmhub.indicators;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.nmhub.shared.LsoaVintage;

import org.springframework.stereotype.Service;

/**
 * National reference indicators: the imported datasets with their provenance, what each
 * indicator means, and values by area.
 */
@Service
public class Indicators {

	private final IndicatorRepository indicators;

	private final LocalRepository local;

	Indicators(IndicatorRepository indicators, LocalRepository local) {
		this.indicators = indicators;
		this.local = local;
	}

	/** The partnership's own datasets (e.g. police.uk crime), newest import first. */
	public List<LocalSeries> localSeries(org.nmhub.access.PartnershipId partnership) {
		return local.datasets(partnership.value())
			.stream()
			.map(d -> new LocalSeries(d.id(), d.name(), d.vintage(), d.publisher(), d.licence(), d.firstPeriod(),
					d.lastPeriod(), d.aggregation() == Aggregation.SUM))
			.toList();
	}

	/**
	 * A partnership's own dataset's values by area and period (e.g. {@code 2021-04}),
	 * summed in SQL: {@code period -> area -> value}. Empty for another partnership's
	 * dataset.
	 */
	public Map<String, Map<String, BigDecimal>> localValues(org.nmhub.access.PartnershipId partnership,
			long datasetId) {
		return local.valuesByPeriodAndArea(partnership.value(), datasetId);
	}

	/** Every imported file, oldest edition first. */
	public List<IndicatorDataset> datasets() {
		return indicators.datasets();
	}

	public List<IndicatorDefinition> definitions() {
		return indicators.definitions();
	}

	/**
	 * An edition's values of one indicator for the areas given, by area code; areas
	 * without a value are left out.
	 * @param editionKey e.g. {@code iod2019}
	 * @param indicatorKey e.g. {@code imd_rank}
	 */
	public Map<String, BigDecimal> values(String editionKey, String indicatorKey, Collection<String> areaCodes) {
		return indicators.values(editionKey, indicatorKey, areaCodes);
	}

	/**
	 * How many LSOAs an edition covers in England (the largest rank), from its
	 * full-coverage files; 0 if none is imported.
	 */
	public int nationalCount(int edition, LsoaVintage vintage) {
		return indicators.nationalCount(edition, vintage);
	}

}
