package org.nmhub.places;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nmhub.shared.LsoaVintage;

/**
 * What the neighbourhood page shows of its area: the current version in each vintage with
 * LSOA names, and for each version what changed from the one before in the same vintage.
 */
record AreaView(NeighbourhoodVersion version, Map<String, String> names, List<String> added, List<String> removed) {

	static List<AreaView> current(List<NeighbourhoodVersion> newestFirst, Places places) {
		List<AreaView> views = new ArrayList<>();
		Set<LsoaVintage> seen = EnumSet.noneOf(LsoaVintage.class);
		for (NeighbourhoodVersion version : newestFirst) {
			if (seen.add(version.vintage())) {
				NeighbourhoodVersion previous = newestFirst.stream()
					.filter(v -> v.vintage() == version.vintage() && v.version() < version.version())
					.findFirst()
					.orElse(null);
				Set<String> added = new TreeSet<>(version.lsoaCodes());
				Set<String> removed = new TreeSet<>();
				if (previous != null) {
					added.removeAll(previous.lsoaCodes());
					removed.addAll(previous.lsoaCodes());
					removed.removeAll(version.lsoaCodes());
				}
				views.add(new AreaView(version, places.lsoaNames(version.vintage(), version.lsoaCodes()),
						previous == null ? List.of() : List.copyOf(added), List.copyOf(removed)));
			}
		}
		return views;
	}

}
