package org.nmhub.partners;

import java.util.Optional;

import org.nmhub.access.PartnershipContext;

import org.springframework.stereotype.Service;

/**
 * Actions arising from meetings, for other modules: only those of meetings the user may
 * see.
 */
@Service
public class MeetingActions {

	private final Meetings meetings;

	private final Bodies bodies;

	MeetingActions(Meetings meetings, Bodies bodies) {
		this.meetings = meetings;
		this.bodies = bodies;
	}

	public Optional<MeetingActionRef> visibleAction(PartnershipContext context, long actionId) {
		return meetings.meetingOfAction(context, actionId)
			.flatMap(id -> meetings.find(context, id))
			.filter(m -> bodies.visible(context).stream().anyMatch(b -> b.id() == m.bodyId()))
			.flatMap(m -> m.actions()
				.stream()
				.filter(a -> a.id() == actionId)
				.findFirst()
				.map(a -> new MeetingActionRef(a.id(), m.id(), m.bodyName(), m.startsAt().toLocalDate(),
						a.description(), a.ownerId(), a.ownerName(), a.dueOn(), a.completedOn() != null)));
	}

}
