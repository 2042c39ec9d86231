package org.nmhub.intelligence;

import org.nmhub.access.PartnershipContext;
import org.nmhub.partners.SharingProtocols;

import org.springframework.stereotype.Component;

/** Makes the viewer of a request, asking the partners module about the protocol. */
@Component
class Viewers {

	private final SharingProtocols protocols;

	Viewers(SharingProtocols protocols) {
		this.protocols = protocols;
	}

	Viewer of(PartnershipContext context) {
		long partnership = context.partnershipId().value();
		long organisation = context.user().organisationId();
		return new Viewer(partnership, context.user().userId(), context.user().displayName(), organisation,
				context.role(), protocols.hasSignedCurrent(partnership, organisation));
	}

}
