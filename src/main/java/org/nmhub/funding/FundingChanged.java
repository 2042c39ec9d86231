package org.nmhub.funding;

import org.nmhub.access.PartnershipId;
import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A funding record of the partnership was created or changed: a stream, bid,
 * contribution, loan movement or rate, plan line, directory entry or unit cost.
 */
public record FundingChanged(PartnershipId partnershipId, String recordType, long recordId,
		AuditedChange change) implements Audited {

}
