package org.nmhub.plans;

/**
 * One piece of a priority's evidence: a typed link (kind, reference such as an indicator
 * code, an intelligence log number or a document address, and a label for people).
 */
record EvidenceLink(long id, EvidenceKind kind, String reference, String label) {

}
