/**
 * Community intelligence: a multi-agency log of concerns, observations, hotspots and
 * requests, each with a confidentiality grade checked by one SQL predicate; the public
 * "tell us" form; hotspots by LSOA and month beside police.uk crime; and "you said, we
 * did" on the public pages.
 */
@ApplicationModule(displayName = "Intelligence",
		allowedDependencies = { "shared", "access", "places", "partners", "indicators", "printing" })
@NullMarked
package org.nmhub.intelligence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
