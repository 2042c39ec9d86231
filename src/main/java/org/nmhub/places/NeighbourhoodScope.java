package org.nmhub.places;

import org.nmhub.access.PartnershipContext;

/**
 * Who may redraw a neighbourhood: the partnership's administrators, the coordinator of
 * its district, and the managers of that neighbourhood.
 */
final class NeighbourhoodScope {

	private NeighbourhoodScope() {
	}

	static boolean canRedraw(PartnershipContext context, NeighbourhoodRef neighbourhood) {
		return switch (context.role()) {
			case ADMINISTRATOR -> true;
			case DISTRICT_COORDINATOR -> neighbourhood.districtCode() != null
					&& neighbourhood.districtCode().equals(context.membership().districtCode());
			case NEIGHBOURHOOD_MANAGER -> context.membership().neighbourhoodKeys().contains(neighbourhood.key());
			case PERFORMANCE_OFFICER, PARTNER_OFFICER, BOARD_MEMBER -> false;
		};
	}

}
