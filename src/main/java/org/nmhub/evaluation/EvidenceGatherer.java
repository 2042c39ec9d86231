package org.nmhub.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nmhub.access.Member;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.Partnerships;
import org.nmhub.access.Role;
import org.nmhub.engagement.EngagementActivities;
import org.nmhub.indicators.IndicatorDataset;
import org.nmhub.indicators.NeighbourhoodProfiles;
import org.nmhub.partners.BodyType;
import org.nmhub.partners.Bodies;
import org.nmhub.partners.PartnerBody;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.NeighbourhoodVersion;
import org.nmhub.places.Places;
import org.nmhub.plans.ActionRef;
import org.nmhub.plans.PlanActions;

import org.springframework.stereotype.Component;

/**
 * What NM Hub already knows about each element for a district or neighbourhood, as plain
 * facts to pre-fill a self-assessment: the neighbourhoods drawn and designated, the
 * bodies and their members, engagement recorded, plan actions led and overdue, the
 * evidence editions loaded.
 */
@Component
class EvidenceGatherer {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Places places;

	private final Bodies bodies;

	private final Partnerships partnerships;

	private final EngagementActivities engagement;

	private final PlanActions actions;

	private final NeighbourhoodProfiles profiles;

	EvidenceGatherer(Places places, Bodies bodies, Partnerships partnerships, EngagementActivities engagement,
			PlanActions actions, NeighbourhoodProfiles profiles) {
		this.places = places;
		this.bodies = bodies;
		this.partnerships = partnerships;
		this.engagement = engagement;
		this.actions = actions;
		this.profiles = profiles;
	}

	Map<Element, List<String>> gather(PartnershipContext context, Scope scope, LocalDate today) {
		PartnershipId partnership = context.partnershipId();
		Map<Element, List<String>> facts = new EnumMap<>(Element.class);
		for (Element e : Element.values()) {
			facts.put(e, new ArrayList<>());
		}

		for (NeighbourhoodRef n : scope.neighbourhoods()) {
			List<NeighbourhoodVersion> versions = places.versions(partnership, n);
			facts.get(Element.DEFINED_NEIGHBOURHOOD)
				.add(versions.isEmpty() ? n.name() + ": no area drawn in NM Hub yet"
						: n.name() + ": drawn as " + versions.get(0).lsoaCodes().size() + " LSOAs ("
								+ versions.get(0).vintage().year() + " vintage), version " + versions.get(0).version()
								+ " of " + DATE.format(versions.get(0).validFrom()));
		}
		places.designations(partnership)
			.stream()
			.filter(d -> d.neighbourhoods().stream().anyMatch(n -> scope.neighbourhoods().contains(n)))
			.forEach(d -> facts.get(Element.FOCUSED_SERVICES)
				.add("Designated in " + d.name() + " on " + DATE.format(d.designatedOn()) + ": " + d.reason()));

		int activities = 0;
		for (NeighbourhoodRef n : scope.neighbourhoods()) {
			activities += engagement.activityCount(partnership, n.id());
		}
		String engagementFact = activities + (activities == 1 ? " engagement activity" : " engagement activities")
				+ " recorded for " + scope.name();
		facts.get(Element.RESIDENT_INVOLVEMENT).add(engagementFact);
		facts.get(Element.ENGAGING_COMMUNITIES).add(engagementFact);

		List<Member> members = partnerships.members(context);
		List<String> coordinators = members.stream()
			.filter(m -> m.role() == Role.DISTRICT_COORDINATOR && scope.districtCode().equals(m.districtCode()))
			.map(m -> m.displayName() + " (" + m.organisationName() + ")")
			.toList();
		long managers = members.stream().filter(m -> m.role() == Role.NEIGHBOURHOOD_MANAGER).count();
		facts.get(Element.NEIGHBOURHOOD_MANAGER)
			.add(coordinators.isEmpty() ? "No district coordinator in NM Hub for this district"
					: "District coordinator: " + String.join("; ", coordinators));
		facts.get(Element.NEIGHBOURHOOD_MANAGER)
			.add(managers + " neighbourhood manager" + (managers == 1 ? "" : "s") + " in the partnership");

		String districtName = scope.neighbourhoods()
			.stream()
			.map(NeighbourhoodRef::districtName)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(scope.name());
		List<PartnerBody> local = bodies.all(partnership)
			.stream()
			.filter(b -> districtName.equals(b.districtName()))
			.toList();
		for (PartnerBody b : local) {
			String fact = b.name() + " (" + b.type().label() + ")"
					+ (b.members().isEmpty() ? "" : ", " + b.members().size() + " members listed")
					+ (b.chair() == null ? "" : ", chaired by " + b.chair());
			if (b.type() == BodyType.DISTRICT_LSP) {
				facts.get(Element.LOCAL_AUTHORITY_SUPPORT).add(fact);
			}
			else {
				facts.get(Element.LOCAL_PARTNERSHIP).add(fact);
				facts.get(Element.JOINT_WORKING).add(fact);
			}
		}
		if (local.isEmpty()) {
			facts.get(Element.LOCAL_PARTNERSHIP).add("No bodies recorded for " + districtName);
		}

		List<ActionRef> all = new ArrayList<>();
		for (NeighbourhoodRef n : scope.neighbourhoods()) {
			all.addAll(actions.actions(partnership.value(), n.id()));
		}
		long led = all.stream().filter(a -> a.leadOrganisation() != null).count();
		long overdue = all.stream()
			.filter(a -> !a.completed() && a.dueOn() != null && a.dueOn().isBefore(today))
			.count();
		long done = all.stream().filter(ActionRef::completed).count();
		String actionsFact = all.size() + " plan actions: " + led + " with a lead organisation, " + done
				+ " completed, " + overdue + " overdue";
		facts.get(Element.SERVICE_PROVIDER_COMMITMENT).add(actionsFact);
		facts.get(Element.COORDINATION).add(actionsFact);

		List<IndicatorDataset> editions = profiles.editions();
		String evidence = editions.isEmpty() ? "No Indices of Deprivation loaded"
				: "Neighbourhood profiles from " + editions.get(0).title() + " (imported "
						+ DATE.format(editions.get(0).importedAt().atZone(java.time.ZoneId.of("Europe/London"))) + "), "
						+ editions.size() + " editions to compare";
		facts.get(Element.QUALITY_INFORMATION).add(evidence);
		facts.get(Element.UNDERSTANDING_NEEDS).add(evidence);
		return facts;
	}

}
