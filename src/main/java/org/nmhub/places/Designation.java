package org.nmhub.places;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated designation of priority neighbourhoods, with its reason and source, e.g. the
 * 2006 Local Area Agreement's list.
 */
public record Designation(long id, String key, String name, LocalDate designatedOn, String reason, String source,
		String evidence, List<NeighbourhoodRef> neighbourhoods) {

	public Designation {
		neighbourhoods = List.copyOf(neighbourhoods);
	}

}
