package org.nmhub.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.engagement.ResidentSurveys;
import org.nmhub.engagement.SurveyFigure;
import org.nmhub.indicators.Aggregation;
import org.nmhub.indicators.IndicatorDataset;
import org.nmhub.indicators.NeighbourhoodProfile;
import org.nmhub.indicators.NeighbourhoodProfiles;
import org.nmhub.indicators.Polarity;
import org.nmhub.indicators.ScopeSummary;
import org.nmhub.places.NeighbourhoodRef;

import org.springframework.stereotype.Component;

/**
 * A neighbourhood's figures as they stand now, read through the indicators' and
 * engagement's public APIs: every indicator of an edition of the Indices of Deprivation
 * (with its district, partnership and England), the partnership's local indicators'
 * latest period (with the partnership's total) and the latest resident survey result of
 * each measure (with its 95% interval).
 */
@Component
class BaselineFigures {

	/** Survey measures have no polarity recorded: they are read as "higher is better". */
	static final Polarity SURVEY_POLARITY = Polarity.LOWER_IS_WORSE;

	private final NeighbourhoodProfiles profiles;

	private final ResidentSurveys surveys;

	BaselineFigures(NeighbourhoodProfiles profiles, ResidentSurveys surveys) {
		this.profiles = profiles;
		this.surveys = surveys;
	}

	/** What can be chosen, and which are chosen unless the user says otherwise. */
	record Candidates(NeighbourhoodProfile profile, List<Baseline.Value> values, Set<String> defaults) {
	}

	List<IndicatorDataset> editions() {
		return profiles.editions();
	}

	Optional<IndicatorDataset> edition(String key) {
		return editions().stream().filter(e -> e.key().equals(key)).findFirst();
	}

	static String editionLabel(IndicatorDataset edition) {
		return "IoD " + edition.edition();
	}

	Optional<NeighbourhoodProfile> profile(PartnershipContext context, NeighbourhoodRef neighbourhood,
			String editionKey) {
		return edition(editionKey).isEmpty() ? Optional.empty() : profiles.profile(context, neighbourhood, editionKey);
	}

	/** Every figure available for the neighbourhood with the edition given. */
	Optional<Candidates> candidates(PartnershipContext context, NeighbourhoodRef neighbourhood, String editionKey) {
		Optional<IndicatorDataset> edition = edition(editionKey);
		Optional<NeighbourhoodProfile> profile = edition.isEmpty() ? Optional.empty()
				: profiles.profile(context, neighbourhood, editionKey);
		if (profile.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Baseline.Value> values = new LinkedHashMap<>();
		iod(profile.get(), editionLabel(edition.get())).forEach(v -> values.put(v.key(), v));
		local(context, neighbourhood).forEach(v -> values.put(v.key(), v));
		survey(context, neighbourhood).forEach(v -> values.put(v.key(), v));
		Set<String> defaults = new LinkedHashSet<>();
		if (values.containsKey("iod:imd_score")) {
			defaults.add("iod:imd_score");
		}
		for (NeighbourhoodProfile.Row issue : profile.get().keyIssues()) {
			String domain = "iod:" + issue.indicator().domain();
			java.util.stream.Stream.of(domain + "_score", domain + "_decile", domain + "_rank")
				.filter(values::containsKey)
				.findFirst()
				.ifPresent(defaults::add);
		}
		return Optional.of(new Candidates(profile.get(), List.copyOf(values.values()), defaults));
	}

	/** The Indices of Deprivation figures of a profile, by key. */
	static List<Baseline.Value> iod(NeighbourhoodProfile profile, String measured) {
		List<Baseline.Value> values = new ArrayList<>();
		Set<String> withDeciles = new java.util.HashSet<>();
		profile.rows()
			.stream()
			.filter(r -> r.indicator().key().endsWith("_decile"))
			.forEach(r -> withDeciles.add(r.indicator().domain()));
		for (NeighbourhoodProfile.Row row : profile.rows()) {
			if (row.indicator().polarity() == Polarity.NEUTRAL) {
				continue;
			}
			if (row.isDistribution()) {
				boolean decile = row.indicator().key().endsWith("_decile");
				boolean rank = row.indicator().key().endsWith("_rank");
				if (!decile && !(rank && !withDeciles.contains(row.indicator().domain()))) {
					continue;
				}
				values.add(new Baseline.Value("iod:" + row.indicator().key(), Baseline.Source.IOD,
						row.domainName() + ": % of LSOAs in England's most deprived 10% (from the "
								+ (row.indicator().key().endsWith("_rank") ? "ranks" : "deciles") + ")",
						Polarity.HIGHER_IS_WORSE, false, measured, row.neighbourhood().mostDeprivedTenthPercent(),
						row.district().mostDeprivedTenthPercent(), row.partnership().mostDeprivedTenthPercent(),
						row.england().mostDeprivedTenthPercent(), null, null, null));
				continue;
			}
			boolean counts = row.indicator().aggregation() == Aggregation.SUM;
			values.add(new Baseline.Value("iod:" + row.indicator().key(), Baseline.Source.IOD, row.indicator().name(),
					row.indicator().polarity(), counts, measured, value(row.neighbourhood()), value(row.district()),
					value(row.partnership()), value(row.england()), null, null, null));
		}
		return values;
	}

	private static @Nullable BigDecimal value(ScopeSummary summary) {
		if (summary.areas() == 0) {
			return null;
		}
		return summary.weightedMean() != null ? summary.weightedMean()
				: summary.mean() != null ? summary.mean() : summary.total();
	}

	/**
	 * The partnership's own indicators, latest period: the neighbourhood beside the
	 * partnership.
	 */
	List<Baseline.Value> local(PartnershipContext context, NeighbourhoodRef neighbourhood) {
		List<Baseline.Value> values = new ArrayList<>();
		for (NeighbourhoodProfiles.LocalFigure f : profiles.localFigures(context, neighbourhood)) {
			boolean counts = !f.partnershipTotal().isEmpty();
			values.add(new Baseline.Value("local:" + f.datasetId(), Baseline.Source.LOCAL,
					f.name() + " (" + f.publisher() + ")", f.polarity(), counts, f.period(), number(f.neighbourhood()),
					null, number(f.partnershipTotal()), null, null, null, null));
		}
		return values;
	}

	/** Each measure's latest resident survey result, with its 95% interval. */
	List<Baseline.Value> survey(PartnershipContext context, NeighbourhoodRef neighbourhood) {
		Map<String, SurveyFigure> latest = new LinkedHashMap<>();
		surveys.results(context.partnershipId(), neighbourhood.id())
			.stream()
			.sorted(Comparator.comparing(SurveyFigure::measure).thenComparing(SurveyFigure::year))
			.forEach(f -> latest.put(f.measure(), f));
		return latest.values()
			.stream()
			.map(f -> new Baseline.Value("survey:" + f.measure(), Baseline.Source.SURVEY, f.measure(), SURVEY_POLARITY,
					false, String.valueOf(f.year()), f.percent(), null, null, null, f.ciLow(), f.ciHigh(),
					f.sampleSize()))
			.toList();
	}

	private static @Nullable BigDecimal number(String text) {
		try {
			return text.isBlank() ? null : new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
