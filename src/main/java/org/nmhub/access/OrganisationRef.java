package org.nmhub.access;

/**
 * An organisation that is a partner of a partnership (police, health, councils, voluntary
 * sector…).
 */
public record OrganisationRef(long id, String name, String type) {

}
