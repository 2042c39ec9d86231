package org.nmhub.dashboards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;
import org.nmhub.dashboards.Dashboard.Rag;
import org.nmhub.dashboards.Dashboard.Row;
import org.nmhub.dashboards.Dashboard.Scope;
import org.nmhub.dashboards.DashboardQueries.Figures;
import org.nmhub.dashboards.DashboardQueries.Level;
import org.nmhub.dashboards.DashboardQueries.PastReview;
import org.nmhub.performance.Framework;
import org.nmhub.performance.LaaPosition;
import org.nmhub.shared.Audited;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Builds the partnership, district and neighbourhood dashboards. The counting is done by
 * PostgreSQL in one query per partnership ({@link DashboardQueries}); the result, with
 * the LAA position, map and charts, is kept for a short time
 * ({@code nmhub.dashboards.fresh-for}, 30 seconds by default) and dropped at once on this
 * instance when anything of the partnership is written (every write publishes an
 * {@link Audited} event). Another instance shows the change within the same short time
 * (ADR 0026). Each dashboard is built by one request at a time; once its time runs out,
 * one request builds it again while the others go on showing the kept one (for at most
 * another such time), so fifty waiting members do not build it fifty times.
 */
@Service
class Dashboards {

	private final DashboardQueries queries;

	private final Framework framework;

	private final NeighbourhoodShapes shapes;

	private final Clock clock;

	private final Duration freshFor;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	/** The keys being built again after their time ran out. */
	private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

	/**
	 * Locks so that each key is built by one request at a time, not by every waiting one.
	 */
	private final Object[] stripes = new Object[32];

	/**
	 * Counts writes, so that a dashboard built while something was written is not kept.
	 */
	private final AtomicLong writes = new AtomicLong();

	Dashboards(DashboardQueries queries, Framework framework, NeighbourhoodShapes shapes, Optional<Clock> clock,
			@Value("${nmhub.dashboards.fresh-for:30s}") Duration freshFor) {
		this.queries = queries;
		this.framework = framework;
		this.shapes = shapes;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.freshFor = freshFor;
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new Object();
		}
	}

	private record Kept(Dashboard dashboard, Instant until) {
	}

	/**
	 * The dashboard of a scope, or empty when the district or neighbourhood is not the
	 * partnership's.
	 * @param gaps the gap directions by neighbourhood id (asked for only when the
	 * dashboard is computed), or null for a dashboard without them (as in a board pack,
	 * made with no user to see the profiles as)
	 */
	Optional<Dashboard> dashboard(PartnershipId partnership, String partnershipName, Scope scope,
			@Nullable Supplier<Map<Long, GapDirections.Gap>> gaps) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		String key = partnership.value() + "|" + scope.level() + "|" + scope.key() + "|" + today + "|" + (gaps != null);
		Kept k = kept.get(key);
		if (k != null && k.until().isAfter(now)) {
			return Optional.of(k.dashboard());
		}
		boolean refresher = false;
		if (k != null && k.until().plus(freshFor).isAfter(now)) {
			refresher = refreshing.add(key);
			if (!refresher) {
				// Out of date by less than its own lifetime, and already being built
				// again by
				// another request: this one shows the kept dashboard rather than queue
				// for it.
				return Optional.of(k.dashboard());
			}
		}
		try {
			synchronized (stripes[Math.floorMod(key.hashCode(), stripes.length)]) {
				// Built once per key at a time: whoever waited here takes what the first
				// built.
				Kept again = kept.get(key);
				if (again != null && again != k && again.until().isAfter(clock.instant())) {
					return Optional.of(again.dashboard());
				}
				long generation = writes.get();
				Optional<Dashboard> built = build(partnership, partnershipName, scope,
						gaps == null ? Map.of() : gaps.get(), today, now);
				// Kept only if nothing of any partnership was written meanwhile (else the
				// next
				// request builds it again from what was written).
				built.ifPresent(d -> {
					if (writes.get() == generation) {
						kept.put(key, new Kept(d, clock.instant().plus(freshFor)));
					}
				});
				return built;
			}
		}
		finally {
			if (refresher) {
				refreshing.remove(key);
			}
		}
	}

	/** Forgets this partnership's dashboards when anything of it is written. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(Audited event) {
		writes.incrementAndGet();
		Long partnership = event.change().partnershipId();
		if (partnership == null) {
			kept.clear();
		}
		else {
			kept.keySet().removeIf(key -> key.startsWith(partnership + "|"));
		}
	}

	void forgetAll() {
		writes.incrementAndGet();
		kept.clear();
	}

	private Optional<Dashboard> build(PartnershipId partnership, String partnershipName, Scope scope,
			Map<Long, GapDirections.Gap> gaps, LocalDate today, Instant now) {
		long p = partnership.value();
		List<Figures> figures = queries.figures(p, today);
		Figures total;
		List<Figures> parts;
		List<Figures> inScope;
		String title;
		switch (scope.level()) {
			case DISTRICT -> {
				Optional<Figures> district = figures.stream()
					.filter(f -> f.level() == Level.DISTRICT && scope.key().equals(f.districtCode()))
					.findFirst();
				if (district.isEmpty()) {
					return Optional.empty();
				}
				total = district.get();
				parts = figures.stream()
					.filter(f -> f.level() == Level.NEIGHBOURHOOD && scope.key().equals(f.districtCode()))
					.toList();
				inScope = parts;
				title = total.districtName() + " dashboard";
			}
			case NEIGHBOURHOOD -> {
				Optional<Figures> neighbourhood = figures.stream()
					.filter(f -> f.level() == Level.NEIGHBOURHOOD && scope.key().equals(f.key()))
					.findFirst();
				if (neighbourhood.isEmpty()) {
					return Optional.empty();
				}
				total = neighbourhood.get();
				parts = List.of(total);
				inScope = parts;
				title = total.name() + " dashboard";
			}
			default -> {
				total = figures.stream().filter(f -> f.level() == Level.PARTNERSHIP).findFirst().orElseThrow();
				parts = figures.stream().filter(f -> f.level() == Level.DISTRICT).toList();
				inScope = figures.stream().filter(f -> f.level() == Level.NEIGHBOURHOOD).toList();
				title = partnershipName + " dashboard";
			}
		}
		List<Row> rows = parts.stream().map(f -> row(f, gaps)).toList();
		List<Row> neighbourhoods = inScope.stream().map(f -> row(f, gaps)).toList();
		Map<Long, Row> byId = neighbourhoods.stream()
			.collect(Collectors.toMap(r -> r.figures().neighbourhoodId(), Function.identity(), (a, b) -> a,
					LinkedHashMap::new));
		LaaPosition laa = scope.level() == Scope.Level.PARTNERSHIP ? framework.position(p, today)
				: LaaPosition.none(today);
		List<DashboardQueries.OverdueAction> overdue = queries.overdueActions(p, today)
			.stream()
			.filter(a -> switch (scope.level()) {
				case DISTRICT -> scope.key().equals(a.districtCode());
				case NEIGHBOURHOOD -> scope.key().equals(a.neighbourhoodKey());
				default -> true;
			})
			.toList();
		long pastReview = queries.personalPastReview(p, today).stream().filter(r -> switch (scope.level()) {
			case DISTRICT -> scope.key().equals(r.districtCode());
			case NEIGHBOURHOOD -> scope.key().equals(r.neighbourhoodKey());
			default -> true;
		}).mapToLong(PastReview::items).sum();
		String map = DashboardCharts.map("dashboard-map",
				"Map of " + title.replace(" dashboard", "") + "'s neighbourhoods by plan delivery RAG",
				shapes.shapes(partnership).stream().filter(s -> byId.containsKey(s.neighbourhood().id())).toList(),
				byId, scope.level() == Scope.Level.NEIGHBOURHOOD ? 400 : 640);
		return Optional.of(new Dashboard(scope, title, today, LocalDateTime.ofInstant(now, clock.getZone()), total,
				rows, neighbourhoods, laa, overdue, pastReview, map, DashboardCharts.delivery("delivery-chart", rows),
				DashboardCharts.laa("laa-chart", laa), "IMD score"));
	}

	private static Row row(Figures f, Map<Long, GapDirections.Gap> gaps) {
		boolean neighbourhood = f.level() == Level.NEIGHBOURHOOD;
		String label = neighbourhood ? f.name() : f.districtName();
		String link = neighbourhood ? "neighbourhoods/" + f.key() : "districts/" + f.districtCode();
		return new Row(f, label == null ? "" : label, link, Rag.of(f.ragScore()),
				neighbourhood ? gaps.getOrDefault(f.neighbourhoodId(), GapDirections.Gap.UNKNOWN) : null);
	}

}
