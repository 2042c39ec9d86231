/**
 * Funding: streams and their source bodies, bids and awards profiled by financial year,
 * partners' contributions, reconciliation flags, the pump-priming loan model, financial
 * plans, the funding directory and the business case.
 */
@ApplicationModule(displayName = "Funding",
		allowedDependencies = { "shared", "access", "places", "partners", "indicators", "performance", "plans",
				"printing" })
@NullMarked
package org.nmhub.funding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
