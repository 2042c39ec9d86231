package org.nmhub.toolkit;

record GlossaryTerm(long id, boolean shared, String abbreviation, String meaning, String source) {
}
