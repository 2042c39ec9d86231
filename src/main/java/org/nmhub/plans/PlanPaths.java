package org.nmhub.plans;

import org.nmhub.access.PartnershipContext;

/**
 * The addresses of the plans pages.
 */
final class PlanPaths {

	private PlanPaths() {
	}

	static String plan(PartnershipContext context, long planId) {
		return plan(context.partnership().slug(), planId);
	}

	static String plan(String partnershipSlug, long planId) {
		return "/p/" + partnershipSlug + "/plans/" + planId;
	}

	static String action(String partnershipSlug, long planId, long actionId) {
		return plan(partnershipSlug, planId) + "/actions/" + actionId;
	}

}
