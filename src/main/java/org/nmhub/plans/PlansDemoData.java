package org.nmhub.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.OrganisationRef;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Partnerships;
import org.nmhub.partners.Bodies;
import org.nmhub.partners.PartnerBody;
import org.nmhub.places.District;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.shared.AuditedChange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads illustrative action plans for Leicestershire Together once: Neighbourhood Action
 * Plans for Greenhill, Melton and Loughborough East built from what the 2008 review says
 * each area targets (seed 000, 4.14–4.15, 4.37, 4.41 and 4.46), a template, and the
 * county and North West Leicestershire neighbourhood-management plans made of the
 * review's section 8 recommendations with their S, D and S/D marks. Every plan is marked
 * illustrative: the actions, officers, dates and amounts are plausible examples.
 */
@Component
@Order(40)
class PlansDemoData implements ApplicationRunner {

	static final String BY = "NM Hub demo data";

	static final String REVIEW = "Review of neighbourhood management in Leicestershire, 2008";

	private final PlanRepository plans;

	private final Partnerships partnerships;

	private final Places places;

	private final Bodies bodies;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final boolean enabled;

	PlansDemoData(PlanRepository plans, Partnerships partnerships, Places places, Bodies bodies, JdbcClient jdbc,
			ApplicationEventPublisher events, @Value("${nmhub.demo.enabled}") boolean enabled) {
		this.plans = plans;
		this.partnerships = partnerships;
		this.places = places;
		this.bodies = bodies;
		this.jdbc = jdbc;
		this.events = events;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		Optional<PartnershipRef> county = partnerships.findBySlug("leicestershire-together");
		if (county.isEmpty() || plans.hasIllustrativePlans(county.get().id().value())) {
			return;
		}
		new CountyDemoData(county.get().id()).load();
	}

	/** The county's demo plans, with lookups by name. */
	private final class CountyDemoData {

		private final PartnershipId id;

		private final Map<String, Long> organisations;

		private final List<PartnerBody> partnerBodies;

		CountyDemoData(PartnershipId id) {
			this.id = id;
			this.organisations = partnerships.organisations(id)
				.stream()
				.collect(java.util.stream.Collectors.toMap(OrganisationRef::name, OrganisationRef::id));
			this.partnerBodies = bodies.all(id);
		}

		void load() {
			greenhill();
			melton();
			loughboroughEast();
			template();
			countyPlan();
			northWestLeicestershirePlan();
		}

		private void greenhill() {
			NeighbourhoodRef n = neighbourhood("greenhill");
			long plan = plan(PlanKind.NEIGHBOURHOOD, n.id(), null, "Greenhill Neighbourhood Action Plan 2008 to 2011",
					LocalDate.of(2008, 4, 1), LocalDate.of(2011, 3, 31), 4,
					"Illustrative. The review names the Greenhill Action Plan (April 2008) as good practice (4.41, "
							+ "4.47). Priorities from the review's account of what NWL targets (4.46); actions, "
							+ "officers, dates and amounts are examples.");
			long young = priority(plan, "Opportunities and facilities for young people", PriorityCategory.PERSON,
					"Children and Young People", "Residents' top priority in North West Leicestershire.",
					EvidenceKind.ENGAGEMENT, "review 4.46", "Residents' top priority (" + REVIEW + ", 4.46)");
			long youthClub = action(plan, young, "Run a weekly youth club at the community centre",
					"Leicestershire County Council", null, "Illustrative: county youth worker", "2008-09-01",
					"2009-07-31", "8000", ResourceKind.CASH, "Youth service budget", List.of("Positive Futures"),
					"At least 25 young people aged 13 to 19 attend regularly");
			progress(youthClub, Rag.GREEN, 100, "Club running every Thursday; 31 regular members.", true, "2009-07-20");
			long sport = action(plan, young, "Positive Futures sports sessions in the school holidays",
					"Positive Futures", null, "Illustrative: Positive Futures co-ordinator", "2008-07-21", "2009-08-28",
					"3500", ResourceKind.CASH, "Positive Futures programme", List.of("NWL CVS"),
					"Sessions in every school holiday, 40 young people taking part");
			progress(sport, Rag.AMBER, 60, "Summer and October sessions held; Easter sessions short of coaches.", false,
					"2009-04-20");
			long crime = priority(plan, "Reducing crime and anti-social behaviour", PriorityCategory.BOTH,
					"Safer Communities", "Also a resident priority.", EvidenceKind.ENGAGEMENT, "review 4.46",
					"A resident priority (" + REVIEW + ", 4.46)");
			long patrols = action(plan, crime,
					"Monthly PACT meetings and patrols at the anti-social behaviour hotspots", "Police",
					user("partner@leicestershire-together.example"), null, "2008-06-01", "2009-03-31", "12000",
					ResourceKind.IN_KIND, "Police neighbourhood team time",
					List.of("North West Leicestershire District Council"),
					"Anti-social behaviour incidents reported down 10% on 2007/08");
			progress(patrols, Rag.AMBER, 70,
					"PACT meeting held monthly; hotspot patrols on Friday and Saturday " + "evenings.", false,
					"2009-02-15");
			long streets = priority(plan, "Clean streets: less waste, litter and dog fouling", PriorityCategory.PLACE,
					"Cleaner and Greener", "", EvidenceKind.DOCUMENT, "review 4.46",
					"Improving the environment, including reducing waste and litter, clean streets and reducing dog "
							+ "fouling (" + REVIEW + ", 4.46)");
			long sweep = action(plan, streets, "Fortnightly litter pick and dog-fouling enforcement patrols",
					"North West Leicestershire District Council", null, "Illustrative: street scene officer",
					"2008-05-01", "2009-03-31", "6000", ResourceKind.IN_KIND, "Environmental services staff time",
					List.of(), "Litter and dog fouling complaints down a quarter");
			progress(sweep, Rag.GREEN, 100, "Done: complaints down from 48 to 33 (illustrative).", true, "2009-04-02");
			long health = priority(plan, "Improving health", PriorityCategory.PERSON, "Healthier Communities", "",
					EvidenceKind.DOCUMENT, "review 4.46", "Improving health (" + REVIEW + ", 4.46)");
			action(plan, health, "Health walks and a stop-smoking drop-in at the community centre",
					"Leicestershire PCT", null, "Illustrative: health trainer", "2008-10-01", "2009-09-30", "4000",
					ResourceKind.CASH, "PCT health improvement budget", List.of("NWL CVS"),
					"Two health walks a month; 20 people helped to stop smoking");
			long transport = priority(plan, "Better public transport", PriorityCategory.PLACE, "", "",
					EvidenceKind.DOCUMENT, "review 4.46", "Improving public transport (" + REVIEW + ", 4.46)");
			action(plan, transport, "Survey residents' journeys and put the case for an evening bus service",
					"Leicestershire County Council", null, "Illustrative: passenger transport officer", "2008-09-01",
					"2009-06-30", "1500", ResourceKind.CASH, "Neighbourhood management budget", List.of(),
					"Survey of 200 households; a costed case to the county's passenger transport unit");
			action(plan, transport, "Ask the bus operator about a stop nearer the estate",
					"Leicestershire County Council", null, "", null, null, null, null, "", List.of(), "");
			agree(plan, "Greenhill NAT", "2008-04-17", "North West Leicestershire District LSP", "2008-05-22");
		}

		private void melton() {
			NeighbourhoodRef n = neighbourhood("melton");
			long plan = plan(PlanKind.NEIGHBOURHOOD, n.id(), null, "Melton Neighbourhood Action Plan 2008 to 2011",
					LocalDate.of(2008, 4, 1), LocalDate.of(2011, 3, 31), 6,
					"Illustrative. Egerton, Fairmead, Town Centre Flats and South Melton; priorities from the "
							+ "review's account of what Melton targets (4.37); actions are examples.");
			long young = priority(plan, "Opportunities and facilities for young people", PriorityCategory.PERSON,
					"Children and Young People", "The top priority for residents.", EvidenceKind.ENGAGEMENT,
					"review 4.37", "The top priority for residents (" + REVIEW + ", 4.37)");
			long youth = action(plan, young, "Youth activities on the Egerton and Fairmead estates",
					"Melton Borough Council", null, "Illustrative: youth and community officer", "2008-06-01",
					"2009-05-31", "10000", ResourceKind.CASH, "Neighbourhood management budget",
					List.of("Connexions", "Voluntary Agency Melton (VAM)"), "Three sessions a week; exclusions down");
			progress(youth, Rag.GREEN, 80, "Sessions running three evenings a week.", false, "2009-03-10");
			long crime = priority(plan, "Reducing crime and anti-social behaviour", PriorityCategory.BOTH,
					"Safer Communities", "Egerton ranks among the most deprived 12% of areas in England for crime.",
					EvidenceKind.PROFILE_INDICATOR, "IoD 2007 crime domain",
					"Crime domain rank (" + REVIEW + ", 4.32)");
			action(plan, crime, "Tackle criminal damage with the community safety team and the police", "Police", null,
					"Illustrative: neighbourhood sergeant", "2008-04-01", "2009-03-31", "15000", ResourceKind.IN_KIND,
					"Police and council community safety staff time", List.of("Melton Borough Council"),
					"Criminal damage down on 2007/08");
			long environment = priority(plan, "Improving the environment", PriorityCategory.PLACE,
					"Cleaner and Greener", "Reducing waste and litter, clean streets, better parks and open spaces.",
					EvidenceKind.DOCUMENT, "review 4.37", REVIEW + ", 4.37");
			long cleanUp = action(plan, environment, "Area clean-ups with residents on Egerton and Fairmead",
					"Melton Borough Council", null, "Illustrative: environmental services officer", "2008-05-01",
					"2008-10-31", "2500", ResourceKind.CASH, "Environmental services budget",
					List.of("Voluntary Agency Melton (VAM)"), "Four clean-up days with at least 20 residents each");
			progress(cleanUp, Rag.GREEN, 100, "Four clean-ups held (illustrative).", true, "2008-11-05");
			long homes = priority(plan, "Decent homes for all", PriorityCategory.PLACE, "Stronger Communities", "",
					EvidenceKind.DOCUMENT, "review 4.37", REVIEW + ", 4.37");
			action(plan, homes, "Bring the council's homes on Egerton up to the decent homes standard",
					"Melton Borough Council", null, "Illustrative: housing repairs manager", "2008-04-01", "2010-03-31",
					"250000", ResourceKind.CASH, "Housing capital programme", List.of(),
					"Every council home on the estate meets the standard by March 2010");
			agree(plan, "Melton Neighbourhood Management Group", "2008-07-09", "Melton District LSP", null);
		}

		private void loughboroughEast() {
			NeighbourhoodRef n = neighbourhood("loughborough-east");
			long plan = plan(PlanKind.NEIGHBOURHOOD, n.id(), null,
					"Loughborough East Neighbourhood Action Plan 2009 to 2012", LocalDate.of(2009, 4, 1),
					LocalDate.of(2012, 3, 31), 4,
					"Illustrative draft. Built on Charnwood's shared protocol for graffiti clean-up and its "
							+ "Environmental Action Weeks (" + REVIEW + ", 4.14–4.15); actions are examples.");
			long graffiti = priority(plan, "Graffiti and anti-social behaviour", PriorityCategory.PLACE,
					"Safer Communities", "", EvidenceKind.DOCUMENT, "review 4.14",
					"Graffiti and anti-social behaviour (" + REVIEW + ", 4.14)");
			action(plan, graffiti, "Remove reported graffiti within the shared protocol's deadlines",
					"Charnwood District Council", null, "Illustrative: street care team leader", "2009-04-01",
					"2010-03-31", "7500", ResourceKind.CASH, "Street care budget",
					List.of("Police", "Registered Social Landlords (RSLs)"),
					"Offensive graffiti removed within 24 hours, other graffiti within 5 working days");
			long weeks = priority(plan, "Environmental Action Weeks", PriorityCategory.PLACE, "Cleaner and Greener", "",
					EvidenceKind.DOCUMENT, "review 4.15", "Environmental Action Weeks (" + REVIEW + ", 4.15)");
			action(plan, weeks, "Two Environmental Action Weeks a year around the Bell Foundry estate",
					"Charnwood District Council", null, "", "2009-05-11", "2009-10-16", null, null, "",
					List.of("Voluntary Action Charnwood"), "");
			long waste = priority(plan, "Fortnightly waste collection with the Bengali community",
					PriorityCategory.BOTH, "Cleaner and Greener", "", EvidenceKind.ENGAGEMENT, "review 4.15",
					"Cultural issues with the Bengali community around fortnightly waste collection (" + REVIEW
							+ ", 4.15)");
			action(plan, waste, "Bengali-language guides and door-step visits about the collection days", null, null,
					"", null, null, null, null, "", List.of(), "");
		}

		private void template() {
			long plan = plan(PlanKind.NEIGHBOURHOOD, neighbourhood("greenhill").id(), null,
					"Neighbourhood Action Plan template (the place and the person)", LocalDate.of(2009, 4, 1),
					LocalDate.of(2012, 3, 31), 4,
					"Illustrative template, after the review's call for action plan templates (8.4). Start a plan "
							+ "from it, then name the leads, resources, dates and measures.");
			jdbc.sql("update action_plans set template = true where id = :id").param("id", plan).update();
			for (String[] p : new String[][] { { "Crime and anti-social behaviour", "BOTH", "Safer Communities" },
					{ "Opportunities and facilities for young people", "PERSON", "Children and Young People" },
					{ "A clean and green neighbourhood", "PLACE", "Cleaner and Greener" },
					{ "Health and well-being", "PERSON", "Healthier Communities" },
					{ "Jobs, skills and training", "PERSON", "Economic Development" } }) {
				long priority = priority(plan, p[0], PriorityCategory.valueOf(p[1]), p[2], "", null, "", "");
				action(plan, priority, "Agree what will be done, who leads and with which resources", null, null, "",
						null, null, null, null, "", List.of(), "");
			}
		}

		private void countyPlan() {
			long plan = plan(PlanKind.COUNTY, null, null, "County neighbourhood-management action plan 2009 to 2012",
					LocalDate.of(2009, 4, 1), LocalDate.of(2012, 3, 31), 4,
					"Illustrative draft: the workplan of the recommended neighbourhood management sub-group of "
							+ "Leicestershire Together, made of the recommendations of section 8 of the " + REVIEW
							+ ", quoted with their marks: S for county-wide, D for district (the DLSPs), S/D for "
							+ "both. Leads, resources and dates are for the sub-group to agree.");
			recommendations(plan, false);
		}

		private void northWestLeicestershirePlan() {
			District nwl = places.districts(id)
				.stream()
				.filter(d -> d.ladCode().equals("E07000134"))
				.findFirst()
				.orElseThrow();
			long plan = plan(PlanKind.DISTRICT, null, nwl.id(),
					"North West Leicestershire neighbourhood-management action plan 2009 to 2012",
					LocalDate.of(2009, 4, 1), LocalDate.of(2012, 3, 31), 4,
					"Illustrative draft: the review's recommendations marked D and S/D (section 8), for the North "
							+ "West Leicestershire District LSP.");
			recommendations(plan, true);
		}

		private void recommendations(long plan, boolean districtOnly) {
			String section = null;
			long priority = 0;
			for (Recommendations.Recommendation r : Recommendations.ALL) {
				if (districtOnly && r.level().equals("S")) {
					continue;
				}
				if (!r.section().equals(section)) {
					section = r.section();
					priority = priority(plan, section, PriorityCategory.BOTH, "", "", EvidenceKind.DOCUMENT,
							"review section 8", REVIEW + ", section 8");
				}
				ActionValues v = new ActionValues(priority, r.text(), "", r.level(), "Review " + r.paragraph(), null,
						null, "", null, null, null, "", null, null, null, "", "", true, List.of());
				plans.insertAction(id.value(), plan, UUID.randomUUID(), v, BY);
			}
		}

		// Building blocks

		private NeighbourhoodRef neighbourhood(String key) {
			return places.neighbourhood(id, key).orElseThrow();
		}

		private long plan(PlanKind kind, @Nullable Long neighbourhood, @Nullable Long district, String title,
				LocalDate starts, LocalDate ends, int reviewMonth, String notes) {
			long plan = plans.insertPlan(id.value(), UUID.randomUUID(), 1, null, kind, neighbourhood, district, title,
					starts, ends, reviewMonth, false, true, notes, BY);
			events.publishEvent(new PlanChanged(id, plan,
					new AuditedChange(id.value(), null, BY, "created", "action plan", String.valueOf(plan),
							"Loaded the illustrative plan " + title, Map.of(), Map.of("title", title))));
			return plan;
		}

		private long priority(long plan, String title, PriorityCategory category, String theme, String description,
				@Nullable EvidenceKind evidence, String reference, String label) {
			long priority = plans.insertPriority(id.value(), plan, UUID.randomUUID(), title, description, category,
					theme, "");
			if (evidence != null) {
				plans.insertEvidence(id.value(), priority, evidence, reference, label);
			}
			return priority;
		}

		private long action(long plan, long priority, String title, @Nullable String lead, @Nullable Long officer,
				@Nullable String officerName, @Nullable String starts, @Nullable String due, @Nullable String amount,
				@Nullable ResourceKind kind, String source, List<String> partners, String measure) {
			String name = officerName;
			if (officer != null) {
				name = jdbc.sql("select display_name from users where id = :id")
					.param("id", officer)
					.query(String.class)
					.single();
			}
			ActionValues v = new ActionValues(priority, title, "", null, "", lead == null ? null : org(lead), officer,
					name == null ? "" : name, starts == null ? null : LocalDate.parse(starts),
					due == null ? null : LocalDate.parse(due), amount == null ? null : new BigDecimal(amount), source,
					kind, null, null, measure, "", true, partners.stream().map(this::org).toList());
			return plans.insertAction(id.value(), plan, UUID.randomUUID(), v, BY);
		}

		private void progress(long actionId, Rag rag, int percent, String narrative, boolean completed, String on) {
			Action action = plans.action(id.value(), actionId).orElseThrow();
			plans.insertProgress(id.value(), action, rag, percent, narrative, "", completed, null,
					action.leadOfficerName().isBlank() ? BY : action.leadOfficerName(),
					LocalDate.parse(on).atTime(10, 0).toInstant(ZoneOffset.UTC));
		}

		private void agree(long plan, String agreedBy, String agreedOn, @Nullable String endorsedBy,
				@Nullable String endorsedOn) {
			plans.submit(id.value(), plan, BY);
			plans.agree(id.value(), plan, body(agreedBy), LocalDate.parse(agreedOn), BY);
			if (endorsedBy != null && endorsedOn != null) {
				plans.endorse(id.value(), plan, body(endorsedBy), LocalDate.parse(endorsedOn), BY);
			}
		}

		private long org(String name) {
			Long org = organisations.get(name);
			if (org == null) {
				throw new IllegalStateException("No organisation " + name + " in the demo partnership");
			}
			return org;
		}

		private long body(String name) {
			return partnerBodies.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow().id();
		}

		private @Nullable Long user(String email) {
			return jdbc.sql("select id from users where email = :email")
				.param("email", email)
				.query(Long.class)
				.optional()
				.orElse(null);
		}

	}

}
