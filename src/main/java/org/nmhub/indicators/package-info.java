/**
 * Indicators: what each indicator means, the datasets imported from official files (the
 * Indices of Deprivation 2004 to 2025 and their population denominators), and their
 * values by area.
 */
@ApplicationModule(displayName = "Indicators",
		allowedDependencies = { "shared", "access", "places", "printing", "web" })
@NullMarked
package org.nmhub.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
