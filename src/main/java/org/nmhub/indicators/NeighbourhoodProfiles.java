package org.nmhub.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.places.District;
import org.nmhub.places.Geography;
import org.nmhub.places.LsoaRef;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.NeighbourhoodVersion;
import org.nmhub.places.Places;
import org.nmhub.shared.LsoaVintage;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Neighbourhood profiles: every indicator of an edition aggregated correctly over the
 * neighbourhood's LSOAs, beside its district, partnership and England. All aggregation is
 * done in SQL; England's figures are computed once per import.
 */
@Service
public class NeighbourhoodProfiles {

	private final Indicators indicators;

	private final ProfileQueries queries;

	private final Places places;

	private final Geography geography;

	/**
	 * District and partnership summaries: the same for every neighbourhood until an
	 * import.
	 */
	private final Memo<Map<String, ScopeSummary>> areaSummaries = new Memo<>(256);

	private final LocalRepository local;

	NeighbourhoodProfiles(Indicators indicators, ProfileQueries queries, Places places, Geography geography,
			LocalRepository local) {
		this.indicators = indicators;
		this.queries = queries;
		this.places = places;
		this.geography = geography;
		this.local = local;
	}

	/**
	 * A key naming the state of everything a profile or evidence map is made from: the
	 * imported datasets, the partnership's neighbourhood areas and the reference
	 * geography.
	 */
	String dataVersion(PartnershipContext context) {
		return queries.dataVersion(context.partnershipId().value());
	}

	/**
	 * The partnership's own indicators for a neighbourhood: each dataset's latest period,
	 * with the neighbourhood's figure (summed for counts, the mean of its LSOAs
	 * otherwise) beside the partnership's, all aggregated in SQL.
	 */
	public List<LocalFigure> localFigures(PartnershipContext context, NeighbourhoodRef neighbourhood) {
		List<NeighbourhoodVersion> versions = places.versions(context.partnershipId(), neighbourhood);
		List<LocalFigure> figures = new ArrayList<>();
		for (LocalDataset dataset : local.datasets(context.partnershipId().value())) {
			Optional<Area> area = area(versions, dataset.vintage());
			if (area.isEmpty()) {
				continue;
			}
			boolean sum = dataset.aggregation() == Aggregation.SUM;
			LocalRepository.AreaFigure here = local
				.figures(context.partnershipId().value(), dataset.id(), area.get().codes())
				.stream()
				.filter(f -> f.period().equals(dataset.lastPeriod()))
				.findFirst()
				.orElse(null);
			java.math.BigDecimal partnership = local.periodTotals(context.partnershipId().value(), dataset.id())
				.stream()
				.filter(t -> t.period().equals(dataset.lastPeriod()))
				.map(LocalRepository.PeriodTotal::total)
				.findFirst()
				.orElse(null);
			figures.add(new LocalFigure(dataset.id(), dataset.name(), dataset.lastPeriod(),
					here == null ? (sum ? "0" : "No data")
							: sum ? here.sum().toPlainString()
									: here.mean().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
					sum && partnership != null ? partnership.toPlainString() : "", dataset.publisher(),
					dataset.polarity()));
		}
		return figures;
	}

	/**
	 * One local indicator's latest figure for a neighbourhood, and the partnership's
	 * total.
	 */
	public record LocalFigure(long datasetId, String name, String period, String neighbourhood, String partnershipTotal,
			String publisher, Polarity polarity) {
	}

	/** The editions a profile can be made for, newest first. */
	public List<IndicatorDataset> editions() {
		return editions(indicators.datasets());
	}

	private static List<IndicatorDataset> editions(List<IndicatorDataset> datasets) {
		Map<String, IndicatorDataset> byKey = new java.util.LinkedHashMap<>();
		datasets.stream()
			.filter(d -> !d.partialCoverage())
			.sorted(Comparator.comparingInt(IndicatorDataset::edition).reversed())
			.forEach(d -> byKey.putIfAbsent(d.key(), d));
		return List.copyOf(byKey.values());
	}

	/**
	 * The profile of a neighbourhood for an edition, or empty when the neighbourhood has
	 * no area drawn in any vintage or the edition is not imported.
	 */
	public Optional<NeighbourhoodProfile> profile(PartnershipContext context, NeighbourhoodRef neighbourhood,
			String editionKey) {
		List<IndicatorDataset> datasets = indicators.datasets();
		List<IndicatorDataset> editions = editions(datasets);
		IndicatorDataset edition = editions.stream().filter(e -> e.key().equals(editionKey)).findFirst().orElse(null);
		if (edition == null) {
			return Optional.empty();
		}
		List<NeighbourhoodVersion> versions = places.versions(context.partnershipId(), neighbourhood);
		Optional<Area> area = area(versions, edition.vintage());
		if (area.isEmpty()) {
			return Optional.empty();
		}
		LsoaVintage vintage = edition.vintage();
		int national = indicators.nationalCount(edition.edition(), vintage);
		String weights = weightEdition(datasets, vintage);
		Set<String> district = neighbourhood.districtCode() == null ? Set.of()
				: codes(geography.lsoasInDistrict(vintage, neighbourhood.districtCode()));
		Set<String> partnership = new LinkedHashSet<>();
		for (District d : places.districts(context.partnershipId())) {
			partnership.addAll(codes(geography.lsoasInDistrict(vintage, d.ladCode())));
		}
		Map<String, ScopeSummary> here = queries.summarise(editionKey, area.get().codes(), weights, national);
		String inputs = editionKey + "|" + weights + "|" + national + "|"
				+ datasets.stream().mapToLong(IndicatorDataset::id).max().orElse(0);
		Map<String, ScopeSummary> inDistrict = areaSummaries.get(
				inputs + "|" + district.hashCode() + "|" + district.size(),
				() -> queries.summarise(editionKey, district, weights, national));
		Map<String, ScopeSummary> inPartnership = areaSummaries.get(
				inputs + "|" + partnership.hashCode() + "|" + partnership.size(),
				() -> queries.summarise(editionKey, partnership, weights, national));
		Map<String, ScopeSummary> inEngland = queries.england(editionKey, weights, national);
		List<NeighbourhoodProfile.Row> rows = new ArrayList<>();
		for (IndicatorDefinition indicator : indicators.definitions()) {
			if (here.containsKey(indicator.key())) {
				rows.add(new NeighbourhoodProfile.Row(indicator, here.get(indicator.key()),
						inDistrict.getOrDefault(indicator.key(), ScopeSummary.none()),
						inPartnership.getOrDefault(indicator.key(), ScopeSummary.none()),
						inEngland.getOrDefault(indicator.key(), ScopeSummary.none())));
			}
		}
		String districtName = neighbourhood.districtName();
		return Optional.of(new NeighbourhoodProfile(neighbourhood, editionKey, edition.edition(), vintage,
				List.copyOf(area.get().codes()), area.get().note(), weighting(weights, vintage), districtName,
				context.partnership().name(), rows, keyIssues(rows), trend(editions, versions)));
	}

	record Area(Set<String> codes, String note) {
	}

	/**
	 * The neighbourhood's LSOAs in a vintage: as drawn, or carried across from the newest
	 * drawing.
	 */
	Optional<Area> area(PartnershipContext context, NeighbourhoodRef neighbourhood, LsoaVintage vintage) {
		return area(places.versions(context.partnershipId(), neighbourhood), vintage);
	}

	private Optional<Area> area(List<NeighbourhoodVersion> versions, LsoaVintage vintage) {
		Optional<NeighbourhoodVersion> drawn = versions.stream().filter(v -> v.vintage() == vintage).findFirst();
		if (drawn.isPresent()) {
			return Optional.of(new Area(new LinkedHashSet<>(drawn.get().lsoaCodes()),
					"Version " + drawn.get().version() + " of the area, drawn as " + vintage.year() + " LSOAs"));
		}
		if (versions.isEmpty()) {
			return Optional.empty();
		}
		NeighbourhoodVersion newest = versions.get(0);
		AreaCarry.Carried carried = AreaCarry.carry(geography, newest.lsoaCodes(), newest.vintage(), vintage);
		if (carried.codes().isEmpty()) {
			return Optional.empty();
		}
		String note = "Carried across from version " + newest.version() + " (" + newest.vintage().year()
				+ " LSOAs) with the ONS change lookups" + (carried.changes().isEmpty() ? "; every LSOA was unchanged."
						: ". Where the area changed: " + String.join("; ", carried.changes()) + ".");
		return Optional.of(new Area(carried.codes(), note));
	}

	/**
	 * The edition whose population denominators weight a vintage's scores, if one is
	 * imported.
	 */
	private static @Nullable String weightEdition(List<IndicatorDataset> datasets, LsoaVintage vintage) {
		return datasets.stream()
			.filter(d -> d.vintage() == vintage && d.indicatorKeys().contains("population_total")
					&& !d.partialCoverage())
			.map(IndicatorDataset::key)
			.findFirst()
			.orElse(null);
	}

	private static String weighting(@Nullable String weights, LsoaVintage vintage) {
		return weights == null
				? "Scores are the simple mean of the LSOAs' scores: no population denominators are imported for "
						+ vintage.year() + " LSOAs."
				: "Scores are weighted by each LSOA's population (IoD " + weights.substring(3)
						+ " population denominators, mid-2015, excluding prisoners).";
	}

	private static List<NeighbourhoodProfile.Row> keyIssues(List<NeighbourhoodProfile.Row> rows) {
		return rows.stream()
			.filter(r -> r.indicator().measure() == Measure.DECILE || r.indicator().measure() == Measure.RANK)
			.filter(r -> !r.indicator().domain().equals("imd") && r.neighbourhood().mostDeprivedTenth() > 0)
			.collect(java.util.stream.Collectors.toMap(r -> r.indicator().domain(), r -> r, (a, b) -> a,
					java.util.LinkedHashMap::new))
			.values()
			.stream()
			.sorted(Comparator.comparing((NeighbourhoodProfile.Row r) -> r.neighbourhood().mostDeprivedTenthPercent())
				.reversed())
			.limit(3)
			.toList();
	}

	private List<NeighbourhoodProfile.TrendPoint> trend(List<IndicatorDataset> newestFirst,
			List<NeighbourhoodVersion> versions) {
		List<NeighbourhoodProfile.TrendPoint> points = new ArrayList<>();
		List<IndicatorDataset> editions = new ArrayList<>(newestFirst);
		editions.sort(Comparator.comparingInt(IndicatorDataset::edition));
		Map<LsoaVintage, Optional<Area>> areas = new java.util.EnumMap<>(LsoaVintage.class);
		for (IndicatorDataset edition : editions) {
			Optional<Area> area = areas.computeIfAbsent(edition.vintage(), v -> area(versions, v));
			if (area.isEmpty()) {
				continue;
			}
			int national = indicators.nationalCount(edition.edition(), edition.vintage());
			ScopeSummary imd = queries.summarise(edition.key(), area.get().codes(), null, national)
				.getOrDefault("imd_rank", ScopeSummary.none());
			points.add(new NeighbourhoodProfile.TrendPoint(edition.key(), edition.edition(), edition.vintage(),
					area.get().codes().size(), imd));
		}
		return points;
	}

	private static Set<String> codes(List<LsoaRef> lsoas) {
		Set<String> codes = new LinkedHashSet<>();
		lsoas.forEach(l -> codes.add(l.code()));
		return codes;
	}

	/**
	 * Recomputes England's summaries of an edition in the importing transaction, so that
	 * no profile request pays for them.
	 */
	@EventListener
	void on(IndicatorValuesImported imported) {
		if (imported.indicatorKeys().isEmpty()) {
			return;
		}
		List<IndicatorDataset> datasets = indicators.datasets();
		List<IndicatorDataset> editions = editions(datasets);
		Optional<IndicatorDataset> importedEdition = editions.stream()
			.filter(e -> e.key().equals(imported.edition()))
			.findFirst();
		List<IndicatorDataset> refresh = new ArrayList<>();
		importedEdition.ifPresent(refresh::add);
		if (importedEdition.isPresent() && imported.indicatorKeys().contains("population_total")) {
			// new population denominators weight every edition of the same LSOA vintage
			editions.stream()
				.filter(e -> e.vintage() == importedEdition.get().vintage() && !e.key().equals(imported.edition()))
				.forEach(refresh::add);
		}
		queries.forgetEngland(imported.edition());
		for (IndicatorDataset edition : refresh) {
			queries.forgetEngland(edition.key());
			queries.england(edition.key(), weightEdition(datasets, edition.vintage()),
					indicators.nationalCount(edition.edition(), edition.vintage()));
		}
	}

}
