package org.nmhub.partners;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.Role;
import org.nmhub.places.Places;
import org.nmhub.shared.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.stereotype.Service;

/**
 * The partnership's bodies and how they report to each other.
 */
@Service
public class Bodies {

	private final BodyRepository bodies;

	private final Places places;

	private final ApplicationEventPublisher events;

	Bodies(BodyRepository bodies, Places places, ApplicationEventPublisher events) {
		this.bodies = bodies;
		this.places = places;
		this.events = events;
	}

	public List<PartnerBody> all(PartnershipId partnership) {
		return bodies.bodies(partnership);
	}

	public Optional<PartnerBody> find(PartnershipId partnership, long id) {
		return bodies.bodies(partnership).stream().filter(b -> b.id() == id).findFirst();
	}

	/**
	 * The bodies the user may see: partner officers see the bodies their organisation
	 * belongs to, every other role sees all the partnership's bodies.
	 */
	List<PartnerBody> visible(PartnershipContext context) {
		List<PartnerBody> all = all(context.partnershipId());
		if (context.role() != Role.PARTNER_OFFICER) {
			return all;
		}
		Set<Long> own = new HashSet<>(
				bodies.bodiesOfOrganisation(context.partnershipId(), context.user().organisationId()));
		return all.stream().filter(b -> own.contains(b.id())).toList();
	}

	/**
	 * Whether the user may see the body (it exists in the partnership and is visible).
	 */
	boolean canSee(PartnershipContext context, long body) {
		return visible(context).stream().anyMatch(b -> b.id() == body);
	}

	/**
	 * Records a new body. Audited.
	 * @return the problem that stopped it, by field, if any
	 */
	@Transactional
	Optional<String[]> create(PartnershipContext context, BodyForm form) {
		String name = form.name().trim();
		if (form.bodyType() == null) {
			return Optional.of(new String[] { "type", "Select the kind of body" });
		}
		if (bodies.exists(context.partnershipId(), name)) {
			return Optional.of(new String[] { "name", "There is already a body called " + name });
		}
		if (context.role() == Role.DISTRICT_COORDINATOR) {
			String own = context.membership().districtCode();
			boolean ownDistrict = places.districts(context.partnershipId())
				.stream()
				.anyMatch(d -> d.name().equals(form.district()) && d.ladCode().equals(own));
			if (!ownDistrict) {
				return Optional.of(new String[] { "district", "You can add bodies to your own district only" });
			}
		}
		List<String> members = form.members() == null ? List.of()
				: form.members().lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
		long id = bodies.insert(context.partnershipId(), form, members);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("name", name);
		now.put("type", form.bodyType().name());
		now.put("district", form.district());
		now.put("members", members);
		events.publishEvent(new BodyChanged(context.partnershipId(), id,
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "created", "body", String.valueOf(id), "Added the body " + name,
						Map.of(), now)));
		return Optional.empty();
	}

}
