package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nmhub.performance.StatusCalculator.Due;
import org.nmhub.performance.Views.Block;
import org.nmhub.performance.Views.Indicator;
import org.nmhub.performance.Views.Outcome;
import org.nmhub.performance.Views.Period;
import org.nmhub.performance.Views.Target;
import org.nmhub.performance.Views.Version;

import org.springframework.stereotype.Service;

/**
 * The RAG status of every indicator of a version as at a date, rolled up to outcomes and
 * blocks by the version's roll-up method.
 */
@Service
class Statuses {

	private final FrameworkRepository framework;

	private final ReturnRepository returns;

	Statuses(FrameworkRepository framework, ReturnRepository returns) {
		this.framework = framework;
		this.returns = returns;
	}

	record IndicatorRow(Indicator indicator, IndicatorStatus status, List<Target> targets) {

	}

	record OutcomeRow(Outcome outcome, Rag rag, List<IndicatorRow> indicators, String ragLabel, String ragClass) {

		OutcomeRow(Outcome outcome, Rag rag, List<IndicatorRow> indicators) {
			this(outcome, rag, indicators, rag.label(), rag.getCssClass());
		}

	}

	record BlockRow(Block block, Rag rag, List<OutcomeRow> outcomes, String ragLabel, String ragClass,
			long indicatorCount) {

		BlockRow(Block block, Rag rag, List<OutcomeRow> outcomes) {
			this(block, rag, outcomes, rag.label(), rag.getCssClass(),
					outcomes.stream().mapToLong(o -> o.indicators().size()).sum());
		}

	}

	/** The whole framework's status. */
	record VersionStatus(Version version, LocalDate asAt, List<BlockRow> blocks) {

		List<IndicatorRow> indicators() {
			return blocks.stream().flatMap(b -> b.outcomes().stream()).flatMap(o -> o.indicators().stream()).toList();
		}

	}

	VersionStatus of(long p, Version version, LocalDate asAt) {
		List<Indicator> indicators = framework.indicators(p, version.id());
		List<Target> targets = framework.targets(p, version.id());
		List<Period> periods = framework.periods(p, version.id())
			.stream()
			.filter(pe -> !pe.endsOn().isAfter(asAt))
			.toList();
		Map<Long, Map<Long, BigDecimal>> actuals = returns.approvedActuals(p, version.id());
		List<Outcome> outcomes = framework.outcomes(p, version.id());
		List<BlockRow> blocks = new ArrayList<>();
		for (Block block : framework.blocks(p, version.id())) {
			List<OutcomeRow> outcomeRows = new ArrayList<>();
			for (Outcome outcome : outcomes) {
				if (outcome.blockId() != block.id()) {
					continue;
				}
				List<IndicatorRow> rows = new ArrayList<>();
				for (Indicator i : indicators) {
					if (i.outcomeId() == outcome.id()) {
						rows.add(row(i, targets, periods, actuals.getOrDefault(i.id(), Map.of()), version));
					}
				}
				outcomeRows.add(
						new OutcomeRow(outcome,
								StatusCalculator.rollUp(rows.stream().map(r -> r.status().rag()).toList(),
										rows.stream().map(r -> r.indicator().weight()).toList(), version.rollup()),
								rows));
			}
			List<IndicatorRow> all = outcomeRows.stream().flatMap(o -> o.indicators().stream()).toList();
			blocks
				.add(new BlockRow(block,
						StatusCalculator.rollUp(all.stream().map(r -> r.status().rag()).toList(),
								all.stream().map(r -> r.indicator().weight()).toList(), version.rollup()),
						outcomeRows));
		}
		return new VersionStatus(version, asAt, blocks);
	}

	static IndicatorRow row(Indicator i, List<Target> allTargets, List<Period> periods, Map<Long, BigDecimal> actuals,
			Version version) {
		List<Target> targets = allTargets.stream().filter(t -> t.indicatorId() == i.id()).toList();
		Frequency frequency = Frequency.valueOf(i.frequency());
		List<Due> due = periods.stream()
			.filter(pe -> frequency.dueFor(pe.endsOn()))
			.map(pe -> new Due(pe.label(), pe.endsOn(), actuals.get(pe.id())))
			.toList();
		IndicatorStatus status = StatusCalculator.status(i.polarity(), i.baseline(),
				targets.stream().map(t -> new Point(t.date(), t.value())).toList(), due, version.amberTolerancePct());
		return new IndicatorRow(i, status, targets);
	}

}
