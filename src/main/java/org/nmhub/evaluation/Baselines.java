package org.nmhub.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.indicators.IndicatorDataset;
import org.nmhub.indicators.NeighbourhoodProfile;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezing baselines and comparing later figures with them. A neighbourhood's manager,
 * its district's coordinator, a performance officer or an administrator freezes one;
 * every member of the partnership reads them. Frozen figures are stored and never
 * recomputed (docs/adr/0024).
 */
@Service
class Baselines {

	private final BaselineRepository repository;

	private final BaselineFigures figures;

	private final Places places;

	private final ApplicationEventPublisher events;

	Baselines(BaselineRepository repository, BaselineFigures figures, Places places, ApplicationEventPublisher events) {
		this.repository = repository;
		this.figures = figures;
		this.places = places;
		this.events = events;
	}

	List<NeighbourhoodRef> neighbourhoods(PartnershipContext context) {
		return places.neighbourhoods(context.partnershipId());
	}

	Optional<NeighbourhoodRef> neighbourhood(PartnershipContext context, String key) {
		return places.neighbourhood(context.partnershipId(), key);
	}

	static boolean mayFreeze(PartnershipContext context, NeighbourhoodRef neighbourhood) {
		return switch (context.role()) {
			case ADMINISTRATOR, PERFORMANCE_OFFICER -> true;
			case DISTRICT_COORDINATOR -> neighbourhood.districtCode() != null
					&& neighbourhood.districtCode().equals(context.membership().districtCode());
			case NEIGHBOURHOOD_MANAGER -> context.membership().neighbourhoodKeys().contains(neighbourhood.key());
			default -> false;
		};
	}

	List<Baseline> all(PartnershipContext context) {
		return repository.all(context.partnershipId().value());
	}

	Optional<Baseline> find(PartnershipContext context, long id) {
		return repository.find(context.partnershipId().value(), id);
	}

	List<Baseline> latest(PartnershipContext context, List<NeighbourhoodRef> neighbourhoods) {
		return repository.latest(context.partnershipId().value(),
				neighbourhoods.stream().map(NeighbourhoodRef::key).toList());
	}

	/** What a baseline could be made of, for the freeze form. */
	Optional<BaselineFigures.Candidates> candidates(PartnershipContext context, NeighbourhoodRef neighbourhood,
			String editionKey) {
		return figures.candidates(context, neighbourhood, editionKey);
	}

	List<IndicatorDataset> editions() {
		return figures.editions();
	}

	/** The outcome of a freeze: the new baseline's id, or what was wrong. */
	record Frozen(@Nullable Long id, List<FieldProblem> problems) {
	}

	/**
	 * Freezes the chosen indicators' figures as they stand. Unknown indicator keys, no
	 * indicator, an unknown edition or an over-long note change nothing.
	 */
	@Transactional
	Frozen freeze(PartnershipContext context, NeighbourhoodRef neighbourhood, String editionKey, List<String> chosen,
			String note) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!mayFreeze(context, neighbourhood)) {
			return new Frozen(null, List.of(new FieldProblem("neighbourhood",
					"You can freeze baselines only for the neighbourhoods you look after")));
		}
		Optional<BaselineFigures.Candidates> candidates = figures.candidates(context, neighbourhood, editionKey);
		if (candidates.isEmpty()) {
			return new Frozen(null, List.of(new FieldProblem("edition",
					"Select an imported edition of the Indices of Deprivation for which the neighbourhood has an area")));
		}
		Map<String, Baseline.Value> byKey = candidates.get()
			.values()
			.stream()
			.collect(Collectors.toMap(Baseline.Value::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Set<String> keys = new java.util.LinkedHashSet<>(chosen);
		if (keys.isEmpty()) {
			problems.add(new FieldProblem("indicators", "Select at least one indicator for the baseline"));
		}
		else if (!byKey.keySet().containsAll(keys)) {
			problems.add(new FieldProblem("indicators", "Select indicators from the list"));
		}
		String text = note.strip();
		if (text.length() > 2000) {
			problems.add(new FieldProblem("note", "The note must be 2,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			return new Frozen(null, problems);
		}
		List<Baseline.Value> values = byKey.values().stream().filter(v -> keys.contains(v.key())).toList();
		IndicatorDataset edition = figures.edition(editionKey).orElseThrow();
		String editionLabel = BaselineFigures.editionLabel(edition);
		long id = repository.insert(context.partnershipId().value(), neighbourhood, editionKey, editionLabel, text,
				context.user().displayName(), values);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("neighbourhood", neighbourhood.key());
		after.put("edition", editionKey);
		values.forEach(v -> after.put(v.key(), v.measured() + ": " + v.neighbourhoodText() + " | district "
				+ v.districtText() + " | partnership " + v.partnershipText() + " | England " + v.englandText()));
		events.publishEvent(
				new EvaluationChanged(new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "created", "baseline", String.valueOf(id), "Froze a baseline of "
								+ values.size() + " indicators for " + neighbourhood.name() + " (" + editionLabel + ")",
						Map.of(), after)));
		return new Frozen(id, List.of());
	}

	/** The editions a baseline can be updated with: those after its own, oldest first. */
	List<IndicatorDataset> laterEditions(Baseline baseline) {
		int from = figures.edition(baseline.editionKey()).map(IndicatorDataset::edition).orElse(Integer.MAX_VALUE);
		return figures.editions()
			.stream()
			.filter(e -> e.edition() > from)
			.sorted(Comparator.comparingInt(IndicatorDataset::edition))
			.toList();
	}

	/** One area compared with the neighbourhood. */
	record Against(String area, GapRule.Change change, GapRule.Answer answer) {

		public String baselineText() {
			return Baseline.Value.show(change.baseline());
		}

		public String latestText() {
			return Baseline.Value.show(change.latest());
		}

		public String changeText() {
			return Comparison.show(change);
		}

	}

	/** One frozen indicator with its later figures and the plain answers. */
	record Comparison(Baseline.Value baseline, Baseline.@Nullable Value latest, GapRule.Change neighbourhood,
			List<Against> against, GapRule.Answer headline) {

		public String changeText() {
			return show(neighbourhood);
		}

		static String show(GapRule.Change change) {
			if (!change.complete()) {
				return "–";
			}
			java.math.BigDecimal d = change.difference().setScale(2, java.math.RoundingMode.HALF_UP);
			return (d.signum() > 0 ? "+" : "") + d.toPlainString();
		}

	}

	/**
	 * A baseline updated with a later edition (and the latest local and survey figures).
	 */
	record Update(Baseline baseline, @Nullable IndicatorDataset edition, String editionLabel,
			List<Comparison> comparisons) {

		public long narrowing() {
			return comparisons.stream().filter(c -> c.headline().narrowing()).count();
		}

		public long judged() {
			return comparisons.stream()
				.filter(c -> c.headline().verdict() != GapRule.Verdict.CANNOT_TELL
						&& c.baseline().source() != Baseline.Source.SURVEY)
				.count();
		}

	}

	/**
	 * The baseline against a later edition (the newest when none is named) and the latest
	 * local indicator periods and survey years.
	 */
	Update update(PartnershipContext context, Baseline baseline, @Nullable String editionKey) {
		List<IndicatorDataset> later = laterEditions(baseline);
		IndicatorDataset edition = editionKey == null || editionKey.isBlank()
				? (later.isEmpty() ? null : later.get(later.size() - 1))
				: later.stream().filter(e -> e.key().equals(editionKey)).findFirst().orElse(null);
		Map<String, Baseline.Value> now = new LinkedHashMap<>();
		Optional<NeighbourhoodRef> neighbourhood = places.neighbourhood(context.partnershipId(),
				baseline.neighbourhoodKey());
		if (neighbourhood.isPresent()) {
			if (edition != null) {
				Optional<NeighbourhoodProfile> profile = figuresProfile(context, neighbourhood.get(), edition);
				profile.ifPresent(p -> BaselineFigures.iod(p, BaselineFigures.editionLabel(edition))
					.forEach(v -> now.put(v.key(), v)));
			}
			figures.local(context, neighbourhood.get()).forEach(v -> now.put(v.key(), v));
			figures.survey(context, neighbourhood.get()).forEach(v -> now.put(v.key(), v));
		}
		String partnership = context.partnership().name();
		String here = baseline.neighbourhoodName();
		List<Comparison> comparisons = new ArrayList<>();
		for (Baseline.Value then : baseline.values()) {
			Baseline.Value latest = now.get(then.key());
			if (latest != null && latest.measured().equals(then.measured())) {
				latest = null;
			}
			GapRule.Change mine = GapRule.Change.of(then.neighbourhood(),
					latest == null ? null : latest.neighbourhood());
			List<Against> against = new ArrayList<>();
			GapRule.Answer headline;
			if (then.source() == Baseline.Source.SURVEY) {
				headline = GapRule.survey(then.polarity(), then.neighbourhood(), then.ciLow(), then.ciHigh(),
						latest == null ? null : latest.neighbourhood(), latest == null ? null : latest.ciLow(),
						latest == null ? null : latest.ciHigh());
			}
			else {
				if (then.source() == Baseline.Source.IOD) {
					String district = baseline.districtName() == null ? "the district" : baseline.districtName();
					against.add(against(then, mine, here, district, Baseline.Value::district, latest));
				}
				against.add(against(then, mine, here, partnership, Baseline.Value::partnership, latest));
				if (then.source() == Baseline.Source.IOD) {
					against.add(against(then, mine, here, "England", Baseline.Value::england, latest));
				}
				headline = against.stream()
					.filter(a -> a.area().equals(partnership))
					.findFirst()
					.map(Against::answer)
					.orElseThrow();
			}
			comparisons.add(new Comparison(then, latest, mine, against, headline));
		}
		return new Update(baseline, edition, edition == null ? "" : BaselineFigures.editionLabel(edition), comparisons);
	}

	private Optional<NeighbourhoodProfile> figuresProfile(PartnershipContext context, NeighbourhoodRef neighbourhood,
			IndicatorDataset edition) {
		return figures.profile(context, neighbourhood, edition.key());
	}

	private static Against against(Baseline.Value then, GapRule.Change mine, String here, String area,
			Function<Baseline.Value, java.math.@Nullable BigDecimal> value, Baseline.@Nullable Value latest) {
		GapRule.Change theirs = GapRule.Change.of(value.apply(then), latest == null ? null : value.apply(latest));
		return new Against(area, theirs, GapRule.gap(then.polarity(), then.counts(), mine, theirs, here, area));
	}

}
