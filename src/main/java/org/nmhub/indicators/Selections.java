package org.nmhub.indicators;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.places.District;
import org.nmhub.places.Geography;
import org.nmhub.places.LsoaRef;
import org.nmhub.places.Places;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.LsoaVintage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The priority-neighbourhood selection tool: checks the rules, ranks the LSOAs searched
 * in SQL, clusters the candidates into contiguous areas, applies the minimum cluster size
 * and the flags added by hand, and saves the run with every LSOA's numbers and reason.
 */
@Service
class Selections {

	private static final Logger log = LoggerFactory.getLogger(Selections.class);

	private static final Pattern FLAG = Pattern.compile("^\\s*(\\S+)\\s+(include|exclude)\\b\\s*:?\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LSOA = Pattern.compile("^E01\\d{6}$");

	private final Indicators indicators;

	private final NeighbourhoodProfiles profiles;

	private final SelectionQueries queries;

	private final Places places;

	private final Geography geography;

	private final ApplicationEventPublisher events;

	Selections(Indicators indicators, NeighbourhoodProfiles profiles, SelectionQueries queries, Places places,
			Geography geography, ApplicationEventPublisher events) {
		this.indicators = indicators;
		this.profiles = profiles;
		this.queries = queries;
		this.places = places;
		this.geography = geography;
		this.events = events;
	}

	/** The rules read from a form, or the problems that stopped them. */
	record Checked(@Nullable SelectionRules rules, List<FieldProblem> problems) {
	}

	/** Where an LSOA searched lies. */
	record Place(String name, String district) {
	}

	/** A computed (not yet saved) selection. */
	record Computed(SelectionRules rules, int nationalCount, List<SelectionResult> results, int clusterCount,
			int computeMillis) {

		int selectedCount() {
			return (int) results.stream().filter(SelectionResult::selected).count();
		}

	}

	/** The full-coverage editions imported, newest first. */
	List<IndicatorDataset> editions() {
		return profiles.editions();
	}

	Optional<IndicatorDataset> edition(@Nullable String key) {
		return editions().stream().filter(e -> e.key().equals(key)).findFirst();
	}

	static String editionLabel(IndicatorDataset edition) {
		return "IoD " + edition.edition() + " (" + edition.vintage().year() + " LSOAs)";
	}

	static String editionLabelOf(SelectionRun run) {
		return "IoD " + run.rules().edition() + " (" + run.rules().vintage().year() + " LSOAs)";
	}

	/** The ranks an edition's full-coverage files supply, IMD first. */
	List<IndicatorDefinition> rankIndicators(String editionKey) {
		Set<String> keys = new LinkedHashSet<>();
		indicators.datasets()
			.stream()
			.filter(d -> d.key().equals(editionKey) && !d.partialCoverage())
			.forEach(d -> keys.addAll(d.indicatorKeys()));
		List<IndicatorDefinition> ranks = new ArrayList<>();
		indicators.definitions()
			.stream()
			.filter(d -> d.measure() == Measure.RANK && keys.contains(d.key()))
			.sorted(java.util.Comparator.comparing((IndicatorDefinition d) -> !d.key().equals("imd_rank"))
				.thenComparing(IndicatorDefinition::key))
			.forEach(ranks::add);
		return ranks;
	}

	/** The partnership's LSOAs of a vintage: every district's, by the lookup. */
	Map<String, Place> partnershipAreas(PartnershipId partnership, LsoaVintage vintage) {
		Map<String, Place> areas = new TreeMap<>();
		for (District district : places.districts(partnership)) {
			for (LsoaRef lsoa : geography.lsoasInDistrict(vintage, district.ladCode())) {
				areas.put(lsoa.code(), new Place(lsoa.name(), district.name()));
			}
		}
		return areas;
	}

	/** Reads and checks the rules typed. */
	Checked check(PartnershipContext context, SelectionForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		IndicatorDataset edition = edition(form.edition()).orElse(null);
		if (edition == null) {
			problems.add(new FieldProblem("edition", "Select an edition of the Indices of Deprivation"));
		}
		List<String> chosen = form.chosenIndicators();
		Set<String> offered = new LinkedHashSet<>();
		if (edition != null) {
			rankIndicators(edition.key()).forEach(d -> offered.add(d.key()));
		}
		if (chosen.isEmpty()) {
			problems.add(new FieldProblem("indicators", "Select at least one indicator to test"));
		}
		else if (edition != null && !offered.containsAll(chosen)) {
			problems.add(new FieldProblem("indicators",
					"IoD " + edition.edition() + " has no " + String.join(", ",
							chosen.stream().filter(c -> !offered.contains(c)).map(SelectionRules::label).toList())
							+ ": select from the indicators listed"));
		}
		BigDecimal percent = percent(form.percent());
		if (percent == null) {
			problems.add(new FieldProblem("percent",
					"Enter the threshold as a percentage greater than 0 and no more than 50, for example 10"));
		}
		SelectionRules.Reference relativeTo = org.nmhub.shared.FormValues
			.choice(SelectionRules.Reference.class, form.relativeTo())
			.orElse(null);
		if (relativeTo == null) {
			problems.add(new FieldProblem("relativeTo",
					"Select whether the threshold is relative to England or to " + "the partnership"));
		}
		SelectionRules.Combine combine = org.nmhub.shared.FormValues
			.choice(SelectionRules.Combine.class, form.combine())
			.orElse(null);
		if (combine == null) {
			problems.add(new FieldProblem("combine", "Select whether an LSOA must pass any or all of the indicators"));
		}
		Long minCluster = org.nmhub.shared.FormValues.whole(form.minClusterSize())
			.filter(n -> n >= 1 && n <= 1000)
			.orElse(null);
		if (minCluster == null) {
			problems.add(new FieldProblem("minClusterSize",
					"Enter the minimum cluster size as a whole number of LSOAs, 1 or more"));
		}
		SelectionRules.Scope scope = org.nmhub.shared.FormValues.choice(SelectionRules.Scope.class, form.scope())
			.orElse(null);
		if (scope == null) {
			problems.add(new FieldProblem("scope", "Select the area to search"));
		}
		else if (scope == SelectionRules.Scope.ENGLAND && relativeTo == SelectionRules.Reference.PARTNERSHIP) {
			problems.add(new FieldProblem("scope",
					"Searching all of England needs a threshold relative to England, not to the partnership"));
		}
		List<SelectionRules.Flag> flags = new ArrayList<>();
		if (edition != null) {
			Set<String> known = scope == SelectionRules.Scope.ENGLAND ? geography.lsoaCodes(edition.vintage())
					: partnershipAreas(context.partnershipId(), edition.vintage()).keySet();
			flagProblems(form.flags(), edition.vintage(), scope == SelectionRules.Scope.ENGLAND, known, flags)
				.forEach(message -> problems.add(new FieldProblem("flags", message)));
		}
		if (!problems.isEmpty() || edition == null || percent == null || relativeTo == null || combine == null
				|| minCluster == null || scope == null) {
			return new Checked(null, problems);
		}
		return new Checked(new SelectionRules(form.name().trim(), edition.key(), edition.edition(), edition.vintage(),
				chosen, percent, relativeTo, combine, minCluster.intValue(), scope, flags), List.of());
	}

	private static @Nullable BigDecimal percent(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			BigDecimal percent = new BigDecimal(text.trim().replace("%", "").trim());
			return percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(50)) <= 0 ? percent : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<String> flagProblems(@Nullable String text, LsoaVintage vintage, boolean england,
			Set<String> known, List<SelectionRules.Flag> flags) {
		List<String> problems = new ArrayList<>();
		if (text == null) {
			return problems;
		}
		Set<String> seen = new TreeSet<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();
			if (line.isEmpty()) {
				continue;
			}
			Matcher m = FLAG.matcher(line);
			if (!m.matches()) {
				problems.add("Line " + (i + 1) + " of the flags is not a flag: write an LSOA code, include or exclude, "
						+ "then the reason, for example E01025932 include: NAT intelligence about anti-social behaviour");
				continue;
			}
			String code = m.group(1).toUpperCase(Locale.ROOT);
			String reason = m.group(3).trim();
			if (!LSOA.matcher(code).matches() || !known.contains(code)) {
				problems.add(code + " is not a " + vintage.year() + " LSOA "
						+ (england ? "in England" : "of the partnership") + " (line " + (i + 1) + " of the flags)");
				continue;
			}
			if (reason.isEmpty()) {
				problems.add("Give the reason for the flag on " + code + " (line " + (i + 1) + " of the flags)");
				continue;
			}
			if (!seen.add(code)) {
				problems.add(code + " is flagged more than once (line " + (i + 1) + " of the flags)");
				continue;
			}
			flags.add(new SelectionRules.Flag(code, m.group(2).equalsIgnoreCase("include"), reason));
		}
		return problems;
	}

	/** Runs the rules and saves the run with its results and flags. Audited. */
	@Transactional
	long run(PartnershipContext context, SelectionRules rules, @Nullable Long comparedWith) {
		Computed computed = compute(rules, partnershipAreas(context.partnershipId(), rules.vintage()));
		PartnershipId partnership = context.partnershipId();
		long id = queries.insertRun(partnership, rules, computed.nationalCount(), computed.results().size(),
				computed.selectedCount(), computed.clusterCount(), computed.computeMillis(), comparedWith,
				context.user().userId(), context.user().displayName());
		queries.insertFlags(partnership, id, rules.flags());
		queries.insertResults(partnership, id, computed.results());
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("name", rules.name());
		now.put("edition", rules.editionKey());
		now.put("rules", rules.describe());
		now.put("flags", rules.flags().stream().map(SelectionRules.Flag::line).toList());
		now.put("selected", computed.selectedCount());
		now.put("clusters", computed.clusterCount());
		now.put("comparedWithRun", comparedWith);
		events.publishEvent(new SelectionRunSaved(id, partnership.value(), rules.editionKey(), computed.selectedCount(),
				new AuditedChange(partnership.value(), context.user().userId(), context.user().displayName(), "created",
						"selection run", String.valueOf(id), "Ran the selection " + rules.name() + " on IoD "
								+ rules.edition() + ": " + computed.selectedCount() + " LSOAs selected",
						Map.of(), now)));
		return id;
	}

	/**
	 * Runs an earlier run's rules on another edition, carrying its flags across LSOA
	 * vintages, and saves it as compared with the earlier run.
	 */
	@Transactional
	long rerun(PartnershipContext context, SelectionRun earlier, IndicatorDataset edition) {
		SelectionRules rules = earlier.rules();
		Set<String> known = rules.scope() == SelectionRules.Scope.ENGLAND ? geography.lsoaCodes(edition.vintage())
				: partnershipAreas(context.partnershipId(), edition.vintage()).keySet();
		Map<String, SelectionRules.Flag> carried = new TreeMap<>();
		for (SelectionRules.Flag flag : rules.flags()) {
			Set<String> codes = AreaCarry.carry(geography, List.of(flag.code()), rules.vintage(), edition.vintage())
				.codes();
			for (String code : codes) {
				if (known.contains(code)) {
					carried.putIfAbsent(code, new SelectionRules.Flag(code, flag.include(), code.equals(flag.code())
							? flag.reason() : flag.reason() + " (carried from " + flag.code() + ")"));
				}
			}
		}
		String name = rules.name() + " on " + editionLabel(edition);
		return run(context, rules.onEdition(name.length() > 200 ? name.substring(0, 200) : name, edition,
				List.copyOf(carried.values())), earlier.id());
	}

	/**
	 * Measures, clusters and explains the rules over the LSOAs searched: the
	 * partnership's (given), or all of England's when the rules say so.
	 */
	Computed compute(SelectionRules rules, Map<String, Place> partnership) {
		long start = System.nanoTime();
		boolean england = rules.scope() == SelectionRules.Scope.ENGLAND;
		int national = indicators.nationalCount(rules.edition(), rules.vintage());
		Map<String, SelectionQueries.Measurement> measured = queries.measure(rules,
				england ? null : partnership.keySet(), national);
		long measuredAt = System.nanoTime();
		Map<String, Place> areas = new TreeMap<>(partnership);
		if (england) {
			Set<String> others = new TreeSet<>(measured.keySet());
			others.removeAll(partnership.keySet());
			places.lsoaNames(rules.vintage(), others).forEach((code, name) -> areas.put(code, new Place(name, "")));
			others.forEach(code -> areas.putIfAbsent(code, new Place("", "")));
		}
		Map<String, SelectionRules.Flag> flags = new HashMap<>();
		rules.flags().forEach(f -> flags.put(f.code(), f));
		Set<String> before = new TreeSet<>();
		areas.keySet().forEach(code -> {
			SelectionRules.Flag flag = flags.get(code);
			SelectionQueries.Measurement m = measured.get(code);
			if (flag != null ? flag.include() : m != null && m.candidate()) {
				before.add(code);
			}
		});
		Map<String, Set<String>> adjacency = geography.adjacency(rules.vintage(), before);
		Map<String, Integer> firstSize = new HashMap<>();
		for (Set<String> component : SelectionClusters.components(adjacency)) {
			component.forEach(code -> firstSize.put(code, component.size()));
		}
		Set<String> selected = new TreeSet<>(before);
		selected.removeIf(code -> firstSize.containsKey(code) && firstSize.get(code) < rules.minClusterSize()
				&& !(flags.containsKey(code) && flags.get(code).include()));
		List<Set<String>> clusters = SelectionClusters.components(SelectionClusters.restrict(adjacency, selected));
		Map<String, Integer> clusterOf = new HashMap<>();
		for (int i = 0; i < clusters.size(); i++) {
			for (String code : clusters.get(i)) {
				clusterOf.put(code, i + 1);
			}
		}
		List<SelectionResult> results = new ArrayList<>(areas.size());
		areas.forEach((code, place) -> {
			SelectionQueries.Measurement m = measured.get(code);
			List<SelectionResult.Measured> measures = m == null ? List.of() : m.measures();
			boolean candidate = m != null && m.candidate();
			SelectionRules.Flag flag = flags.get(code);
			Integer cluster = clusterOf.get(code);
			String reason = reason(rules, code, place, measures, candidate, flag, selected.contains(code), cluster,
					cluster == null ? 0 : clusters.get(cluster - 1).size(), firstSize.get(code),
					adjacency.containsKey(code));
			results.add(new SelectionResult(code, place.name(), place.district(), candidate, selected.contains(code),
					cluster, measures, flag == null ? "" : flag.include() ? "include" : "exclude", reason));
		});
		int millis = (int) ((System.nanoTime() - start) / 1_000_000);
		log.info(
				"Selection on {} over {} LSOAs ({}): measured in SQL in {} ms, {} selected in {} clusters, {} ms in all",
				rules.editionKey(), areas.size(), england ? "England" : "partnership", (measuredAt - start) / 1_000_000,
				selected.size(), clusters.size(), millis);
		return new Computed(rules, national, results, clusters.size(), millis);
	}

	private static String reason(SelectionRules rules, String code, Place place,
			List<SelectionResult.Measured> measures, boolean candidate, SelectionRules.@Nullable Flag flag,
			boolean selected, @Nullable Integer cluster, int clusterSize, @Nullable Integer firstClusterSize,
			boolean hasBoundary) {
		StringBuilder text = new StringBuilder(code);
		if (!place.name().isEmpty()) {
			text.append(' ').append(place.name());
		}
		text.append(": ");
		List<String> parts = new ArrayList<>();
		for (String indicator : rules.indicatorKeys()) {
			SelectionResult.Measured m = measures.stream()
				.filter(x -> x.indicator().equals(indicator))
				.findFirst()
				.orElse(null);
			parts.add(m == null ? "no " + SelectionRules.label(indicator) + " in IoD " + rules.edition()
					: describe(rules, m));
		}
		text.append(String.join("; ", parts));
		if (rules.indicatorKeys().size() > 1) {
			text.append(rules.combine() == SelectionRules.Combine.ANY
					? candidate ? " — passes at least one rule" : " — passes none of the rules"
					: candidate ? " — passes every rule" : " — does not pass every rule");
		}
		String outcome = selected ? " → in" : " → out";
		if (flag != null) {
			text.append("; ")
				.append(flag.include() ? "included" : "excluded")
				.append(" by hand: ")
				.append(flag.reason())
				.append(" (the flag overrides the rules)");
		}
		if (!selected && candidate && flag == null && firstClusterSize != null) {
			text.append("; its cluster has only ")
				.append(firstClusterSize)
				.append(firstClusterSize == 1 ? " LSOA" : " LSOAs")
				.append(", fewer than the minimum of ")
				.append(rules.minClusterSize());
		}
		text.append(outcome);
		if (selected) {
			if (cluster != null) {
				text.append(", cluster ")
					.append(cluster)
					.append(" (")
					.append(clusterSize)
					.append(clusterSize == 1 ? " LSOA)" : " LSOAs)");
			}
			else if (!hasBoundary) {
				text.append(" (no boundary is loaded for it, so it is not clustered and the minimum cluster size "
						+ "does not apply)");
			}
		}
		return text.toString();
	}

	private static String describe(SelectionRules rules, SelectionResult.Measured m) {
		String label = SelectionRules.label(m.indicator());
		String percent = rules.percent().stripTrailingZeros().toPlainString() + "%";
		String share = m.percent() == null ? "" : " (" + m.percent().toPlainString() + "%)";
		if (rules.relativeTo() == SelectionRules.Reference.ENGLAND) {
			return label + " " + number(m.value()) + " of " + number(BigDecimal.valueOf(m.of())) + share + " — "
					+ (m.passes() ? "in" : "not in") + " the most deprived " + percent;
		}
		return label + " " + number(m.value()) + " nationally, " + ordinal(m.position()) + " most deprived of "
				+ number(BigDecimal.valueOf(m.of())) + " in the partnership" + share + " — "
				+ (m.passes() ? "in" : "not in") + " the partnership's most deprived " + percent;
	}

	static String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "no value";
		}
		DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
		return format.format(value);
	}

	private static String ordinal(int n) {
		String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return String.format(Locale.UK, "%,d", n) + suffix;
	}

	List<SelectionRun> runs(PartnershipId partnership) {
		return queries.runs(partnership);
	}

	Optional<SelectionRun> run(PartnershipId partnership, long id) {
		return queries.run(partnership, id);
	}

	List<SelectionResult> results(PartnershipId partnership, long runId) {
		return queries.results(partnership, runId);
	}

	List<SelectionResult> results(PartnershipId partnership, long runId, Collection<String> codes) {
		return queries.results(partnership, runId, codes);
	}

	/** A neighbourhood's LSOAs in a vintage (as drawn, or carried across). */
	Optional<Set<String>> neighbourhoodArea(PartnershipContext context, org.nmhub.places.NeighbourhoodRef neighbourhood,
			LsoaVintage vintage) {
		return profiles.area(context, neighbourhood, vintage).map(NeighbourhoodProfiles.Area::codes);
	}

	Geography geography() {
		return geography;
	}

	Places places() {
		return places;
	}

}
