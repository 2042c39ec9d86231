package org.nmhub.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small least-recently-used memo for figures derived from reference data. Keys must
 * name every input the value depends on (e.g. the newest dataset id), so a stale entry is
 * never used: a change of input is a new key, and old keys age out. Safe across several
 * app instances for the same reason.
 */
final class Memo<V> {

	private final Map<String, V> entries;

	Memo(int capacity) {
		this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > capacity;
			}
		};
	}

	V get(String key, Supplier<V> compute) {
		synchronized (entries) {
			V value = entries.get(key);
			if (value != null) {
				return value;
			}
		}
		V value = compute.get();
		synchronized (entries) {
			entries.put(key, value);
		}
		return value;
	}

}
