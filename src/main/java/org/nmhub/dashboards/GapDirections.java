package org.nmhub.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.CurrentUser;
import org.nmhub.access.Membership;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Role;
import org.nmhub.indicators.IndicatorDataset;
import org.nmhub.indicators.NeighbourhoodProfile;
import org.nmhub.indicators.NeighbourhoodProfiles;
import org.nmhub.indicators.Polarity;
import org.nmhub.indicators.ScopeSummary;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;

import org.springframework.stereotype.Component;

/**
 * Whether each neighbourhood's gap to the partnership on the IMD score is narrowing: the
 * gap in the earliest imported edition against the gap in the latest, as the six-monthly
 * review computes it (gap = the neighbourhood's figure minus the partnership's). The
 * profiles behind it are costly, so the answers are kept under a key of the inputs (the
 * partnership's newest drawing and the editions imported).
 */
@Component
class GapDirections {

	static final String MEASURE = "imd_score";

	private final NeighbourhoodProfiles profiles;

	private final Places places;

	private final Map<String, Map<Long, Gap>> memo = java.util.Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Map<Long, Gap>> eldest) {
				return size() > 32;
			}
		});

	GapDirections(NeighbourhoodProfiles profiles, Places places) {
		this.profiles = profiles;
		this.places = places;
	}

	/** A neighbourhood's IMD score gap in two editions and which way it moved. */
	record Gap(@Nullable String from, @Nullable String to, @Nullable BigDecimal before, @Nullable BigDecimal after,
			String direction) {

		static final Gap UNKNOWN = new Gap(null, null, null, null, "Not known");

	}

	/**
	 * The gaps of the partnership's neighbourhoods. The profiles are worked out as the
	 * partnership itself, not as a user: they are built from published (public) figures
	 * only, the same for every member.
	 */
	Map<Long, Gap> gaps(PartnershipRef partnership) {
		Membership membership = new Membership(partnership, Role.ADMINISTRATOR, null, List.of());
		PartnershipContext context = new PartnershipContext(
				new CurrentUser(0, "nmhub@localhost", "NM Hub", 0, "NM Hub", false, List.of(membership)), membership);
		List<IndicatorDataset> editions = profiles.editions();
		String key = context.partnershipId().value() + "|" + places.areasVersion(context.partnershipId()) + "|"
				+ editions.stream().mapToLong(IndicatorDataset::id).max().orElse(0) + "|" + editions.size();
		Map<Long, Gap> gaps = memo.get(key);
		if (gaps == null) {
			gaps = compute(context, editions);
			memo.put(key, gaps);
		}
		return gaps;
	}

	private Map<Long, Gap> compute(PartnershipContext context, List<IndicatorDataset> newestFirst) {
		Map<Long, Gap> gaps = new LinkedHashMap<>();
		for (NeighbourhoodRef n : places.neighbourhoods(context.partnershipId())) {
			if (newestFirst.size() < 2) {
				gaps.put(n.id(), Gap.UNKNOWN);
				continue;
			}
			IndicatorDataset latest = newestFirst.get(0);
			IndicatorDataset earliest = newestFirst.get(newestFirst.size() - 1);
			Optional<NeighbourhoodProfile.Row> first = row(context, n, earliest);
			Optional<NeighbourhoodProfile.Row> last = row(context, n, latest);
			BigDecimal before = first.map(GapDirections::gap).orElse(null);
			BigDecimal after = last.map(GapDirections::gap).orElse(null);
			int worse = last.map(r -> r.indicator().polarity() == Polarity.LOWER_IS_WORSE ? -1 : 1).orElse(1);
			gaps.put(n.id(), new Gap(earliest.title(), latest.title(), before, after, direction(before, after, worse)));
		}
		return Map.copyOf(gaps);
	}

	private Optional<NeighbourhoodProfile.Row> row(PartnershipContext context, NeighbourhoodRef n,
			IndicatorDataset edition) {
		return profiles.profile(context, n, edition.key())
			.flatMap(p -> p.rows().stream().filter(r -> r.indicator().key().equals(MEASURE)).findFirst());
	}

	/**
	 * Narrowing when the neighbourhood is still worse off than the partnership but by
	 * less than before ({@code worse} is +1 when a higher figure is worse, -1 when lower
	 * is).
	 */
	static String direction(@Nullable BigDecimal before, @Nullable BigDecimal after, int worse) {
		if (before == null || after == null) {
			return "Not known";
		}
		BigDecimal was = before.multiply(BigDecimal.valueOf(worse));
		BigDecimal now = after.multiply(BigDecimal.valueOf(worse));
		if (now.signum() <= 0) {
			return "No gap";
		}
		int change = now.compareTo(was);
		return change < 0 ? "Narrowing" : change > 0 ? "Widening" : "No change";
	}

	private static @Nullable BigDecimal gap(NeighbourhoodProfile.Row row) {
		BigDecimal here = value(row.neighbourhood());
		BigDecimal there = value(row.partnership());
		return here == null || there == null ? null : here.subtract(there).setScale(2, RoundingMode.HALF_UP);
	}

	private static @Nullable BigDecimal value(ScopeSummary s) {
		return s.weightedMean() != null ? s.weightedMean() : s.mean();
	}

}
