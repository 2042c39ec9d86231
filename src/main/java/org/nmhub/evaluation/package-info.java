/**
 * Monitoring and evaluation: annual self-assessment of each district and neighbourhood
 * against the essential elements of neighbourhood management, pre-filled with the
 * evidence NM Hub already holds, compared side by side, and peer-reviewed from another
 * district; frozen baselines answering whether each neighbourhood's gap is narrowing; and
 * the evaluation report, tailored by the partnership, as a page, PDF and workbook.
 */
@ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "shared", "access", "places", "partners", "engagement", "plans", "indicators",
				"performance", "funding", "intelligence", "printing" })
@NullMarked
package org.nmhub.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
