package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The partnership's current Local Area Agreement framework, for other modules to read:
 * its outcomes, indicators and where each reward target stands. The current version is
 * the latest signed one (or the latest, when none is signed).
 */
@Service
public class Framework {

	private final FrameworkQueries queries;

	private final FrameworkRepository framework;

	private final Statuses statuses;

	private final Returns returns;

	private final DeliveryRepository delivery;

	Framework(FrameworkQueries queries, FrameworkRepository framework, Statuses statuses, Returns returns,
			DeliveryRepository delivery) {
		this.queries = queries;
		this.framework = framework;
		this.statuses = statuses;
		this.returns = returns;
		this.delivery = delivery;
	}

	/**
	 * The current version's indicators counted by RAG status as at a date, with the late
	 * returns and missed milestones on that date.
	 */
	public LaaPosition position(long partnershipId, LocalDate asAt) {
		return framework.currentVersion(partnershipId).map(v -> {
			List<Statuses.IndicatorRow> rows = statuses.of(partnershipId, v, asAt).indicators();
			long red = rows.stream().filter(r -> r.status().rag() == Rag.RED).count();
			long amber = rows.stream().filter(r -> r.status().rag() == Rag.AMBER).count();
			long green = rows.stream().filter(r -> r.status().rag() == Rag.GREEN).count();
			List<LaaPosition.Late> late = returns.late(partnershipId, v.id(), asAt)
				.stream()
				.map(l -> new LaaPosition.Late(l.indicatorCode(), l.indicatorTitle(), l.periodLabel(), l.dueOn(),
						l.state()))
				.toList();
			List<LaaPosition.Missed> missed = delivery.milestones(partnershipId, v.id())
				.stream()
				.filter(m -> m.missedBy(asAt))
				.map(m -> new LaaPosition.Missed(m.projectName(), m.title(), m.dueOn()))
				.toList();
			return new LaaPosition(v.name(), asAt, red, amber, green, rows.size() - red - amber - green, late, missed);
		}).orElseGet(() -> LaaPosition.none(asAt));
	}

	/** The current version's outcomes, by block and code. */
	public List<OutcomeSummary> outcomes(long partnershipId) {
		return queries.outcomes(partnershipId);
	}

	/** The current version's indicators, by code. */
	public List<IndicatorSummary> indicators(long partnershipId) {
		return queries.indicators(partnershipId);
	}

	/**
	 * Each reward target of the current version with its maximum reward, the share of the
	 * stretch its latest approved actual achieves and what the reward rule would pay for
	 * it (missing figures stay {@code null}).
	 */
	public List<RewardPosition> rewardPositions(long partnershipId) {
		return queries.stretchTargets(partnershipId).stream().map(Framework::position).toList();
	}

	static RewardPosition position(StretchTarget t) {
		@Nullable BigDecimal share = RewardRule.share(t.withoutStretch(), t.stretchTarget(), t.latestActual());
		return new RewardPosition(t.code(), t.title(), t.maximumReward(), share,
				t.rule().reward(t.maximumReward(), share));
	}

}
