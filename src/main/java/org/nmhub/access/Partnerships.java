package org.nmhub.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnerships (tenants) and their members.
 */
@Service
public class Partnerships {

	private final PartnershipRepository partnerships;

	private final MembershipRepository memberships;

	private final ApplicationEventPublisher events;

	Partnerships(PartnershipRepository partnerships, MembershipRepository memberships,
			ApplicationEventPublisher events) {
		this.partnerships = partnerships;
		this.memberships = memberships;
		this.events = events;
	}

	/** Every partnership, for the public start page. */
	public List<PartnershipRef> all() {
		return partnerships.findAll();
	}

	public Optional<PartnershipRef> findBySlug(String slug) {
		return partnerships.findBySlug(slug);
	}

	/** Changes a partnership's name and description, and audits the change. */
	@Transactional
	public void updateDetails(PartnershipContext context, String name, String description) {
		PartnershipRef before = partnerships.findById(context.partnershipId()).orElseThrow();
		partnerships.updateDetails(context.partnershipId(), name.trim(), description.trim());
		Map<String, @Nullable Object> was = new LinkedHashMap<>();
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		if (!before.name().equals(name.trim())) {
			was.put("name", before.name());
			now.put("name", name.trim());
		}
		if (!before.description().equals(description.trim())) {
			was.put("description", before.description());
			now.put("description", description.trim());
		}
		events.publishEvent(new PartnershipChanged(context.partnershipId(), change(context, "updated", "partnership",
				String.valueOf(context.partnershipId().value()), "Changed the partnership's details", was, now)));
	}

	/** The organisations that are partners of a partnership, by name. */
	public List<OrganisationRef> organisations(PartnershipId partnership) {
		return partnerships.organisations(partnership);
	}

	/**
	 * Makes an organisation a partner of the partnership, creating it if no organisation
	 * has exactly this name. Audited.
	 */
	@Transactional
	public OrganisationRef addOrganisation(PartnershipContext context, String name, String type) {
		OrganisationRef organisation = partnerships.addOrganisation(context.partnershipId(), name.trim(), type);
		events.publishEvent(new PartnershipChanged(context.partnershipId(),
				change(context, "created", "partnership-organisation", String.valueOf(organisation.id()),
						"Added " + organisation.name() + " as a partner", Map.of(),
						Map.of("organisation", organisation.name()))));
		return organisation;
	}

	/**
	 * Removes an organisation from the partnership's partners (the organisation itself
	 * stays, for other partnerships and its users). Audited.
	 */
	@Transactional
	public void withdrawOrganisation(PartnershipContext context, long organisationId) {
		partnerships.withdrawOrganisation(context.partnershipId(), organisationId);
		events.publishEvent(new PartnershipChanged(context.partnershipId(),
				change(context, "deleted", "partnership-organisation", String.valueOf(organisationId),
						"Removed organisation " + organisationId + " from the partners",
						Map.of("organisation", organisationId), Map.of())));
	}

	/** The partnerships an organisation is a partner of. */
	public List<PartnershipRef> partnershipsOf(long organisationId) {
		return partnerships.partnershipsOf(organisationId);
	}

	/** The partnership's members, with their organisations and roles. */
	public List<Member> members(PartnershipContext context) {
		return memberships.findMembers(context.partnershipId());
	}

	/** Changes a member's role (and scope) in the partnership, and audits the change. */
	@Transactional
	public void changeRole(PartnershipContext context, long userId, Role role, @Nullable String districtCode) {
		Member before = memberships.findMember(context.partnershipId(), userId)
			.orElseThrow(() -> new NoSuchMemberException(userId));
		if (role == Role.DISTRICT_COORDINATOR && (districtCode == null || districtCode.isBlank())) {
			throw new IllegalArgumentException("A district coordinator needs a district");
		}
		String district = role == Role.DISTRICT_COORDINATOR ? districtCode : null;
		memberships.updateRole(context.partnershipId(), userId, role, district);
		Map<String, @Nullable Object> was = new LinkedHashMap<>();
		was.put("role", before.role().name());
		was.put("districtCode", before.districtCode());
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("role", role.name());
		now.put("districtCode", district);
		events.publishEvent(new MembershipChanged(context.partnershipId(), userId,
				change(context, "updated", "membership", String.valueOf(userId),
						"Changed " + before.displayName() + "'s role to " + role.label(), was, now)));
	}

	private static AuditedChange change(PartnershipContext context, String action, String recordType, String recordId,
			String summary, Map<String, @Nullable Object> before, Map<String, @Nullable Object> after) {
		return new AuditedChange(context.partnershipId().value(), context.user().userId(), context.user().displayName(),
				action, recordType, recordId, summary, before, after);
	}

}
