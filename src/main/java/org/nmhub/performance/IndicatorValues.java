package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An indicator's checked values, ready to save. */
record IndicatorValues(long outcomeId, String code, String title, @Nullable String definition, @Nullable String unit,
		TargetPolarity polarity, @Nullable String dataSource, Frequency frequency, @Nullable Long leadOrganisationId,
		@Nullable Long dataOwnerId, boolean mandatory, @Nullable BigDecimal baselineValue,
		@Nullable LocalDate baselineDate, @Nullable BigDecimal minimumValue, @Nullable BigDecimal maximumValue,
		BigDecimal weight, @Nullable String neighbourhoodIndicator) {

	Map<String, @Nullable Object> params() {
		Map<String, @Nullable Object> m = new HashMap<>();
		m.put("outcome", outcomeId);
		m.put("code", code);
		m.put("title", title);
		m.put("definition", definition);
		m.put("unit", unit);
		m.put("polarity", polarity.name());
		m.put("dataSource", dataSource);
		m.put("frequency", frequency.name());
		m.put("lead", leadOrganisationId);
		m.put("owner", dataOwnerId);
		m.put("mandatory", mandatory);
		m.put("baseline", baselineValue);
		m.put("baselineDate", baselineDate);
		m.put("min", minimumValue);
		m.put("max", maximumValue);
		m.put("weight", weight);
		m.put("neighbourhood", neighbourhoodIndicator);
		return m;
	}

	IndicatorValues withOutcome(long outcome) {
		return new IndicatorValues(outcome, code, title, definition, unit, polarity, dataSource, frequency,
				leadOrganisationId, dataOwnerId, mandatory, baselineValue, baselineDate, minimumValue, maximumValue,
				weight, neighbourhoodIndicator);
	}

	IndicatorValues withLimits(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum, BigDecimal weight,
			@Nullable String neighbourhood) {
		return new IndicatorValues(outcomeId, code, title, definition, unit, polarity, dataSource, frequency,
				leadOrganisationId, dataOwnerId, mandatory, baselineValue, baselineDate, minimum, maximum, weight,
				neighbourhood);
	}

	/** For the audit log. */
	Map<String, @Nullable Object> audit() {
		Map<String, @Nullable Object> m = new HashMap<>(params());
		m.put("polarity", polarity.name());
		return m;
	}

}
