package org.nmhub.plans;

/**
 * Why a form was refused, naming the field to correct.
 */
record FieldProblem(String field, String message) {

}
