package org.nmhub.indicators;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.shared.LsoaVintage;

/**
 * The evidence about one neighbourhood for one edition of the Indices of Deprivation,
 * side by side with its district, its partnership and England.
 *
 * @param lsoaCodes the neighbourhood's LSOAs in the edition's vintage
 * @param areaNote how that set was obtained (the version drawn, or carried across from
 * another vintage with the changes named)
 * @param weighting how scores were combined: by population (named source) or a simple
 * mean
 * @param rows one per indicator of the edition
 * @param keyIssues the domains where the neighbourhood is most concentrated in England's
 * most deprived 10%, worst first
 * @param trend the neighbourhood's IMD position in every imported edition
 */
public record NeighbourhoodProfile(NeighbourhoodRef neighbourhood, String editionKey, int edition, LsoaVintage vintage,
		List<String> lsoaCodes, String areaNote, String weighting, @Nullable String districtName,
		String partnershipName, List<Row> rows, List<Row> keyIssues, List<TrendPoint> trend) {

	public NeighbourhoodProfile {
		lsoaCodes = List.copyOf(lsoaCodes);
		rows = List.copyOf(rows);
		keyIssues = List.copyOf(keyIssues);
		trend = List.copyOf(trend);
	}

	/** One indicator across the four areas compared. */
	public record Row(IndicatorDefinition indicator, ScopeSummary neighbourhood, ScopeSummary district,
			ScopeSummary partnership, ScopeSummary england) {

		public boolean isDistribution() {
			return indicator.aggregation() == Aggregation.DISTRIBUTION;
		}

		/** The domain's name, e.g. "Income" from "Income: rank (1 = most deprived)". */
		public String domainName() {
			int colon = indicator.name().indexOf(':');
			return colon > 0 ? indicator.name().substring(0, colon) : indicator.name();
		}

	}

	/**
	 * The neighbourhood in one edition: its LSOAs in that edition's vintage and their IMD
	 * deciles.
	 */
	public record TrendPoint(String editionKey, int edition, LsoaVintage vintage, int lsoas, ScopeSummary imd) {

	}

}
