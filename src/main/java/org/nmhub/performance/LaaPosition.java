package org.nmhub.performance;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the partnership's current LAA framework stands on a date, for dashboards and
 * board packs: how many indicators are red, amber, green or missing, the returns that are
 * late and the delivery-plan milestones missed. Empty when the partnership has no
 * framework.
 *
 * @param framework the current version's name, or an empty string when there is none
 */
public record LaaPosition(String framework, LocalDate asAt, long red, long amber, long green, long missing,
		List<Late> lateReturns, List<Missed> missedMilestones) {

	public LaaPosition {
		lateReturns = List.copyOf(lateReturns);
		missedMilestones = List.copyOf(missedMilestones);
	}

	/** No framework: nothing counted. */
	public static LaaPosition none(LocalDate asAt) {
		return new LaaPosition("", asAt, 0, 0, 0, 0, List.of(), List.of());
	}

	public long indicators() {
		return red + amber + green + missing;
	}

	/** A return due and not in (none submitted, or sent back). */
	public record Late(String indicatorCode, String indicatorTitle, String periodLabel, LocalDate dueOn, String state) {
	}

	/** A milestone past its due date and not achieved. */
	public record Missed(String project, String title, LocalDate dueOn) {
	}

}
