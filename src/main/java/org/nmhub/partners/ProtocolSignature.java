package org.nmhub.partners;

import java.time.LocalDate;

/** An organisation's signature of one protocol version. */
record ProtocolSignature(long id, long organisationId, String organisationName, LocalDate signedOn, String signedBy,
		boolean illustrative) {

}
