package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where an indicator stands against its trajectory.
 *
 * @param rag red, amber, green or missing
 * @param reason one sentence saying why
 * @param latest the latest actual, if any
 * @param expected the trajectory's value at the latest actual's date
 * @param direction direction of travel since the previous actual
 * @param forecast the value the trend of the actuals reaches at the final target date
 * @param finalTarget the last target
 * @param onCourse whether the forecast meets the final target ({@code null} when no
 * forecast)
 * @param targetMetEarly the final target is already met before its date
 * @param missingPeriods labels of due periods with no actual
 * @param history each due period's actual (or none) with the trajectory and its RAG
 */
record IndicatorStatus(Rag rag, String reason, @Nullable Point latest, @Nullable BigDecimal expected,
		Direction direction, @Nullable BigDecimal forecast, @Nullable Point finalTarget, @Nullable Boolean onCourse,
		boolean targetMetEarly, List<String> missingPeriods, List<HistoryRow> history, String ragLabel, String ragClass,
		String directionLabel) {

	static IndicatorStatus of(Rag rag, String reason, @Nullable Point latest, @Nullable BigDecimal expected,
			Direction direction, @Nullable BigDecimal forecast, @Nullable Point finalTarget, @Nullable Boolean onCourse,
			boolean targetMetEarly, List<String> missingPeriods, List<HistoryRow> history) {
		return new IndicatorStatus(rag, reason, latest, expected, direction, forecast, finalTarget, onCourse,
				targetMetEarly, missingPeriods, history, rag.label(), rag.getCssClass(), direction.label());
	}

	/** Direction of travel. */
	enum Direction {

		IMPROVING("Improving"), WORSENING("Getting worse"), NO_CHANGE("No change"), UNKNOWN("Not known");

		private final String label;

		Direction(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

	}

	/** One period of an indicator's history. */
	record HistoryRow(String period, LocalDate date, @Nullable BigDecimal actual, @Nullable BigDecimal expected,
			Rag rag, String ragLabel, String ragClass) {

		HistoryRow(String period, LocalDate date, @Nullable BigDecimal actual, @Nullable BigDecimal expected, Rag rag) {
			this(period, date, actual, expected, rag, rag.label(), rag.getCssClass());
		}

	}

}
