/**
 * The Local Area Agreement's performance framework: blocks, outcomes, indicators,
 * baselines, targets and stretch (reward) targets in versions; returns of actuals, RAG
 * status and its roll-up, the delivery plan and the six-monthly review with its board
 * report.
 */
@ApplicationModule(displayName = "Performance",
		allowedDependencies = { "shared", "access", "places", "partners", "indicators", "notifications", "printing" })
@NullMarked
package org.nmhub.performance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
