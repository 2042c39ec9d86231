package org.nmhub.performance;

/** A problem with one field of a form, to show beside it and in the error summary. */
record FieldProblem(String field, String message) {

}
