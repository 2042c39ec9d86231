package org.nmhub.partners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.OrganisationRef;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Partnerships;
import org.nmhub.shared.FormValues;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner organisations as the partnership sees them: their kind of partner, contacts,
 * bodies, and the duplicates people create by typing a name twice.
 */
@Service
class Organisations {

	/** Two partners whose names are the same once normalised. */
	record Duplicate(long keepId, String keepName, long mergeId, String mergeName) {
	}

	private final OrganisationRepository organisations;

	private final Partnerships partnerships;

	private final Bodies bodies;

	private final ApplicationEventPublisher events;

	Organisations(OrganisationRepository organisations, Partnerships partnerships, Bodies bodies,
			ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.bodies = bodies;
		this.events = events;
	}

	List<PartnerOrganisation> all(PartnershipContext context) {
		return organisations.organisations(context.partnershipId().value());
	}

	Optional<PartnerOrganisation> find(PartnershipContext context, long id) {
		return all(context).stream().filter(o -> o.id() == id).findFirst();
	}

	/**
	 * The partner whose id was chosen in a form, if the text names one of the
	 * partnership's.
	 */
	Optional<PartnerOrganisation> chosen(PartnershipContext context, @Nullable String idText) {
		return FormValues.whole(idText).flatMap(id -> find(context, id));
	}

	List<Contact> contacts(PartnershipContext context, long organisation) {
		return organisations.contacts(context.partnershipId().value(), organisation);
	}

	List<OrganisationRepository.Membership> memberships(PartnershipContext context, long organisation) {
		return organisations.memberships(context.partnershipId().value(), organisation);
	}

	List<PartnershipRef> partnershipsOf(long organisation) {
		return partnerships.partnershipsOf(organisation);
	}

	/**
	 * Pairs of partners with the same normalised name; the one created first is offered
	 * as the one to keep.
	 */
	List<Duplicate> duplicates(PartnershipContext context) {
		Map<String, List<PartnerOrganisation>> byName = new LinkedHashMap<>();
		all(context)
			.forEach(o -> byName.computeIfAbsent(OrganisationNames.normalise(o.name()), k -> new ArrayList<>()).add(o));
		List<Duplicate> duplicates = new ArrayList<>();
		byName.values().stream().filter(same -> same.size() > 1).forEach(same -> {
			List<PartnerOrganisation> sorted = same.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
			for (PartnerOrganisation other : sorted.subList(1, sorted.size())) {
				duplicates.add(new Duplicate(sorted.get(0).id(), sorted.get(0).name(), other.id(), other.name()));
			}
		});
		return duplicates;
	}

	/** The partner whose normalised name matches, if any. */
	Optional<PartnerOrganisation> similar(PartnershipContext context, String name) {
		String normalised = OrganisationNames.normalise(name);
		return all(context).stream().filter(o -> OrganisationNames.normalise(o.name()).equals(normalised)).findFirst();
	}

	/**
	 * Adds a partner organisation. A name that matches an existing partner once
	 * normalised is refused unless the person confirms it is a different organisation.
	 * Audited.
	 */
	@Transactional
	Either<FieldProblem, Long> create(PartnershipContext context, OrganisationForm form) {
		Optional<PartnerType> type = FormValues.choice(PartnerType.class, form.type());
		if (type.isEmpty()) {
			return Either.left(new FieldProblem("type", "Select the kind of partner"));
		}
		String name = form.name().trim();
		Optional<PartnerOrganisation> similar = similar(context, name);
		if (similar.isPresent() && similar.get().name().equals(name)) {
			return Either.left(new FieldProblem("name", similar.get().name() + " is already a partner"));
		}
		if (similar.isPresent() && !"true".equals(form.different())) {
			return Either.left(new FieldProblem("name", "There is already a partner called " + similar.get().name()
					+ ". If it is a different organisation, confirm that below"));
		}
		OrganisationRef organisation = partnerships.addOrganisation(context, name, type.get().name());
		organisations.setType(context.partnershipId().value(), organisation.id(), type.get());
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("name", organisation.name());
		now.put("partnerType", type.get().name());
		events.publishEvent(PartnersAudit.change(context, "updated", "partner-organisation", organisation.id(),
				"Set " + organisation.name() + "'s kind of partner to " + type.get().label(), Map.of(), now));
		return Either.right(organisation.id());
	}

	@Transactional
	Optional<FieldProblem> setType(PartnershipContext context, long organisation, @Nullable String typeName) {
		PartnerOrganisation before = find(context, organisation).orElseThrow();
		Optional<PartnerType> type = FormValues.choice(PartnerType.class, typeName);
		if (type.isEmpty()) {
			return Optional.of(new FieldProblem("type", "Select the kind of partner"));
		}
		organisations.setType(context.partnershipId().value(), organisation, type.get());
		events.publishEvent(PartnersAudit.change(context, "updated", "partner-organisation", organisation,
				"Set " + before.name() + "'s kind of partner to " + type.get().label(),
				Map.of("partnerType", before.type()), Map.of("partnerType", type.get().name())));
		return Optional.empty();
	}

	@Transactional
	void addContact(PartnershipContext context, long organisation, ContactForm form) {
		PartnerOrganisation partner = find(context, organisation).orElseThrow();
		long id = organisations.insertContact(context.partnershipId().value(), organisation, form.name().trim(),
				blankToEmpty(form.role()), blankToEmpty(form.email()), blankToEmpty(form.phone()));
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("organisation", partner.name());
		now.put("name", form.name().trim());
		now.put("role", blankToEmpty(form.role()));
		events.publishEvent(PartnersAudit.change(context, "created", "partner-contact", id,
				"Added a contact at " + partner.name(), Map.of(), now));
	}

	/**
	 * Adds a member to a body; every member belongs to a partner organisation. Audited.
	 */
	@Transactional
	Optional<FieldProblem> addMember(PartnershipContext context, long body, MemberForm form) {
		PartnerBody target = bodies.find(context.partnershipId(), body).orElseThrow();
		Optional<PartnerOrganisation> organisation = chosen(context, form.organisationId());
		if (organisation.isEmpty()) {
			return Optional.of(new FieldProblem("organisationId",
					"Select the member's organisation: every member of a body belongs to a partner organisation"));
		}
		String person = blankToNull(form.person());
		String role = blankToNull(form.role());
		String display = String.join(", ",
				Stream.of(person, role, organisation.get().name()).filter(s -> s != null).toList());
		long id = organisations.insertMember(context.partnershipId().value(), body, organisation.get().id(), person,
				role, display);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("body", target.name());
		now.put("organisation", organisation.get().name());
		now.put("person", person);
		now.put("role", role);
		events.publishEvent(PartnersAudit.change(context, "created", "body-member", id,
				"Added " + display + " to " + target.name(), Map.of(), now));
		return Optional.empty();
	}

	/**
	 * Merges one partner into another: every partner-side record is re-pointed and the
	 * merged organisation stops being a partner. Audited with what moved.
	 */
	@Transactional
	Map<String, Integer> merge(PartnershipContext context, long keep, long merge) {
		PartnerOrganisation kept = find(context, keep).orElseThrow();
		PartnerOrganisation merged = find(context, merge).orElseThrow();
		if (keep == merge) {
			throw new IllegalArgumentException("An organisation cannot be merged into itself");
		}
		Map<String, Integer> moved = organisations.merge(context.partnershipId().value(), keep, merge);
		partnerships.withdrawOrganisation(context, merge);
		Map<String, @Nullable Object> before = new LinkedHashMap<>();
		before.put("organisation", merged.name());
		Map<String, @Nullable Object> after = new LinkedHashMap<>(moved);
		after.put("organisation", kept.name());
		events.publishEvent(PartnersAudit.change(context, "merged", "partner-organisation", merge,
				"Merged " + merged.name() + " into " + kept.name(), before, after));
		return moved;
	}

	private static String blankToEmpty(@Nullable String text) {
		return text == null ? "" : text.trim();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
