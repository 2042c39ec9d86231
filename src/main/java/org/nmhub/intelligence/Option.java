package org.nmhub.intelligence;

/** One choice of a select or a set of checkboxes: the value sent and the label shown. */
record Option(String value, String label) {
}
