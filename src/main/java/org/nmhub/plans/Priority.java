package org.nmhub.plans;

import java.util.List;
import java.util.UUID;

/**
 * A priority of a plan: what the neighbourhood needs, with its evidence and the actions
 * that will deliver it.
 */
record Priority(long id, UUID lineageKey, int position, String title, String description, PriorityCategory category,
		String laaTheme, String reference, List<EvidenceLink> evidence, List<Action> actions) {

	Priority {
		evidence = List.copyOf(evidence);
		actions = List.copyOf(actions);
	}

	/**
	 * Whether at least one action is both led and resourced: the plan's test of intent.
	 */
	boolean isBacked() {
		return actions.stream().anyMatch(a -> a.isLed() && a.isResourced());
	}

}
