/**
 * Engagement: the partnership's engagement activities (forums, drop-ins, ward walks,
 * surveys…) with their engagement level and anonymous counts of who was reached, reach
 * analysis against who lives there, and resident perception surveys.
 */
@ApplicationModule(displayName = "Engagement",
		allowedDependencies = { "shared", "access", "places", "indicators", "printing" })
@NullMarked
package org.nmhub.engagement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
