package org.nmhub.partners;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Role;
import org.nmhub.shared.FormValues;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's information-sharing protocol: its versions, and which partner
 * organisations have signed which version. The <em>current</em> version is the latest one
 * in effect today; a version that takes effect later is not current until then. Other
 * modules (community intelligence) ask here before sharing.
 */
@Service
public class SharingProtocols {

	private final SharingProtocolRepository protocols;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	SharingProtocols(SharingProtocolRepository protocols, Organisations organisations,
			ApplicationEventPublisher events) {
		this.protocols = protocols;
		this.organisations = organisations;
		this.events = events;
	}

	/**
	 * Whether the organisation has signed the partnership's current protocol version.
	 * False when the partnership has no version in effect.
	 */
	@Transactional(readOnly = true)
	public boolean hasSignedCurrent(long partnershipId, long organisationId) {
		return protocols.hasSignedCurrent(partnershipId, organisationId);
	}

	/**
	 * The organisations (ids) that have signed the partnership's current protocol
	 * version; empty when no version is in effect.
	 */
	@Transactional(readOnly = true)
	public Set<Long> currentSignatories(long partnershipId) {
		return protocols.currentSignatories(partnershipId);
	}

	List<ProtocolVersion> versions(PartnershipContext context) {
		return protocols.versions(context.partnershipId().value());
	}

	Optional<ProtocolVersion> version(PartnershipContext context, long id) {
		return protocols.version(context.partnershipId().value(), id);
	}

	List<ProtocolSignature> signatures(PartnershipContext context, long version) {
		return protocols.signatures(context.partnershipId().value(), version);
	}

	/** The partner organisations that have not signed the version. */
	List<PartnerOrganisation> notSigned(PartnershipContext context, long version) {
		long p = context.partnershipId().value();
		return organisations.all(context).stream().filter(o -> !protocols.signed(p, version, o.id())).toList();
	}

	/** Adds a protocol version. Audited. */
	@Transactional
	Optional<FieldProblem> addVersion(PartnershipContext context, ProtocolForm form) {
		long p = context.partnershipId().value();
		Optional<LocalDate> from = FormValues.date(form.effectiveFrom());
		if (from.isEmpty()) {
			return Optional.of(new FieldProblem("effectiveFrom", "Enter a real date, for example 2008-04-01"));
		}
		String label = form.versionLabel().trim();
		if (protocols.labelExists(p, label)) {
			return Optional.of(new FieldProblem("versionLabel", "There is already a version " + label));
		}
		String summary = form.summary() == null ? "" : form.summary().trim();
		long id = protocols.insertVersion(p, form.title().trim(), label, from.get(), summary, false);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("title", form.title().trim());
		now.put("version", label);
		now.put("effectiveFrom", from.get().toString());
		events.publishEvent(PartnersAudit.change(context, "created", "sharing-protocol", id,
				"Added version " + label + " of the information-sharing protocol", Map.of(), now));
		return Optional.empty();
	}

	/**
	 * Records an organisation's signature of a version. Partner officers record their own
	 * organisation's only. Audited.
	 */
	@Transactional
	Optional<FieldProblem> sign(PartnershipContext context, long version, SignatureForm form) {
		long p = context.partnershipId().value();
		Optional<PartnerOrganisation> organisation = organisations.chosen(context, form.organisationId());
		if (organisation.isEmpty()) {
			return Optional.of(new FieldProblem("organisationId", "Select one of the partnership's organisations"));
		}
		if (context.role() == Role.PARTNER_OFFICER && organisation.get().id() != context.user().organisationId()) {
			return Optional
				.of(new FieldProblem("organisationId", "You can record your own organisation's signature only"));
		}
		Optional<LocalDate> on = FormValues.date(form.signedOn());
		if (on.isEmpty()) {
			return Optional.of(new FieldProblem("signedOn", "Enter a real date, for example 2008-05-12"));
		}
		if (on.get().isAfter(LocalDate.now())) {
			return Optional.of(new FieldProblem("signedOn", "The date it was signed must be today or in the past"));
		}
		if (protocols.signed(p, version, organisation.get().id())) {
			return Optional
				.of(new FieldProblem("organisationId", organisation.get().name() + " has already signed this version"));
		}
		long id = protocols.insertSignature(p, version, organisation.get().id(), on.get(), form.signedBy().trim(),
				false);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("version", version);
		now.put("organisation", organisation.get().name());
		now.put("signedOn", on.get().toString());
		now.put("signedBy", form.signedBy().trim());
		events.publishEvent(PartnersAudit.change(context, "created", "protocol-signature", id,
				organisation.get().name() + " signed the information-sharing protocol", Map.of(), now));
		return Optional.empty();
	}

}
