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

	Indicators(IndicatorRepository indicators) {
		this.indicators = indicators;
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
