package org.nmhub.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.Role;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.Slugs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's engagement activities and the rarely heard groups it counts.
 */
@Service
public class EngagementActivities {

	private final ActivityRepository activities;

	private final Places places;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EngagementActivities(ActivityRepository activities, Places places, ApplicationEventPublisher events) {
		this.activities = activities;
		this.places = places;
		this.events = events;
		this.clock = Clock.systemDefaultZone();
	}

	/** How many activities a neighbourhood has had, for other modules' summaries. */
	public int activityCount(PartnershipId partnership, long neighbourhoodId) {
		return activities.activities(partnership, neighbourhoodId).size();
	}

	/**
	 * What residents raised at a neighbourhood's activities (forums, drop-ins, ward
	 * walks…) and the feedback given back, newest first, for other modules' reports.
	 */
	public List<ActivityFeedback> feedback(PartnershipId partnership, long neighbourhoodId) {
		return activities.activities(partnership, neighbourhoodId)
			.stream()
			.sorted(java.util.Comparator.comparing(Activity::heldOn).reversed())
			.map(a -> new ActivityFeedback(a.heldOn(), a.title(), a.method().label(), a.attending(), a.issuesRaised(),
					a.feedbackGiven()))
			.toList();
	}

	List<Activity> list(PartnershipId partnership, @Nullable Long neighbourhoodId) {
		return activities.activities(partnership, neighbourhoodId);
	}

	Optional<Activity> find(PartnershipId partnership, long id) {
		return activities.activity(partnership, id, activities.groupNames(partnership));
	}

	List<RarelyHeardGroup> groups(PartnershipId partnership) {
		return activities.groups(partnership);
	}

	/** The neighbourhoods a member may record activities for. */
	List<NeighbourhoodRef> recordable(PartnershipContext context) {
		List<NeighbourhoodRef> all = places.neighbourhoods(context.partnershipId());
		if (context.role() == Role.NEIGHBOURHOOD_MANAGER) {
			return all.stream().filter(n -> context.membership().neighbourhoodKeys().contains(n.key())).toList();
		}
		if (context.role() == Role.DISTRICT_COORDINATOR) {
			return all.stream()
				.filter(n -> n.districtCode() != null && n.districtCode().equals(context.membership().districtCode()))
				.toList();
		}
		return all;
	}

	/**
	 * Records an activity in one of the member's neighbourhoods. Audited.
	 * @return the problems by field (nothing is saved if there are any), or the new id
	 */
	@Transactional
	Recorded record(PartnershipContext context, ActivityForm form) {
		List<RarelyHeardGroup> groups = activities.groups(context.partnershipId());
		ActivityForm.Result result = form.validate(recordable(context), groups, LocalDate.now(clock));
		if (result.activity() == null) {
			Map<String, String> problems = new LinkedHashMap<>(result.problems());
			if (problems.containsKey("neighbourhood") && !form.values().getOrDefault("neighbourhood", "").isBlank()) {
				problems.put("neighbourhood", "Select one of the neighbourhoods you work in");
			}
			return new Recorded(null, problems);
		}
		ActivityForm.NewActivity activity = result.activity();
		long id = activities.insert(context.partnershipId(), activity, context.user().userId(),
				context.user().displayName(), false, "Recorded in NM Hub");
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("title", activity.title());
		now.put("neighbourhood", activity.neighbourhood().name());
		now.put("heldOn", activity.heldOn().toString());
		now.put("method", activity.method().name());
		now.put("level", activity.level().name());
		now.put("attending", activity.attending());
		activity.counts().forEach(c -> now.put(c.dimension() + "/" + c.category(), c.people()));
		events.publishEvent(new EngagementChanged(context.partnershipId(), "engagement-activity", id,
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "created", "engagement-activity", String.valueOf(id),
						"Recorded the engagement activity " + activity.title(), Map.of(), now)));
		return new Recorded(id, Map.of());
	}

	record Recorded(@Nullable Long id, Map<String, String> problems) {
	}

	/**
	 * Names a rarely heard group for the partnership to count. Audited.
	 * @return the problem with the name, if any
	 */
	@Transactional
	Optional<String> addGroup(PartnershipContext context, String name) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			return Optional.of("Enter the group's name, in 100 characters or fewer");
		}
		String key = Slugs.of(trimmed);
		if (key.isEmpty()) {
			return Optional.of("Enter a name with letters or numbers");
		}
		if (activities.groupExists(context.partnershipId(), key)) {
			return Optional.of("There is already a group called " + trimmed);
		}
		long id = activities.insertGroup(context.partnershipId(), key, trimmed,
				"Named in NM Hub by " + context.user().displayName());
		events.publishEvent(new EngagementChanged(context.partnershipId(), "engagement-group", id,
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "created", "engagement-group", key,
						"Named " + trimmed + " as a rarely heard group", Map.of(), Map.of("name", trimmed))));
		return Optional.empty();
	}

}
