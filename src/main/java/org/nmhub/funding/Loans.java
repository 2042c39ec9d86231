package org.nmhub.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.shared.FormValues;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pump-priming loans: their rates and movements, the schedule and the position at any
 * date. A change is saved only if the whole arrangement still models (ADR 0020).
 */
@Service
public class Loans {

	private final LoanRepository repository;

	private final Funding funding;

	Loans(LoanRepository repository, Funding funding) {
		this.repository = repository;
		this.funding = funding;
	}

	public List<Loan> all(PartnershipId partnership) {
		return repository.loans(partnership);
	}

	public Optional<Loan> find(PartnershipId partnership, long id) {
		return repository.loan(partnership, id);
	}

	/** The schedule through the end of the year of the last movement, or why not. */
	LoanModel.Outcome schedule(Loan loan) {
		return LoanModel.run(loan.modelMovements(), loan.modelRates());
	}

	/** Where the loan stands at the end of a day. */
	LoanModel.Outcome position(Loan loan, LocalDate on) {
		return LoanModel.run(loan.modelMovements(), loan.modelRates(), on);
	}

	/**
	 * What the loan would need from the reward: everything owed on the day of its first
	 * repayment, interest to the day before included as the model repays it (or at the
	 * end of the schedule when no repayment is recorded), with the date it is owed.
	 */
	Owed owedAtRepayment(Loan loan) {
		LocalDate repayment = loan.movements()
			.stream()
			.filter(m -> m.kind() == FundingChoices.MovementKind.REPAYMENT)
			.map(Loan.Entry::on)
			.findFirst()
			.orElse(null);
		List<LoanModel.Movement> before = loan.modelMovements()
			.stream()
			.filter(m -> m.kind() != FundingChoices.MovementKind.REPAYMENT)
			.toList();
		if (before.isEmpty()) {
			return new Owed(BigDecimal.ZERO, null);
		}
		LoanModel.Outcome outcome = repayment == null ? LoanModel.run(before, loan.modelRates())
				: LoanModel.run(before, loan.modelRates(), repayment.minusDays(1));
		if (outcome instanceof LoanModel.Schedule s) {
			return new Owed(s.end().owed(), repayment == null ? s.end().on() : repayment);
		}
		return new Owed(BigDecimal.ZERO, null);
	}

	record Owed(BigDecimal amount, @Nullable LocalDate on) {
	}

	@Transactional
	List<FieldProblem> addRate(PartnershipContext context, Loan loan, LoanForms.RateForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate from = Funding.date(form.effectiveFrom(), "effectiveFrom", "The date the rate applies from",
				problems);
		if (from == null && problems.isEmpty()) {
			problems.add(new FieldProblem("effectiveFrom", "Enter the date the rate applies from"));
		}
		if (from != null && loan.rates().stream().anyMatch(r -> r.from().equals(from))) {
			problems.add(new FieldProblem("effectiveFrom",
					"A rate is already set from " + from.format(LoanModel.DATE) + "; record a change on another date"));
		}
		BigDecimal percent = null;
		String typed = Funding.text(form.percent()).replace("%", "").trim();
		if (typed.isEmpty()) {
			problems.add(new FieldProblem("percent", "Enter the base rate, for example 4.5"));
		}
		else {
			try {
				percent = new BigDecimal(typed);
				if (percent.scale() > 4 || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
					problems.add(new FieldProblem("percent",
							"The base rate must be a percentage from 0 to 99.9999, with at most 4 decimal places"));
					percent = null;
				}
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("percent", "The base rate must be a number, for example 4.5"));
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		long id = repository.insertRate(context.partnershipId(), loan.id(), from, percent, Funding.RECORDED);
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("loan", loan.name());
		now.put("effectiveFrom", from);
		now.put("ratePercent", percent);
		funding.audit(context, "loan rate", id,
				"Set the base rate of " + loan.name() + " to " + percent + "% from " + from.format(LoanModel.DATE),
				now);
		return problems;
	}

	@Transactional
	List<FieldProblem> addMovement(PartnershipContext context, Loan loan, LoanForms.MovementForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		FundingChoices.MovementKind kind = FormValues.choice(FundingChoices.MovementKind.class, form.kind())
			.orElse(null);
		if (kind == null) {
			problems.add(new FieldProblem("kind", "Select the kind of movement"));
		}
		LocalDate on = Funding.date(form.occursOn(), "occursOn", "The date", problems);
		if (on == null && problems.stream().noneMatch(p -> p.field().equals("occursOn"))) {
			problems.add(new FieldProblem("occursOn", "Enter the date of the movement"));
		}
		BigDecimal amount = Funding.amount(form.amount(), "amount", "The amount", false, problems);
		if (amount == null && Funding.text(form.amount()).isEmpty() && kind != FundingChoices.MovementKind.REPAYMENT) {
			problems.add(new FieldProblem("amount", "Enter the amount (only a repayment may be left empty)"));
		}
		if (amount != null && amount.signum() == 0) {
			problems.add(new FieldProblem("amount", "The amount must be more than £0"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		List<LoanModel.Movement> movements = new ArrayList<>(loan.modelMovements());
		movements.add(new LoanModel.Movement(on, kind, amount, Funding.text(form.note())));
		if (LoanModel.run(movements, loan.modelRates()) instanceof LoanModel.Refused refused) {
			return List.of(new FieldProblem("occursOn", refused.message()));
		}
		long id = repository.insertMovement(context.partnershipId(), loan.id(), kind, on, amount,
				Funding.text(form.note()));
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("loan", loan.name());
		now.put("kind", kind.name());
		now.put("occursOn", on);
		now.put("amount", amount);
		funding.audit(context, "loan movement", id, "Recorded " + kind.label().toLowerCase(java.util.Locale.UK) + " on "
				+ on.format(LoanModel.DATE) + " for " + loan.name(), now);
		return problems;
	}

}
