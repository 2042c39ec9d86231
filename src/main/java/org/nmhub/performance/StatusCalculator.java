package org.nmhub.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.performance.IndicatorStatus.Direction;
import org.nmhub.performance.IndicatorStatus.HistoryRow;

/**
 * RAG status of an indicator from its actuals against the trajectory: a straight line
 * from the baseline to each target in turn (the last target's value after its date). An
 * actual on or better than the trajectory is green; short of it by no more than the
 * tolerance (a percentage of the trajectory's value) amber; further short red. Without a
 * baseline, a target or an actual the status is missing, saying which.
 */
final class StatusCalculator {

	private static final MathContext MATH = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private StatusCalculator() {
	}

	/** A period the indicator is due for, with its approved actual if there is one. */
	record Due(String label, LocalDate endsOn, @Nullable BigDecimal actual) {

	}

	static IndicatorStatus status(TargetPolarity polarity, @Nullable Point baseline, List<Point> targets,
			List<Due> periods, BigDecimal tolerancePct) {
		List<Point> sortedTargets = targets.stream().sorted(Comparator.comparing(Point::date)).toList();
		List<Due> sorted = periods.stream().sorted(Comparator.comparing(Due::endsOn)).toList();
		List<Point> actuals = sorted.stream()
			.filter(d -> d.actual() != null)
			.map(d -> new Point(d.endsOn(), d.actual(), d.label()))
			.toList();
		List<String> missing = sorted.stream().filter(d -> d.actual() == null).map(Due::label).toList();
		Point latest = actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
		Point finalTarget = sortedTargets.isEmpty() ? null : sortedTargets.get(sortedTargets.size() - 1);
		Direction direction = direction(polarity, actuals);
		List<HistoryRow> history = new ArrayList<>();
		for (Due d : sorted) {
			BigDecimal expected = expected(baseline, sortedTargets, d.endsOn());
			Rag rag = d.actual() == null || expected == null ? Rag.MISSING
					: rag(polarity, d.actual(), expected, tolerancePct);
			history.add(new HistoryRow(d.label(), d.endsOn(), d.actual(), expected, rag));
		}
		BigDecimal forecast = finalTarget == null ? null : forecast(baseline, actuals, finalTarget.date());
		Boolean onCourse = forecast == null ? null : better(polarity, forecast, finalTarget.value()) >= 0;
		if (baseline == null) {
			return IndicatorStatus.of(Rag.MISSING, "No baseline, so there is no trajectory to judge against", latest,
					null, direction, forecast, finalTarget, onCourse, false, missing, history);
		}
		if (finalTarget == null) {
			return IndicatorStatus.of(Rag.MISSING, "No target has been set", latest, null, direction, null, null, null,
					false, missing, history);
		}
		if (latest == null) {
			return IndicatorStatus.of(Rag.MISSING, "No approved actual yet", null, null, direction, null, finalTarget,
					null, false, missing, history);
		}
		BigDecimal expected = expected(baseline, sortedTargets, latest.date());
		boolean metEarly = latest.date().isBefore(finalTarget.date())
				&& better(polarity, latest.value(), finalTarget.value()) >= 0;
		Rag rag = rag(polarity, latest.value(), expected, tolerancePct);
		String reason = metEarly ? "The final target is already met, before its date" : switch (rag) {
			case GREEN -> "On or better than the trajectory";
			case AMBER -> "Short of the trajectory, within the tolerance of "
					+ tolerancePct.stripTrailingZeros().toPlainString() + "%";
			default -> "Short of the trajectory by more than the tolerance of "
					+ tolerancePct.stripTrailingZeros().toPlainString() + "%";
		};
		if (!missing.isEmpty() && missing.get(missing.size() - 1).equals(sorted.get(sorted.size() - 1).label())) {
			reason += "; the latest period's actual is missing (status from " + latest.label() + ")";
		}
		return IndicatorStatus.of(rag, reason, latest, expected, direction, forecast, finalTarget, onCourse, metEarly,
				missing, history);
	}

	/**
	 * How much better {@code a} is than {@code b}: positive when better, given the
	 * polarity.
	 */
	static int better(TargetPolarity polarity, BigDecimal a, BigDecimal b) {
		return a.compareTo(b) * polarity.sign();
	}

	static Rag rag(TargetPolarity polarity, BigDecimal actual, BigDecimal expected, BigDecimal tolerancePct) {
		if (better(polarity, actual, expected) >= 0) {
			return Rag.GREEN;
		}
		BigDecimal shortfall = actual.subtract(expected).abs();
		BigDecimal allowed = expected.abs().multiply(tolerancePct).divide(HUNDRED, MATH);
		return shortfall.compareTo(allowed) <= 0 ? Rag.AMBER : Rag.RED;
	}

	/** The trajectory's value at a date, or null without a baseline or target. */
	static @Nullable BigDecimal expected(@Nullable Point baseline, List<Point> targets, LocalDate date) {
		if (baseline == null || targets.isEmpty()) {
			return null;
		}
		Point from = baseline;
		for (Point to : targets) {
			if (!date.isAfter(to.date())) {
				return interpolate(from, to, date);
			}
			from = to;
		}
		return from.value();
	}

	private static BigDecimal interpolate(Point from, Point to, LocalDate date) {
		if (!date.isAfter(from.date())) {
			return from.value();
		}
		long span = ChronoUnit.DAYS.between(from.date(), to.date());
		if (span <= 0) {
			return to.value();
		}
		BigDecimal fraction = BigDecimal.valueOf(ChronoUnit.DAYS.between(from.date(), date))
			.divide(BigDecimal.valueOf(span), MATH);
		return from.value()
			.add(to.value().subtract(from.value()).multiply(fraction, MATH))
			.setScale(4, RoundingMode.HALF_UP);
	}

	private static Direction direction(TargetPolarity polarity, List<Point> actuals) {
		if (actuals.size() < 2) {
			return Direction.UNKNOWN;
		}
		int change = better(polarity, actuals.get(actuals.size() - 1).value(), actuals.get(actuals.size() - 2).value());
		return change > 0 ? Direction.IMPROVING : change < 0 ? Direction.WORSENING : Direction.NO_CHANGE;
	}

	/**
	 * The least-squares line through the actuals (and the baseline, when there is one)
	 * carried to the target date; null with fewer than two points.
	 */
	static @Nullable BigDecimal forecast(@Nullable Point baseline, List<Point> actuals, LocalDate targetDate) {
		List<Point> points = new ArrayList<>(actuals);
		if (baseline != null) {
			points.add(0, baseline);
		}
		if (points.size() < 2) {
			return null;
		}
		LocalDate origin = points.get(0).date();
		double n = points.size();
		double sx = 0;
		double sy = 0;
		double sxx = 0;
		double sxy = 0;
		for (Point p : points) {
			double x = ChronoUnit.DAYS.between(origin, p.date());
			double y = p.value().doubleValue();
			sx += x;
			sy += y;
			sxx += x * x;
			sxy += x * y;
		}
		double denominator = n * sxx - sx * sx;
		if (denominator == 0) {
			return null;
		}
		double slope = (n * sxy - sx * sy) / denominator;
		double intercept = (sy - slope * sx) / n;
		double atTarget = intercept + slope * ChronoUnit.DAYS.between(origin, targetDate);
		return BigDecimal.valueOf(atTarget).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Rolls children's RAG up: worst of them, or their weighted mean score (green 2,
	 * amber 1, red 0; 1.5 or more green, 0.75 or more amber, otherwise red). Missing
	 * children are left out; all missing is missing.
	 */
	static Rag rollUp(List<Rag> rags, List<BigDecimal> weights, Rollup method) {
		double total = 0;
		double weight = 0;
		Rag worst = null;
		for (int i = 0; i < rags.size(); i++) {
			Rag rag = rags.get(i);
			if (rag == Rag.MISSING) {
				continue;
			}
			if (worst == null || rag.score() < worst.score()) {
				worst = rag;
			}
			double w = weights.get(i).doubleValue();
			total += rag.score() * w;
			weight += w;
		}
		if (worst == null) {
			return Rag.MISSING;
		}
		if (method == Rollup.WORST || weight == 0) {
			return worst;
		}
		double mean = total / weight;
		return mean >= 1.5 ? Rag.GREEN : mean >= 0.75 ? Rag.AMBER : Rag.RED;
	}

	/** How indicators roll up to outcomes and blocks. */
	enum Rollup {

		WORST("Worst of its indicators"), WEIGHTED("Weighted mean of its indicators (green 2, amber 1, red 0)");

		private final String label;

		Rollup(String label) {
			this.label = label;
		}

		String getLabel() {
			return label;
		}

	}

}
