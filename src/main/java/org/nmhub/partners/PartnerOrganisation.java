package org.nmhub.partners;

/**
 * A partner organisation as the partners pages show it.
 *
 * @param type the partner type's name
 * @param typeLabel the partner type as shown
 * @param signedProtocol whether it signed the current information-sharing protocol
 */
record PartnerOrganisation(long id, String name, String type, String typeLabel, int bodies, int contacts,
		boolean signedProtocol) {

}
