package org.nmhub.partners;

import java.util.Locale;

/** The kinds of partner organisation the review names. */
enum PartnerType {

	POLICE("Police"), HEALTH("PCT or health"), DISTRICT_COUNCIL("District council or department"),
	COUNTY_COUNCIL("County council or department"), CITY_COUNCIL("City or unitary council"),
	CVS("Council for voluntary service (CVS)"), VOLUNTARY_SECTOR("Other voluntary sector"),
	RSL("Registered social landlord (RSL)"), PARISH_COUNCIL("Parish or town council"),
	EDUCATION("School, college or learning"), FIRE_RESCUE("Fire and rescue"), BUSINESS("Private business"),
	COMMUNITY_GROUP("Faith or community group"), GOVERNMENT("Government body or agency"), OTHER("Other");

	private final String label;

	PartnerType(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	/** The partner type an organisation's access-module type suggests. */
	static PartnerType suggestedFor(String accessType, String name) {
		if (name.toUpperCase(Locale.ROOT).contains("CVS")) {
			return CVS;
		}
		return switch (accessType) {
			case "HOUSING" -> RSL;
			case "POLICE", "HEALTH", "DISTRICT_COUNCIL", "COUNTY_COUNCIL", "CITY_COUNCIL", "VOLUNTARY_SECTOR",
					"PARISH_COUNCIL", "EDUCATION", "FIRE_RESCUE", "BUSINESS", "COMMUNITY_GROUP", "GOVERNMENT" ->
				valueOf(accessType);
			default -> OTHER;
		};
	}

}
