package org.nmhub.places;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.LsoaVintage;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Point to LSOA, for every vintage whose polygons are loaded. Each vintage's
 * {@link PolygonIndex} is built from the database on first use and dropped when a
 * geography import commits, so the next lookup rebuilds it. Safe for concurrent use: an
 * index is immutable once published, and one built from data that an import replaced
 * meanwhile is not kept.
 */
@Component
class PointIndex {

	private final Boundaries boundaries;

	private final Map<LsoaVintage, PolygonIndex> indexes = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	PointIndex(Boundaries boundaries) {
		this.boundaries = boundaries;
	}

	/** The code of the LSOA of this vintage containing the point, if loaded. */
	@Nullable String lsoaAt(LsoaVintage vintage, double longitude, double latitude) {
		return index(vintage).codeAt(longitude, latitude);
	}

	PolygonIndex index(LsoaVintage vintage) {
		PolygonIndex index = indexes.get(vintage);
		if (index != null) {
			return index;
		}
		synchronized (this) {
			index = indexes.get(vintage);
			if (index != null) {
				return index;
			}
			long built = generation.get();
			index = PolygonIndex.of(boundaries.lsoas(vintage, null));
			if (generation.get() == built) {
				indexes.put(vintage, index);
			}
			return index;
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(GeographyImported imported) {
		generation.incrementAndGet();
		indexes.clear();
	}

}
