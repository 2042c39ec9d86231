package org.nmhub.indicators;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Contiguous areas: the connected components of LSOAs under adjacency.
 */
final class SelectionClusters {

	private SelectionClusters() {
	}

	/**
	 * The connected components of the graph given (every key a node, its set its
	 * neighbours), largest first, then by their first code.
	 */
	static List<Set<String>> components(Map<String, Set<String>> adjacency) {
		Set<String> seen = new TreeSet<>();
		List<Set<String>> components = new ArrayList<>();
		for (String start : new TreeSet<>(adjacency.keySet())) {
			if (!seen.add(start)) {
				continue;
			}
			Set<String> component = new TreeSet<>();
			Deque<String> queue = new ArrayDeque<>();
			queue.add(start);
			while (!queue.isEmpty()) {
				String code = queue.poll();
				component.add(code);
				for (String next : adjacency.getOrDefault(code, Set.of())) {
					if (adjacency.containsKey(next) && seen.add(next)) {
						queue.add(next);
					}
				}
			}
			components.add(component);
		}
		components.sort(Comparator.comparingInt((Set<String> c) -> -c.size()).thenComparing(c -> c.iterator().next()));
		return components;
	}

	/** The graph restricted to the codes given. */
	static Map<String, Set<String>> restrict(Map<String, Set<String>> adjacency, Set<String> codes) {
		Map<String, Set<String>> restricted = new java.util.TreeMap<>();
		adjacency.forEach((code, neighbours) -> {
			if (codes.contains(code)) {
				Set<String> kept = new TreeSet<>(neighbours);
				kept.retainAll(codes);
				restricted.put(code, kept);
			}
		});
		return restricted;
	}

}
