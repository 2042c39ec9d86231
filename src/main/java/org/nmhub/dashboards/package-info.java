/**
 * Dashboards, board packs and open data: read-only views over the other modules, for the
 * partnership (overview, district and neighbourhood dashboards), its board (a PDF pack
 * before each meeting) and the public (exports of what is graded public). Nothing depends
 * on this module.
 */
@ApplicationModule(displayName = "Dashboards",
		allowedDependencies = { "shared", "access", "places", "indicators", "performance", "partners", "notifications",
				"printing", "web" })
@NullMarked
package org.nmhub.dashboards;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
