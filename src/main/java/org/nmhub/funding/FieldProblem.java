package org.nmhub.funding;

/** A problem with what was typed, naming the form field it belongs to. */
record FieldProblem(String field, String message) {
}
