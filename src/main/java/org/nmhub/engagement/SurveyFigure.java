package org.nmhub.engagement;

import java.math.BigDecimal;

/**
 * One resident perception survey result of a neighbourhood, with its 95% confidence
 * interval, for other modules (such as evaluation) to use as qualitative evidence.
 */
public record SurveyFigure(int year, String measure, BigDecimal percent, int sampleSize, BigDecimal ciLow,
		BigDecimal ciHigh) {
}
