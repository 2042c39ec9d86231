package org.nmhub.performance;

/** One choice of a select on a form. */
record Option(String value, String label) {

}
