package org.nmhub.engagement;

/** One choice of a select: the value sent and the label shown. */
record Option(String value, String label) {
}
