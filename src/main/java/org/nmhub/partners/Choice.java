package org.nmhub.partners;

/** One option of a select or radio list: the value posted and the label shown. */
record Choice(String value, String label) {

}
