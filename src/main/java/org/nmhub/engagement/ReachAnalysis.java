package org.nmhub.engagement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.indicators.NeighbourhoodProfile;
import org.nmhub.indicators.NeighbourhoodProfiles;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;

import org.springframework.stereotype.Service;

/**
 * Builds the reach analysis from the SQL aggregates and, where the Indices of Deprivation
 * 2019 population denominators are imported, the population by age band of the
 * neighbourhood (its LSOAs carried to 2011 by the indicators module) or the partnership.
 */
@Service
class ReachAnalysis {

	static final String POPULATION_EDITION = "iod2019";

	/** Reach below this share of the population's share counts as under-reached. */
	static final BigDecimal UNDER_REACHED_RATIO = new BigDecimal("0.8");

	private final ReachQueries queries;

	private final ActivityRepository activities;

	private final NeighbourhoodProfiles profiles;

	private final Places places;

	ReachAnalysis(ReachQueries queries, ActivityRepository activities, NeighbourhoodProfiles profiles, Places places) {
		this.queries = queries;
		this.activities = activities;
		this.profiles = profiles;
		this.places = places;
	}

	Reach analyse(PartnershipContext context, @Nullable NeighbourhoodRef neighbourhood, ReachQueries.Filter filter) {
		ReachQueries.Totals totals = queries.totals(filter);
		List<RarelyHeardGroup> groups = activities.groups(context.partnershipId());
		Map<String, Long> counted = new HashMap<>();
		queries.categories(filter).forEach(c -> counted.put(c.dimension() + "/" + c.category(), c.people()));
		Population population = population(context, neighbourhood);

		List<Reach.Row> rows = new ArrayList<>();
		List<String> underReached = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		List<String> columnKeys = new ArrayList<>();
		for (ReachDimension dimension : ReachDimension.values()) {
			List<ReachDimension.Category> categories = categories(dimension, groups);
			long dimensionTotal = categories.stream()
				.mapToLong(c -> counted.getOrDefault(dimension + "/" + c.key(), 0L))
				.sum();
			for (ReachDimension.Category category : categories) {
				long people = counted.getOrDefault(dimension + "/" + category.key(), 0L);
				columns.add(category.label());
				columnKeys.add(dimension + "/" + category.key());
				BigDecimal share;
				if (dimension == ReachDimension.GROUP) {
					share = percent(people, totals.attending());
				}
				else {
					share = dimensionTotal == 0 ? null : percent(people, dimensionTotal);
				}
				BigDecimal populationShare = category.populationIndicator() == null ? null
						: population.share(category.populationIndicator());
				String status = status(dimension, people, dimensionTotal, totals.activities(), share, populationShare);
				Reach.Row row = new Reach.Row(dimension.label(), category.label(), people, share, populationShare,
						status);
				rows.add(row);
				if (row.isUnderReached()) {
					underReached.add(category.label());
				}
			}
		}

		Map<EngagementMethod, Map<String, Long>> byMethod = new HashMap<>();
		queries.methodCategories(filter)
			.forEach(m -> byMethod.computeIfAbsent(m.method(), k -> new HashMap<>())
				.put(m.dimension() + "/" + m.category(), m.people()));
		List<Reach.MethodRow> methods = queries.methods(filter)
			.stream()
			.sorted(java.util.Comparator.comparing(ReachQueries.MethodTotal::method))
			.map(m -> new Reach.MethodRow(m.method().label(), m.activities(), m.attending(),
					columnKeys.stream()
						.map(k -> byMethod.getOrDefault(m.method(), Map.of()).getOrDefault(k, 0L))
						.toList()))
			.toList();

		Map<EngagementLevel, ReachQueries.LevelTotal> levels = new HashMap<>();
		queries.levels(filter).forEach(l -> levels.put(l.level(), l));
		List<Reach.LevelRow> ladder = new ArrayList<>();
		int lower = 0;
		for (EngagementLevel level : EngagementLevel.values()) {
			ReachQueries.LevelTotal total = levels.getOrDefault(level, new ReachQueries.LevelTotal(level, 0, 0));
			ladder.add(new Reach.LevelRow(level.label(), level.meaning(), total.activities(), total.attending(),
					Optional.ofNullable(percent(total.activities(), totals.activities())).orElse(BigDecimal.ZERO)));
			if (level.isInformOrConsult()) {
				lower += total.activities();
			}
		}
		return new Reach(neighbourhood == null ? "All neighbourhoods" : neighbourhood.name(), filter.from(),
				filter.to(), totals.activities(), totals.attending(), population.note(), rows, underReached, columns,
				methods, ladder, percent(lower, totals.activities()));
	}

	static List<ReachDimension.Category> categories(ReachDimension dimension, List<RarelyHeardGroup> groups) {
		return dimension == ReachDimension.GROUP
				? groups.stream().map(g -> new ReachDimension.Category(g.key(), g.name(), null)).toList()
				: dimension.categories();
	}

	static String status(ReachDimension dimension, long people, long dimensionTotal, int activities,
			@Nullable BigDecimal share, @Nullable BigDecimal populationShare) {
		if (activities == 0) {
			return Reach.NOT_RECORDED;
		}
		if (dimension != ReachDimension.GROUP && dimensionTotal == 0) {
			return Reach.NOT_RECORDED;
		}
		if (people == 0) {
			return Reach.NOT_REACHED;
		}
		if (share == null || populationShare == null) {
			return Reach.NOT_COMPARED;
		}
		return share.compareTo(populationShare.multiply(UNDER_REACHED_RATIO)) < 0 ? Reach.UNDER_REACHED
				: Reach.IN_PROPORTION;
	}

	static @Nullable BigDecimal percent(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/** The population by indicator key, with where it comes from. */
	record Population(Map<String, BigDecimal> counts, String note) {

		@Nullable BigDecimal share(String indicator) {
			BigDecimal total = counts.get("population_total");
			BigDecimal part = counts.get(indicator);
			if (total == null || part == null || total.signum() == 0) {
				return null;
			}
			return part.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
		}

	}

	private Population population(PartnershipContext context, @Nullable NeighbourhoodRef neighbourhood) {
		List<NeighbourhoodRef> candidates = neighbourhood != null ? List.of(neighbourhood)
				: places.neighbourhoods(context.partnershipId());
		for (NeighbourhoodRef candidate : candidates) {
			Optional<NeighbourhoodProfile> profile = profiles.profile(context, candidate, POPULATION_EDITION);
			if (profile.isEmpty()) {
				continue;
			}
			Map<String, BigDecimal> counts = new HashMap<>();
			for (NeighbourhoodProfile.Row row : profile.get().rows()) {
				BigDecimal total = neighbourhood != null ? row.neighbourhood().total() : row.partnership().total();
				if (row.indicator().key().startsWith("population_") && total != null) {
					counts.put(row.indicator().key(), total);
				}
			}
			if (!counts.containsKey("population_total")) {
				continue;
			}
			String where = neighbourhood != null ? neighbourhood.name() + " (" + profile.get().lsoaCodes().size()
					+ " LSOAs of 2011; " + profile.get().areaNote() + ")"
					: "the whole of " + context.partnership().name();
			return new Population(counts,
					"Population by age: Indices of Deprivation 2019 population denominators (mid-2015, excluding prisoners), "
							+ String.format("%,d", counts.get("population_total").longValue()) + " people in " + where
							+ ". No population figures by sex, ethnic group or disability are loaded.");
		}
		return new Population(Map.of(),
				"No population figures are loaded for this area (import the Indices of Deprivation 2019 population "
						+ "denominators, File 6), so reach is not compared with who lives there.");
	}

}
