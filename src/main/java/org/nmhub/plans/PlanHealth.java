package org.nmhub.plans;

import org.nmhub.shared.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * The "not a wish list" check (review 5.46 and 6.3): every action without a committed
 * lead, resources, dates or a measure is flagged, and a plan cannot be submitted while
 * any priority has no action that is both led and resourced.
 *
 * @param flagged the actions with something missing, with what
 * @param unbacked the priorities with no led and resourced action
 * @param actions how many actions the plan has
 */
record PlanHealth(List<Flag> flagged, List<Priority> unbacked, int actions, int priorities) {

	record Flag(Priority priority, Action action, List<String> problems) {
	}

	static PlanHealth of(List<Priority> priorities) {
		List<Flag> flagged = new ArrayList<>();
		List<Priority> unbacked = new ArrayList<>();
		int actions = 0;
		for (Priority priority : priorities) {
			for (Action action : priority.actions()) {
				actions++;
				List<String> problems = action.wishListProblems();
				if (!problems.isEmpty()) {
					flagged.add(new Flag(priority, action, problems));
				}
			}
			if (!priority.isBacked()) {
				unbacked.add(priority);
			}
		}
		return new PlanHealth(List.copyOf(flagged), List.copyOf(unbacked), actions, priorities.size());
	}

	boolean canSubmit() {
		return priorities > 0 && unbacked.isEmpty();
	}

	boolean isHealthy() {
		return canSubmit() && flagged.isEmpty();
	}

	/** Why the plan cannot be submitted, one problem per priority. */
	List<FieldProblem> blockers() {
		List<FieldProblem> problems = new ArrayList<>();
		if (priorities == 0) {
			problems.add(new FieldProblem("health", "Add at least one priority with a led, resourced action"));
		}
		for (Priority priority : unbacked) {
			problems.add(new FieldProblem("priority-" + priority.id(), "The priority \"" + priority.title()
					+ "\" has no action with a committed lead (organisation and named officer) and resources"));
		}
		return problems;
	}

}
