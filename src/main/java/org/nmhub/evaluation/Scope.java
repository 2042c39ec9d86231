package org.nmhub.evaluation;

import java.util.List;

import org.nmhub.places.NeighbourhoodRef;

/**
 * What is assessed: a district (by its LAD code) or one neighbourhood (by its key), with
 * the neighbourhoods it covers.
 */
record Scope(Kind kind, String key, String name, String districtCode, List<NeighbourhoodRef> neighbourhoods) {

	enum Kind {

		DISTRICT, NEIGHBOURHOOD

	}

	/** The form value naming it, e.g. {@code district:E07000134}. */
	String value() {
		return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
	}

}
