package org.nmhub.partners;

import java.time.LocalDate;

/**
 * One version of a partnership's information-sharing protocol.
 *
 * @param current whether it is the latest version in effect today
 * @param signatures how many organisations have signed it
 */
record ProtocolVersion(long id, String title, String versionLabel, LocalDate effectiveFrom, String summary,
		boolean illustrative, boolean current, int signatures) {

}
