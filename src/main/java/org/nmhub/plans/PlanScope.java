package org.nmhub.plans;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;

/**
 * Who may do what with a plan: its neighbourhood's managers, its district's coordinator
 * and the partnership's administrators write plans; the performance officer writes the
 * county plan; an action's named lead officer updates its progress.
 */
final class PlanScope {

	private PlanScope() {
	}

	static boolean canCreate(PartnershipContext context, PlanKind kind, @Nullable String neighbourhoodKey,
			@Nullable String districtCode) {
		return switch (context.role()) {
			case ADMINISTRATOR -> true;
			case PERFORMANCE_OFFICER -> kind == PlanKind.COUNTY;
			case DISTRICT_COORDINATOR -> kind != PlanKind.COUNTY && districtCode != null
					&& districtCode.equals(context.membership().districtCode());
			case NEIGHBOURHOOD_MANAGER -> kind == PlanKind.NEIGHBOURHOOD && neighbourhoodKey != null
					&& context.membership().neighbourhoodKeys().contains(neighbourhoodKey);
			case PARTNER_OFFICER, BOARD_MEMBER -> false;
		};
	}

	static boolean canEdit(PartnershipContext context, Plan plan) {
		return canCreate(context, plan.kind(), plan.neighbourhoodKey(), plan.districtCode());
	}

	/** Endorsement is recorded by the district's coordinator or an administrator. */
	static boolean canEndorse(PartnershipContext context, Plan plan) {
		return switch (context.role()) {
			case ADMINISTRATOR -> true;
			case PERFORMANCE_OFFICER -> plan.kind() == PlanKind.COUNTY;
			case DISTRICT_COORDINATOR -> plan.kind() != PlanKind.COUNTY && plan.districtCode() != null
					&& plan.districtCode().equals(context.membership().districtCode());
			case NEIGHBOURHOOD_MANAGER, PARTNER_OFFICER, BOARD_MEMBER -> false;
		};
	}

	/** The plan's editors, and the action's named lead officer, record its progress. */
	static boolean canUpdateProgress(PartnershipContext context, Plan plan, Action action) {
		if (!context.role().canWrite()) {
			return false;
		}
		Long lead = action.leadOfficerUserId();
		return canEdit(context, plan) || (lead != null && lead == context.user().userId());
	}

}
