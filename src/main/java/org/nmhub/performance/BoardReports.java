package org.nmhub.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.indicators.IndicatorDataset;
import org.nmhub.indicators.NeighbourhoodProfile;
import org.nmhub.indicators.NeighbourhoodProfiles;
import org.nmhub.indicators.Polarity;
import org.nmhub.indicators.ScopeSummary;
import org.nmhub.places.Designation;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.performance.BoardReport.Contribution;
import org.nmhub.performance.BoardReport.Gap;
import org.nmhub.performance.BoardReport.RewardAtRisk;
import org.nmhub.performance.DeliveryRepository.Risk;
import org.nmhub.performance.ReviewRepository.Review;
import org.nmhub.performance.Statuses.IndicatorRow;
import org.nmhub.performance.Statuses.VersionStatus;
import org.nmhub.performance.Views.Version;

import org.springframework.stereotype.Service;

/**
 * Builds a review's board report from the framework, approved returns, the delivery plan
 * and, for LAA indicators measured by neighbourhood, the indicators module's
 * neighbourhood profiles.
 */
@Service
class BoardReports {

	private final FrameworkRepository framework;

	private final FrameworkQueries queries;

	private final Statuses statuses;

	private final DeliveryRepository delivery;

	private final ReviewRepository reviews;

	private final Places places;

	private final NeighbourhoodProfiles profiles;

	BoardReports(FrameworkRepository framework, FrameworkQueries queries, Statuses statuses,
			DeliveryRepository delivery, ReviewRepository reviews, Places places, NeighbourhoodProfiles profiles) {
		this.framework = framework;
		this.queries = queries;
		this.statuses = statuses;
		this.delivery = delivery;
		this.reviews = reviews;
		this.places = places;
		this.profiles = profiles;
	}

	BoardReport report(PartnershipContext context, Review review) {
		long p = context.partnershipId().value();
		Version version = framework.version(p, review.versionId()).orElseThrow(Lookup::notFound);
		VersionStatus status = statuses.of(p, version, review.heldOn());
		List<IndicatorRow> rows = status.indicators();
		List<IndicatorRow> exceptions = rows.stream()
			.filter(r -> r.status().rag() == Rag.RED || r.status().rag() == Rag.AMBER)
			.sorted(Comparator.comparingInt(r -> r.status().rag().score()))
			.toList();
		List<IndicatorRow> gaps = rows.stream().filter(r -> r.status().rag() == Rag.MISSING).toList();
		List<Risk> risks = delivery.risks(p, version.id());
		return new BoardReport(review, version, context.partnership().name(), status, count(rows, Rag.GREEN),
				count(rows, Rag.AMBER), count(rows, Rag.RED), gaps.size(), exceptions, gaps,
				delivery.milestones(p, version.id()).stream().filter(m -> m.missedBy(review.heldOn())).toList(),
				risks.stream().filter(r -> r.score() != null && r.score() > review.riskAppetite()).toList(),
				risks.stream().filter(r -> r.score() == null).toList(), rewardsAtRisk(p, version, rows),
				neighbourhoods(context, review, rows), reviews.decisions(p, review.id()));
	}

	private static long count(List<IndicatorRow> rows, Rag rag) {
		return rows.stream().filter(r -> r.status().rag() == rag).count();
	}

	private List<RewardAtRisk> rewardsAtRisk(long p, Version version, List<IndicatorRow> rows) {
		List<RewardAtRisk> atRisk = new ArrayList<>();
		for (StretchTarget t : queries.stretchTargets(p, version.id())) {
			RewardPosition position = Framework.position(t);
			Rag rag = rows.stream()
				.filter(r -> t.indicatorId() != null && r.indicator().id() == t.indicatorId())
				.map(r -> r.status().rag())
				.findFirst()
				.orElse(Rag.MISSING);
			String why;
			if (position.shareAchieved() == null) {
				why = t.stretchTarget() == null ? "No stretch target recorded, so progress cannot be judged"
						: "No approved actual yet, so progress cannot be judged";
			}
			else if (position.shareAchieved()
				.multiply(BigDecimal.valueOf(100))
				.compareTo(t.rule().minimumThresholdPct()) < 0 || position.shareAchieved().signum() == 0) {
				why = "Below the minimum share of the stretch: no reward at this level";
			}
			else if (rag == Rag.RED || rag == Rag.AMBER) {
				why = "The indicator is " + rag.label().toLowerCase() + " against its trajectory";
			}
			else if (position.shareAchieved().compareTo(BigDecimal.ONE) < 0) {
				why = "Part of the stretch achieved so far";
			}
			else {
				continue;
			}
			atRisk.add(new RewardAtRisk(t.code(), t.title(), position.maximumReward(), position.shareAchieved(),
					position.expectedReward(), why));
		}
		return atRisk;
	}

	/**
	 * For each LAA indicator measured by an NM Hub neighbourhood indicator, each priority
	 * neighbourhood's gap to the partnership in the earliest and the latest edition that
	 * has it.
	 */
	private BoardReport.Neighbourhoods neighbourhoods(PartnershipContext context, Review review,
			List<IndicatorRow> rows) {
		List<String> notes = new ArrayList<>();
		List<IndicatorRow> mapped = rows.stream().filter(r -> r.indicator().neighbourhoodIndicator() != null).toList();
		Optional<Designation> designation = places.designations(context.partnershipId())
			.stream()
			.filter(d -> !d.designatedOn().isAfter(review.heldOn()))
			.max(Comparator.comparing(Designation::designatedOn));
		if (designation.isEmpty()) {
			notes.add("No designation of priority neighbourhoods was in force on the review date.");
			return new BoardReport.Neighbourhoods("none", List.of(), notes);
		}
		if (mapped.isEmpty()) {
			notes.add("No LAA indicator is yet mapped to an NM Hub indicator measured by neighbourhood: set the "
					+ "neighbourhood measure on an indicator to show each priority neighbourhood's contribution.");
			return new BoardReport.Neighbourhoods(designation.get().name(), List.of(), notes);
		}
		List<IndicatorDataset> editions = new ArrayList<>(profiles.editions());
		editions.sort(Comparator.comparingInt(IndicatorDataset::edition));
		List<Contribution> contributions = new ArrayList<>();
		List<NeighbourhoodRef> neighbourhoods = designation.get().neighbourhoods();
		for (IndicatorRow row : mapped) {
			String key = row.indicator().neighbourhoodIndicator();
			List<IndicatorDataset> having = neighbourhoods.isEmpty() ? List.of()
					: editions.stream()
						.filter(e -> profiles.profile(context, neighbourhoods.get(0), e.key())
							.map(pr -> find(pr, key) != null)
							.orElse(false))
						.toList();
			if (having.size() < 2) {
				notes.add(row.indicator().code() + ": the NM Hub indicator " + key
						+ " is imported for fewer than two editions, so no trend can be shown.");
				continue;
			}
			IndicatorDataset earliest = having.get(0);
			IndicatorDataset latest = having.get(having.size() - 1);
			String measure = key;
			List<Gap> gaps = new ArrayList<>();
			for (NeighbourhoodRef n : neighbourhoods) {
				Optional<NeighbourhoodProfile> first = profiles.profile(context, n, earliest.key());
				Optional<NeighbourhoodProfile> last = profiles.profile(context, n, latest.key());
				BigDecimal before = first.map(pr -> gap(find(pr, key))).orElse(null);
				BigDecimal after = last.map(pr -> gap(find(pr, key))).orElse(null);
				Optional<NeighbourhoodProfile.Row> latestRow = last.map(pr -> find(pr, key));
				measure = latestRow.map(r -> r.indicator().name()).orElse(measure);
				int worse = latestRow.map(r -> r.indicator().polarity() == Polarity.LOWER_IS_WORSE ? -1 : 1).orElse(1);
				String trend = trend(before, after, worse);
				gaps.add(new Gap(n.name(), before, after, trend));
			}
			contributions.add(new Contribution(row.indicator().code() + " " + row.indicator().title(), measure,
					earliest.title(), latest.title(), gaps));
		}
		notes.add("Gap = the neighbourhood's figure minus the partnership's (population-weighted mean where the "
				+ "edition has denominators, otherwise the mean of its LSOAs).");
		return new BoardReport.Neighbourhoods(designation.get().name(), contributions, notes);
	}

	/**
	 * Whether a neighbourhood's gap to the partnership is narrowing, where it is worse
	 * off ({@code worse} is +1 when a higher figure is worse, -1 when lower is worse).
	 */
	static String trend(@Nullable BigDecimal before, @Nullable BigDecimal after, int worse) {
		if (before == null || after == null) {
			return "Not known";
		}
		BigDecimal was = before.multiply(BigDecimal.valueOf(worse));
		BigDecimal now = after.multiply(BigDecimal.valueOf(worse));
		if (now.signum() <= 0) {
			return "No gap: better than the partnership";
		}
		int change = now.compareTo(was);
		return change < 0 ? "Narrowing" : change > 0 ? "Widening" : "No change";
	}

	private static NeighbourhoodProfile.@Nullable Row find(NeighbourhoodProfile profile, String key) {
		return profile.rows().stream().filter(r -> r.indicator().key().equals(key)).findFirst().orElse(null);
	}

	private static @Nullable BigDecimal gap(NeighbourhoodProfile.@Nullable Row row) {
		if (row == null) {
			return null;
		}
		BigDecimal here = value(row.neighbourhood());
		BigDecimal there = value(row.partnership());
		return here == null || there == null ? null : here.subtract(there).setScale(3, RoundingMode.HALF_UP);
	}

	private static @Nullable BigDecimal value(ScopeSummary s) {
		return s.weightedMean() != null ? s.weightedMean() : s.mean();
	}

}
