package org.nmhub.web;

/**
 * One link in the service navigation.
 */
record NavigationItem(String label, String href, boolean active) {

}
