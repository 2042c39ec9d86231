package org.nmhub.places;

import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A reference geography file (ONS lookup or boundaries) was imported.
 *
 * @param kind what the file was, e.g. "LSOA 2011 boundaries"
 * @param vintage the vintage of its LSOAs or boundary layer
 */
public record GeographyImported(long importId, String kind, int vintage, String fileName, String sha256, int rows,
		AuditedChange change) implements Audited {

}
