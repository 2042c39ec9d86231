package org.nmhub.shared;

/**
 * What is wrong with one field of a form: the field's name (the id the error summary
 * links to) and the message for the person who typed it.
 */
public record FieldProblem(String field, String message) {

}
