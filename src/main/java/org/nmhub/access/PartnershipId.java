package org.nmhub.access;

/**
 * Identifies a partnership (a tenant).
 */
public record PartnershipId(long value) {

}
