package org.nmhub.partners;

/** What stopped a write, by the form field to show it against. */
record Problem(String field, String message) {

}
