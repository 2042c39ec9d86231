package org.nmhub.engagement;

/**
 * A group the partnership names as rarely heard, e.g. young people or migrant workers.
 */
record RarelyHeardGroup(long id, String key, String name, String source) {
}
