package org.nmhub.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.indicators.NeighbourhoodProfile;
import org.nmhub.indicators.NeighbourhoodProfiles;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.shared.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business cases per neighbourhood: unit costs the partnership supplies, times counts
 * from NM Hub's data (population from the Indices of Deprivation denominators, crimes
 * from the partnership's local crime indicator), with every assumption listed.
 */
@Service
public class BusinessCases {

	static final String FAMILY = "problem_family";

	static final String PER_HEAD = "nm_per_head";

	static final String PER_CRIME = "cost_per_crime";

	private final UnitCostRepository costs;

	private final NeighbourhoodProfiles profiles;

	private final Places places;

	private final Funding funding;

	BusinessCases(UnitCostRepository costs, NeighbourhoodProfiles profiles, Places places, Funding funding) {
		this.costs = costs;
		this.profiles = profiles;
		this.places = places;
		this.funding = funding;
	}

	public List<UnitCost> unitCosts(PartnershipId partnership) {
		return costs.all(partnership);
	}

	List<NeighbourhoodRef> neighbourhoods(PartnershipId partnership) {
		return places.neighbourhoods(partnership);
	}

	/** A count from NM Hub's data, with where it came from. */
	record Count(BigDecimal value, String source) {
	}

	/** The neighbourhood's population from the newest edition with denominators. */
	Optional<Count> population(PartnershipContext context, NeighbourhoodRef neighbourhood) {
		for (String edition : List.of("iod2019", "iod2015")) {
			Optional<NeighbourhoodProfile> profile = profiles.profile(context, neighbourhood, edition);
			Optional<BigDecimal> total = profile.flatMap(p -> p.rows()
				.stream()
				.filter(r -> r.indicator().key().equals("population_total"))
				.map(r -> r.neighbourhood().total())
				.filter(java.util.Objects::nonNull)
				.findFirst());
			if (total.isPresent()) {
				return Optional.of(new Count(total.get(),
						"Total population (excluding prisoners) of the neighbourhood's "
								+ profile.get().lsoaCodes().size() + " LSOAs, IoD " + edition.substring(3)
								+ " population denominators (mid-2015 estimates for IoD 2019)"));
			}
		}
		return Optional.empty();
	}

	/**
	 * Crimes a year in the neighbourhood from the partnership's local crime indicator
	 * (its latest period; a month is multiplied by 12, an assumption listed).
	 */
	Optional<Count> crimesPerYear(PartnershipContext context, NeighbourhoodRef neighbourhood) {
		return profiles.localFigures(context, neighbourhood)
			.stream()
			.filter(f -> f.name().toLowerCase(Locale.UK).contains("crime") && !f.partnershipTotal().isEmpty())
			.findFirst()
			.flatMap(f -> {
				BigDecimal count;
				try {
					count = new BigDecimal(f.neighbourhood());
				}
				catch (NumberFormatException ex) {
					return Optional.empty();
				}
				boolean month = f.period().matches("\\d{4}-\\d{2}");
				return Optional.of(new Count(month ? count.multiply(BigDecimal.valueOf(12)) : count,
						"Local indicator '" + f.name() + "' (" + f.publisher() + "): " + count.toPlainString()
								+ " in the neighbourhood in " + f.period()
								+ (month ? ", × 12 for a year (assumes that month is typical)" : "")));
			});
	}

	@Transactional
	List<FieldProblem> saveUnitCost(PartnershipContext context, BusinessCaseForms.UnitCostForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String label = Funding.text(form.label());
		if (label.isEmpty()) {
			problems.add(new FieldProblem("label", "Enter what the cost is of"));
		}
		BigDecimal low = Funding.amount(form.low(), "low", "The cost (or its lowest estimate)", false, problems);
		if (low == null && Funding.text(form.low()).isEmpty()) {
			problems.add(new FieldProblem("low", "Enter the cost (or its lowest estimate)"));
		}
		BigDecimal high = Funding.amount(form.high(), "high", "The highest estimate", false, problems);
		if (high == null) {
			high = low;
		}
		if (low != null && high != null && high.compareTo(low) < 0) {
			problems.add(new FieldProblem("high", "The highest estimate must not be less than the lowest"));
		}
		String unit = Funding.text(form.unit());
		if (unit.isEmpty()) {
			problems.add(new FieldProblem("unit", "Say what the cost is per, for example per crime"));
		}
		String source = Funding.text(form.source());
		if (source.isEmpty()) {
			problems.add(new FieldProblem("source", "Say where the figure comes from"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		String key = Funding.text(form.key()).isEmpty() ? Slugs.of(label).replace('-', '_') : Funding.text(form.key());
		long id = costs.save(context.partnershipId(), key, label, low, high, unit, source);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("key", key);
		now.put("label", label);
		now.put("low", low);
		now.put("high", high);
		now.put("unit", unit);
		now.put("source", source);
		funding.audit(context, "unit cost", id, "Set the unit cost " + label, now);
		return problems;
	}

}
