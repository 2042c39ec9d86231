package org.nmhub.intelligence;

/** A category (LAA theme) of the partnership's community intelligence. */
record Category(long id, String key, String name) {
}
