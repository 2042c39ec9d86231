package org.nmhub.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.nmhub.places.Geography;
import org.nmhub.places.LsoaChange;
import org.nmhub.shared.LsoaVintage;

/**
 * Carries a set of LSOAs from one vintage to another with the ONS change lookups, one
 * decade at a time, and says where a split, merge or redrawing changed the area.
 */
final class AreaCarry {

	record Carried(Set<String> codes, List<String> changes) {
	}

	private AreaCarry() {
	}

	static Carried carry(Geography geography, Collection<String> codes, LsoaVintage from, LsoaVintage to) {
		Set<String> current = new TreeSet<>(codes);
		List<String> notes = new ArrayList<>();
		LsoaVintage at = from;
		while (at != to) {
			boolean forward = to.year() > at.year();
			LsoaVintage next = LsoaVintage.ofYear(at.year() + (forward ? 10 : -10));
			List<LsoaChange> changes = geography.changesOf(at, next, current);
			Set<String> moved = new TreeSet<>();
			for (LsoaChange change : changes) {
				String source = forward ? change.fromCode() : change.toCode();
				String target = forward ? change.toCode() : change.fromCode();
				if (current.contains(source)) {
					moved.add(target);
					if (change.change() != 'U') {
						notes.add(describe(change, at, next));
					}
				}
			}
			current = moved;
			at = next;
		}
		return new Carried(current, notes);
	}

	private static String describe(LsoaChange change, LsoaVintage from, LsoaVintage to) {
		String kind = switch (change.change()) {
			case 'S' -> "was split";
			case 'M' -> "was merged";
			default -> "was redrawn";
		};
		return change.fromCode() + " (" + Math.min(from.year(), to.year()) + ") " + kind + ": it corresponds to "
				+ change.toCode() + " (" + Math.max(from.year(), to.year()) + ")";
	}

}
