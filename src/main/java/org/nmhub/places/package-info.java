/**
 * Geography: a partnership's districts, its neighbourhoods and their dated designations
 * as priority neighbourhoods.
 */
@ApplicationModule(displayName = "Places", allowedDependencies = { "shared", "access" })
@NullMarked
package org.nmhub.places;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
