package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the framework pages show: versions, blocks, outcomes, indicators and targets as
 * read from the database.
 */
final class Views {

	private Views() {
	}

	record Version(long id, int versionNo, String name, @Nullable LocalDate signedOn,
			@Nullable BigDecimal maximumReward, BigDecimal amberTolerancePct, StatusCalculator.Rollup rollup,
			String source, String rollupLabel) {

		Version(long id, int versionNo, String name, @Nullable LocalDate signedOn, @Nullable BigDecimal maximumReward,
				BigDecimal amberTolerancePct, StatusCalculator.Rollup rollup, String source) {
			this(id, versionNo, name, signedOn, maximumReward, amberTolerancePct, rollup, source, rollup.getLabel());
		}

	}

	record Block(long id, String code, String name, @Nullable Long leadOrganisationId,
			@Nullable String leadOrganisation, String source) {

	}

	record Outcome(long id, long blockId, String code, String title, String source) {

	}

	record Indicator(long id, long versionId, long outcomeId, String outcomeCode, long blockId, String code,
			String title, @Nullable String definition, @Nullable String unit, TargetPolarity polarity,
			@Nullable String dataSource, String frequency, @Nullable Long leadOrganisationId,
			@Nullable String leadOrganisation, @Nullable Long dataOwnerId, @Nullable String dataOwner,
			boolean mandatory, @Nullable BigDecimal baselineValue, @Nullable LocalDate baselineDate,
			@Nullable BigDecimal minimumValue, @Nullable BigDecimal maximumValue, BigDecimal weight,
			@Nullable String neighbourhoodIndicator, String source, String polarityLabel) {

		Indicator(long id, long versionId, long outcomeId, String outcomeCode, long blockId, String code, String title,
				@Nullable String definition, @Nullable String unit, TargetPolarity polarity,
				@Nullable String dataSource, String frequency, @Nullable Long leadOrganisationId,
				@Nullable String leadOrganisation, @Nullable Long dataOwnerId, @Nullable String dataOwner,
				boolean mandatory, @Nullable BigDecimal baselineValue, @Nullable LocalDate baselineDate,
				@Nullable BigDecimal minimumValue, @Nullable BigDecimal maximumValue, BigDecimal weight,
				@Nullable String neighbourhoodIndicator, String source) {
			this(id, versionId, outcomeId, outcomeCode, blockId, code, title, definition, unit, polarity, dataSource,
					frequency, leadOrganisationId, leadOrganisation, dataOwnerId, dataOwner, mandatory, baselineValue,
					baselineDate, minimumValue, maximumValue, weight, neighbourhoodIndicator, source, polarity.label());
		}

		@Nullable Point baseline() {
			return baselineValue == null || baselineDate == null ? null : new Point(baselineDate, baselineValue);
		}

	}

	record Target(long id, long indicatorId, LocalDate date, BigDecimal value) {

	}

	record Period(long id, String label, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, boolean closed) {

	}

}
