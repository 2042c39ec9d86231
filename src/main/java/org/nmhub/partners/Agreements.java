package org.nmhub.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Role;
import org.nmhub.shared.FormValues;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners' agreement: per partner organisation, what it commits (staff time, money,
 * data, attendance) and what it can expect in return, with delivery tracked against each
 * commitment.
 */
@Service
class Agreements {

	private final AgreementRepository agreements;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	Agreements(AgreementRepository agreements, Organisations organisations, ApplicationEventPublisher events) {
		this.agreements = agreements;
		this.organisations = organisations;
		this.events = events;
	}

	List<Agreement> all(PartnershipContext context) {
		return agreements.agreements(context.partnershipId().value(), null);
	}

	List<Agreement> of(PartnershipContext context, long organisation) {
		return agreements.agreements(context.partnershipId().value(), organisation);
	}

	Optional<Agreement> find(PartnershipContext context, long id) {
		return agreements.agreement(context.partnershipId().value(), id);
	}

	Optional<Long> agreementOfCommitment(PartnershipContext context, long commitment) {
		return agreements.agreementOfCommitment(context.partnershipId().value(), commitment);
	}

	@Transactional
	Either<FieldProblem, Long> create(PartnershipContext context, AgreementForm form) {
		long p = context.partnershipId().value();
		Optional<PartnerOrganisation> organisation = organisations.chosen(context, form.organisationId());
		if (organisation.isEmpty()) {
			return Either.left(new FieldProblem("organisationId", "Select one of the partnership's organisations"));
		}
		Optional<LocalDate> starts = FormValues.date(form.startsOn());
		if (starts.isEmpty()) {
			return Either.left(new FieldProblem("startsOn", "Enter a real date, for example 2008-04-01"));
		}
		Optional<LocalDate> review = FormValues.date(form.reviewOn());
		if (review.isEmpty()) {
			return Either.left(new FieldProblem("reviewOn", "Enter a real date, for example 2009-03-31"));
		}
		if (review.get().isBefore(starts.get())) {
			return Either.left(new FieldProblem("reviewOn", "The review date must be on or after the start date"));
		}
		if (agreements.exists(p, organisation.get().id(), starts.get())) {
			return Either.left(new FieldProblem("startsOn",
					organisation.get().name() + " already has an agreement starting on that date"));
		}
		String expects = form.expects() == null ? "" : form.expects().trim();
		long id = agreements.insertAgreement(p, organisation.get().id(), starts.get(), review.get(), expects,
				"Recorded in NM Hub", false);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("organisation", organisation.get().name());
		now.put("startsOn", starts.get().toString());
		now.put("reviewOn", review.get().toString());
		now.put("expects", expects);
		events.publishEvent(PartnersAudit.change(context, "created", "partner-agreement", id,
				"Recorded the partners' agreement with " + organisation.get().name(), Map.of(), now));
		return Either.right(id);
	}

	@Transactional
	Optional<FieldProblem> addCommitment(PartnershipContext context, long agreement, CommitmentForm form) {
		Optional<CommitmentKind> kind = FormValues.choice(CommitmentKind.class, form.kind());
		if (kind.isEmpty()) {
			return Optional.of(new FieldProblem("kind", "Select what the partner commits"));
		}
		BigDecimal amount = null;
		if (form.amount() != null && !form.amount().isBlank()) {
			Optional<BigDecimal> pounds = FormValues.money(form.amount()).filter(a -> a.signum() >= 0);
			if (pounds.isEmpty()) {
				return Optional
					.of(new FieldProblem("amount", "Enter the amount in pounds, for example 15000 or 1,000.50"));
			}
			amount = pounds.get();
		}
		else if (kind.get() == CommitmentKind.MONEY) {
			return Optional.of(new FieldProblem("amount", "Enter the amount of money committed"));
		}
		LocalDate due = null;
		if (form.dueOn() != null && !form.dueOn().isBlank()) {
			Optional<LocalDate> date = FormValues.date(form.dueOn());
			if (date.isEmpty()) {
				return Optional.of(new FieldProblem("dueOn", "Enter a real date, for example 2009-03-31"));
			}
			due = date.get();
		}
		long id = agreements.insertCommitment(context.partnershipId().value(), agreement, kind.get(),
				form.description().trim(), amount, due, false);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("agreement", agreement);
		now.put("kind", kind.get().name());
		now.put("description", form.description().trim());
		now.put("amount", amount);
		now.put("dueOn", due == null ? null : due.toString());
		events.publishEvent(PartnersAudit.change(context, "created", "partner-commitment", id,
				"Added a commitment (" + kind.get().label().toLowerCase() + ") to a partners' agreement", Map.of(),
				now));
		return Optional.empty();
	}

	/**
	 * Records delivery against a commitment; partner officers for their own organisation
	 * only.
	 */
	@Transactional
	Optional<FieldProblem> recordDelivery(PartnershipContext context, long commitment, DeliveryForm form) {
		long p = context.partnershipId().value();
		Agreement agreement = agreements.agreementOfCommitment(p, commitment)
			.flatMap(a -> agreements.agreement(p, a))
			.orElseThrow();
		if (context.role() == Role.PARTNER_OFFICER && agreement.organisationId() != context.user().organisationId()) {
			return Optional.of(new FieldProblem("status", "You can record delivery for your own organisation only"));
		}
		Optional<DeliveryStatus> status = FormValues.choice(DeliveryStatus.class, form.status());
		if (status.isEmpty()) {
			return Optional.of(new FieldProblem("status", "Select how far it was delivered"));
		}
		Optional<LocalDate> on = FormValues.date(form.recordedOn());
		if (on.isEmpty()) {
			return Optional.of(new FieldProblem("recordedOn", "Enter a real date, for example 2009-03-31"));
		}
		String note = form.note() == null ? "" : form.note().trim();
		long id = agreements.insertDelivery(p, commitment, on.get(), status.get(), note, false);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("commitment", commitment);
		now.put("status", status.get().name());
		now.put("recordedOn", on.get().toString());
		now.put("note", note);
		events.publishEvent(PartnersAudit.change(context, "created", "commitment-delivery", id,
				"Recorded delivery (" + status.get().label().toLowerCase() + ") by " + agreement.organisationName(),
				Map.of(), now));
		return Optional.empty();
	}

}
