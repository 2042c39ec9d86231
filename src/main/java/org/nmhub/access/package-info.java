/**
 * Partnerships (the tenants), organisations, users, roles, confidentiality and the access
 * policy every module uses; sign-in and security configuration.
 */
@ApplicationModule(displayName = "Access", allowedDependencies = "shared")
@NullMarked
package org.nmhub.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
