/**
 * Neighbourhood Action Plans, and district and county neighbourhood-management action
 * plans: priorities with their evidence, actions with named lead agencies and resources,
 * the "not a wish list" health check, agreement and endorsement, versions, delivery
 * progress and reminders, and the public page of an agreed plan.
 */
@ApplicationModule(displayName = "Plans",
		allowedDependencies = { "shared", "access", "places", "partners", "indicators", "performance", "notifications",
				"printing" })
@NullMarked
package org.nmhub.plans;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
