package org.nmhub.access;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nmhub.shared.Confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTests {

	private static final PartnershipRef COUNTY = new PartnershipRef(new PartnershipId(1), "leicestershire-together",
			"Leicestershire Together", "COUNTY", "E10000018", "");

	private static final PartnershipRef CITY = new PartnershipRef(new PartnershipId(2), "leicester-partnership",
			"Leicester Partnership", "UNITARY", "E06000016", "");

	private static final long POLICE = 10;

	private static final long COUNCIL = 11;

	private final AccessPolicy policy = new AccessPolicy();

	private static CurrentUser user(long organisation, PartnershipRef partnership, Role role) {
		return new CurrentUser(1, "someone@example.org", "Someone", organisation, "Org", false,
				List.of(new Membership(partnership, role, null, List.of())));
	}

	@Test
	void residentsSeeOnlyPublicRecords() {
		assertThat(policy.canSee(null, Confidentiality.PUBLIC, COUNTY.id(), Set.of())).isTrue();
		assertThat(policy.canSee(null, Confidentiality.PARTNERS, COUNTY.id(), Set.of())).isFalse();
		assertThat(policy.canSee(null, Confidentiality.RESTRICTED, COUNTY.id(), Set.of(POLICE))).isFalse();
		assertThat(policy.canSee(null, Confidentiality.PERSONAL, COUNTY.id(), Set.of(POLICE))).isFalse();
	}

	@Test
	void partnersSeePartnerRecordsOnlyInTheirOwnPartnership() {
		CurrentUser countyOfficer = user(COUNCIL, COUNTY, Role.PERFORMANCE_OFFICER);
		assertThat(policy.canSee(countyOfficer, Confidentiality.PARTNERS, COUNTY.id(), Set.of())).isTrue();
		assertThat(policy.canSee(countyOfficer, Confidentiality.PARTNERS, CITY.id(), Set.of())).isFalse();
		assertThat(policy.canSee(countyOfficer, Confidentiality.PUBLIC, CITY.id(), Set.of())).isTrue();
	}

	@Test
	void restrictedRecordsNeedTheUsersOrganisationToBeNamed() {
		CurrentUser policeOfficer = user(POLICE, COUNTY, Role.PARTNER_OFFICER);
		CurrentUser administrator = user(COUNCIL, COUNTY, Role.ADMINISTRATOR);
		assertThat(policy.canSee(policeOfficer, Confidentiality.RESTRICTED, COUNTY.id(), Set.of(POLICE))).isTrue();
		assertThat(policy.canSee(administrator, Confidentiality.RESTRICTED, COUNTY.id(), Set.of(POLICE))).isFalse();
	}

	@Test
	void personalDataIsNeverShownToBoardMembersEvenOfANamedOrganisation() {
		CurrentUser councillor = user(COUNCIL, COUNTY, Role.BOARD_MEMBER);
		CurrentUser manager = user(COUNCIL, COUNTY, Role.NEIGHBOURHOOD_MANAGER);
		assertThat(policy.canSee(councillor, Confidentiality.PERSONAL, COUNTY.id(), Set.of(COUNCIL))).isFalse();
		assertThat(policy.canSee(manager, Confidentiality.PERSONAL, COUNTY.id(), Set.of(COUNCIL))).isTrue();
		assertThat(policy.canSee(manager, Confidentiality.PERSONAL, CITY.id(), Set.of(COUNCIL))).isFalse();
	}

	@Test
	void boardMembersCannotWrite() {
		assertThat(policy.canWrite(user(COUNCIL, COUNTY, Role.BOARD_MEMBER), COUNTY.id())).isFalse();
		assertThat(policy.canWrite(user(COUNCIL, COUNTY, Role.PARTNER_OFFICER), COUNTY.id())).isTrue();
		assertThat(policy.canWrite(user(COUNCIL, COUNTY, Role.ADMINISTRATOR), CITY.id())).isFalse();
	}

}
