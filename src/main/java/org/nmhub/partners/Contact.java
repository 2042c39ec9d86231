package org.nmhub.partners;

/** A named contact at a partner organisation. */
record Contact(long id, String name, String role, String email, String phone) {

}
