package org.nmhub.performance;

import org.jspecify.annotations.Nullable;

/**
 * An indicator of the partnership's current LAA framework version.
 *
 * @param id the indicator's identifier
 * @param code its code
 * @param title what it measures
 * @param outcomeCode the outcome it belongs to
 * @param unit its unit, or {@code null} where the agreement gives none (missing)
 * @param polarity which way is better
 */
public record IndicatorSummary(long id, String code, String title, String outcomeCode, @Nullable String unit,
		TargetPolarity polarity) {

}
