package org.nmhub.intelligence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Partnerships;
import org.nmhub.places.District;
import org.nmhub.places.Geography;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.PlaceFound;
import org.nmhub.places.Places;
import org.nmhub.plans.ActionRef;
import org.nmhub.plans.Escalation;
import org.nmhub.plans.EvidenceKind;
import org.nmhub.plans.PlanActions;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.Confidentiality;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community intelligence log: recording items, viewing them (restricted and personal
 * views audited), acting on them, erasing personal data past its review date, and the
 * residents' "tell us" form. Every read goes through {@link IntelligenceQueries}, whose
 * one predicate decides who may see what.
 */
@Service
public class CommunityIntelligence {

	/** Submissions of the public form a client may make in an hour. */
	static final int SUBMISSIONS_PER_HOUR = 5;

	private final IntelligenceQueries queries;

	private final ItemRepository items;

	private final Viewers viewers;

	private final Places places;

	private final Geography geography;

	private final Partnerships partnerships;

	private final ApplicationEventPublisher events;

	private final PlanActions planActions;

	private final Clock clock = Clock.systemDefaultZone();

	CommunityIntelligence(IntelligenceQueries queries, ItemRepository items, Viewers viewers, Places places,
			Geography geography, Partnerships partnerships, ApplicationEventPublisher events, PlanActions planActions) {
		this.queries = queries;
		this.items = items;
		this.viewers = viewers;
		this.places = places;
		this.geography = geography;
		this.partnerships = partnerships;
		this.events = events;
		this.planActions = planActions;
	}

	/**
	 * How many items of a neighbourhood residents can read as "you said, we did", for
	 * other modules' public summaries.
	 */
	public int publicOutcomeCount(PartnershipId partnership, long neighbourhoodId) {
		return queries.publicOutcomes(partnership.value(), neighbourhoodId).size();
	}

	/**
	 * "You said, we did": the neighbourhood's public-grade items closed with an outcome,
	 * newest first, exactly as the public page shows them.
	 */
	public List<YouSaidWeDid> youSaidWeDid(PartnershipId partnership, long neighbourhoodId) {
		return queries.publicOutcomes(partnership.value(), neighbourhoodId)
			.stream()
			.map(o -> new YouSaidWeDid(o.reference(), o.category(), o.title(), o.outcome(), o.closedOn()))
			.toList();
	}

	Viewer viewer(PartnershipContext context) {
		return viewers.of(context);
	}

	List<Category> categories(PartnershipId partnership) {
		return queries.categories(partnership.value());
	}

	record Recorded(@Nullable Long id, @Nullable String reference, Map<String, String> problems) {

		static Recorded refused(Map<String, String> problems) {
			return new Recorded(null, null, problems);
		}

	}

	/** Records an item from the partners' form. Audited (without restricted content). */
	@Transactional
	Recorded record(PartnershipContext context, ItemForm form) {
		Viewer viewer = viewers.of(context);
		PartnershipId partnership = context.partnershipId();
		List<NeighbourhoodRef> neighbourhoods = places.neighbourhoods(partnership);
		ItemForm.Checked checked = form.check(categories(partnership), neighbourhoods,
				partnerships.organisations(partnership), LocalDate.now(clock));
		if (checked.draft() == null) {
			return Recorded.refused(checked.problems());
		}
		ItemForm.Draft draft = checked.draft();
		Map<String, String> problems = new LinkedHashMap<>();
		if (draft.grade() == Confidentiality.PARTNERS && !viewer.signed()) {
			problems.put("grade",
					"Your organisation has not signed the partnership's current information-sharing protocol, so it "
							+ "cannot share at Partners grade: choose Restricted and name the organisations, or ask "
							+ "your organisation to sign");
		}
		NeighbourhoodRef neighbourhood = draft.neighbourhood();
		PlaceFound place = null;
		if (draft.longitude() != null && draft.latitude() != null) {
			place = geography.locate(draft.longitude().doubleValue(), draft.latitude().doubleValue()).orElse(null);
			String outside = outside(partnership, place);
			if (outside != null) {
				problems.put("longitude", outside);
			}
			else {
				List<NeighbourhoodRef> at = places.neighbourhoodsAt(partnership, place);
				if (neighbourhood != null && at.stream().noneMatch(n -> n.id() == draft.neighbourhood().id())) {
					problems.put("neighbourhood",
							"The point is not in " + neighbourhood.name() + " but in "
									+ (at.isEmpty() ? "none of the partnership's neighbourhoods" : at.get(0).name())
									+ ": correct the coordinates or the neighbourhood");
				}
				else if (neighbourhood == null && !at.isEmpty()) {
					neighbourhood = at.get(0);
				}
			}
		}
		if (!problems.isEmpty()) {
			return Recorded.refused(problems);
		}
		Set<Long> named = new TreeSet<>();
		if (draft.grade() == Confidentiality.RESTRICTED || draft.grade() == Confidentiality.PERSONAL) {
			named.addAll(draft.organisations());
			named.add(viewer.organisationId());
		}
		ItemRepository.Stored stored = items.insert(new ItemRepository.NewItem(partnership.value(), draft.kind(),
				draft.category().id(), draft.title(), draft.details(), draft.grade(), draft.sourceType(),
				draft.observedOn(), draft.longitude(), draft.latitude(), draft.addressText(),
				place == null || place.lsoa2011() == null ? null : place.lsoa2011().code(),
				place == null || place.lsoa2021() == null ? null : place.lsoa2021().code(),
				place == null || place.ward() == null ? null : place.ward().name(),
				neighbourhood == null ? null : neighbourhood.id(), ItemStatus.OPEN, draft.retainUntil(), false,
				viewer.userId(), viewer.organisationId(), viewer.name()));
		items.name(partnership.value(), stored.id(), named);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("reference", stored.reference());
		now.put("grade", draft.grade().name());
		now.put("category", draft.category().name());
		now.put("namedOrganisations", List.copyOf(named));
		if (!isSensitive(draft.grade())) {
			now.put("title", draft.title());
			now.put("neighbourhood", neighbourhood == null ? null : neighbourhood.name());
		}
		audit(context, stored.id(), "created",
				"Recorded community intelligence " + stored.reference() + " (" + draft.grade().label() + ")", Map.of(),
				now);
		return new Recorded(stored.id(), stored.reference(), Map.of());
	}

	/**
	 * Why a point cannot be used, or null when it lies in one of the partnership's
	 * districts.
	 */
	private @Nullable String outside(PartnershipId partnership, @Nullable PlaceFound place) {
		if (place == null) {
			return "The point is outside the partnership: it is not in any area whose boundaries NM Hub holds";
		}
		List<District> districts = places.districts(partnership);
		if (place.district() == null
				|| districts.stream().noneMatch(d -> d.ladCode().equals(place.district().code()))) {
			return "The point is outside the partnership"
					+ (place.district() == null ? "" : ": it is in " + place.district().name());
		}
		return null;
	}

	private static boolean isSensitive(Confidentiality grade) {
		return grade == Confidentiality.RESTRICTED || grade == Confidentiality.PERSONAL;
	}

	/**
	 * An item the viewer may see. Every view of a restricted or personal item is audited,
	 * in this transaction.
	 */
	@Transactional
	Optional<Item> view(PartnershipContext context, long id) {
		Optional<Item> item = queries.item(viewers.of(context), id);
		item.filter(i -> isSensitive(i.grade()))
			.ifPresent(i -> audit(context, i.id(), "viewed",
					"Viewed " + i.grade().label().toLowerCase(java.util.Locale.ROOT) + " item " + i.reference(),
					Map.of(), Map.of("reference", i.reference(), "grade", i.grade().name())));
		return item;
	}

	/** What can be done to an item. */
	enum Action {

		VERIFY, RESPOND, ESCALATE, PLAN, CLOSE, LINK, ERASE

	}

	/**
	 * Does something to an item the member may see. Audited.
	 * @return the problem that stopped it, if any
	 */
	@Transactional
	Optional<String> act(PartnershipContext context, long id, Action action, String text, String grade) {
		Viewer viewer = viewers.of(context);
		Item item = queries.item(viewer, id).orElse(null);
		if (item == null) {
			return Optional.of("There is no such item");
		}
		String typed = text == null ? "" : text.trim();
		long p = viewer.partnershipId();
		if (item.status() == ItemStatus.CLOSED && action != Action.LINK && action != Action.ERASE) {
			return Optional.of("This item is closed");
		}
		if (item.erased()) {
			return Optional.of("This item's personal data has been erased");
		}
		if (typed.length() > ItemForm.DETAILS_MAX) {
			return Optional.of("Use " + String.format("%,d", ItemForm.DETAILS_MAX) + " characters or fewer");
		}
		Map<String, @Nullable Object> was = new LinkedHashMap<>();
		was.put("status", item.status().name());
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		String summary;
		switch (action) {
			case VERIFY -> {
				if (item.status() != ItemStatus.UNVERIFIED) {
					return Optional.of("This item has already been verified");
				}
				Confidentiality newGrade = org.nmhub.shared.FormValues.choice(Confidentiality.class, grade)
					.filter(g -> g != Confidentiality.PERSONAL)
					.orElse(null);
				if (newGrade == null) {
					return Optional.of("Select who may see it: public, partners or restricted");
				}
				items.verify(p, id, newGrade);
				if (newGrade == Confidentiality.RESTRICTED) {
					items.name(p, id, Set.of(viewer.organisationId()));
				}
				items.respond(p, id, "VERIFIED", typed, viewer.userId(), viewer.name());
				was.put("grade", item.grade().name());
				now.put("grade", newGrade.name());
				now.put("status", ItemStatus.OPEN.name());
				summary = "Verified " + item.reference() + " as " + newGrade.label();
			}
			case RESPOND -> {
				if (typed.isEmpty()) {
					return Optional.of("Enter the response");
				}
				items.respond(p, id, "RESPONSE", typed, viewer.userId(), viewer.name());
				items.status(p, id, ItemStatus.RESPONDED);
				now.put("status", ItemStatus.RESPONDED.name());
				summary = "Responded to " + item.reference();
			}
			case ESCALATE -> {
				if (typed.isEmpty() || typed.length() > 300) {
					return Optional.of("Enter what it is escalated to (a plan action or a meeting's agenda), "
							+ "in 300 characters or fewer");
				}
				items.escalate(p, id, typed);
				items.respond(p, id, "ESCALATION", typed, viewer.userId(), viewer.name());
				now.put("status", ItemStatus.ESCALATED.name());
				summary = "Escalated " + item.reference();
			}
			case PLAN -> {
				if (item.grade() == Confidentiality.PERSONAL) {
					return Optional
						.of("Personal data is never put into an action plan: escalate it to a meeting instead");
				}
				if (typed.isEmpty() || typed.length() > 200) {
					return Optional.of("Enter the action the plan should take, in 200 characters or fewer");
				}
				if (item.neighbourhoodId() == null) {
					return Optional
						.of("The item is in none of the partnership's neighbourhoods, so no plan can take it");
				}
				ActionRef planned = planActions
					.escalate(new Escalation(p, item.neighbourhoodId(), typed, "", EvidenceKind.INTELLIGENCE,
							item.reference(), "Community intelligence " + item.reference(), null, null, viewer.userId(),
							viewer.name()))
					.orElse(null);
				if (planned == null) {
					return Optional.of(item.neighbourhoodName()
							+ " has no action plan to take it: escalate it to a meeting's agenda instead");
				}
				String to = "Action plan " + planned.planTitle() + ": " + planned.title();
				items.escalate(p, id, to.length() > 300 ? to.substring(0, 300) : to);
				items.respond(p, id, "ESCALATION", to, viewer.userId(), viewer.name());
				now.put("status", ItemStatus.ESCALATED.name());
				now.put("planAction", planned.id());
				summary = "Escalated " + item.reference() + " to the action plan " + planned.planTitle();
			}
			case CLOSE -> {
				if (typed.isEmpty()) {
					return Optional.of("Enter the outcome: what was done");
				}
				items.close(p, id, typed, LocalDate.now(clock));
				items.respond(p, id, "CLOSURE", typed, viewer.userId(), viewer.name());
				now.put("status", ItemStatus.CLOSED.name());
				summary = "Closed " + item.reference() + " with its outcome";
			}
			case LINK -> {
				Long other = queries.idOf(viewer, typed).orElse(null);
				if (other == null || other == id) {
					return Optional.of("Enter the reference of another item you can see, like CI-000012");
				}
				items.link(id, other);
				now.put("linkedTo", typed.toUpperCase(java.util.Locale.ROOT));
				summary = "Linked " + item.reference() + " to " + typed.toUpperCase(java.util.Locale.ROOT);
			}
			case ERASE -> {
				if (item.grade() != Confidentiality.PERSONAL || !item.pastRetention()) {
					return Optional.of("Only personal data past its review date can be erased");
				}
				items.erase(p, id);
				items.respond(p, id, "ERASURE", "", viewer.userId(), viewer.name());
				now.put("erased", true);
				summary = "Erased the personal data of " + item.reference() + " (review date " + item.retainUntil()
						+ ")";
			}
			default -> throw new IllegalArgumentException(action.name());
		}
		if (isSensitive(item.grade()) || action == Action.LINK) {
			now.put("reference", item.reference());
		}
		audit(context, id, action == Action.ERASE ? "erased" : "updated", summary, was, now);
		return Optional.empty();
	}

	private void audit(PartnershipContext context, long id, String action, String summary,
			Map<String, @Nullable Object> was, Map<String, @Nullable Object> now) {
		events.publishEvent(new IntelligenceChanged(context.partnershipId(), id,
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), action, "intelligence-item", String.valueOf(id), summary, was,
						now)));
	}

	/**
	 * Counts a submission of the public form by a client, in its own transaction so a
	 * refused submission still counts.
	 * @return whether the client is still within the limit
	 */
	@Transactional
	boolean admit(String clientKey) {
		Instant hour = Instant.now(clock).truncatedTo(ChronoUnit.HOURS);
		return items.countSubmission(clientKey, hour) <= SUBMISSIONS_PER_HOUR;
	}

	record Submitted(@Nullable String reference, Map<String, String> problems) {
	}

	/**
	 * A resident's report into the neighbourhood's inbox: unverified, graded partners so
	 * it is never published until a partner has checked it. Audited.
	 */
	@Transactional
	Submitted submit(PartnershipRef partnership, TellUsForm form) {
		List<NeighbourhoodRef> neighbourhoods = places.neighbourhoods(partnership.id());
		TellUsForm.Checked checked = form.check(neighbourhoods, categories(partnership.id()));
		if (!checked.problems().isEmpty()) {
			return new Submitted(null, checked.problems());
		}
		ItemRepository.Stored stored = items.insert(new ItemRepository.NewItem(partnership.id().value(),
				ItemKind.CONCERN, checked.category().id(), form.text("title"), form.text("details"),
				Confidentiality.PARTNERS, SourceType.PUBLIC_FORM, LocalDate.now(clock), null, null,
				form.text("addressText"), null, null, null, checked.neighbourhood().id(), ItemStatus.UNVERIFIED, null,
				false, null, null, "A resident (public form)"));
		events.publishEvent(new IntelligenceChanged(partnership.id(), stored.id(),
				new AuditedChange(partnership.id().value(), null, "A resident (public form)", "created",
						"intelligence-item", String.valueOf(stored.id()),
						"A resident reported " + stored.reference() + " through the public form", Map.of(),
						Map.of("reference", stored.reference(), "neighbourhood", checked.neighbourhood().name()))));
		return new Submitted(stored.reference(), Map.of());
	}

}
