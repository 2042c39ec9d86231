/**
 * Partner organisations and the partnership's bodies: board, sub-groups, district LSPs,
 * NATs, forums and JAGs, with their members and reporting lines.
 */
@ApplicationModule(displayName = "Partners", allowedDependencies = { "shared", "access", "places" })
@NullMarked
package org.nmhub.partners;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
