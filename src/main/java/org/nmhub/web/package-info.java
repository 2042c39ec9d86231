/**
 * The service's frame: layout and navigation for each role, the start and home pages,
 * About and accessibility pages, and the error pages.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = { "shared", "access" })
@NullMarked
package org.nmhub.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
