package org.nmhub.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.shared.FormValues;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pump-priming loan model: schedule, position at a date, dated base rates and cash
 * movements.
 */
@Controller
class LoanController {

	static final String LIST_VIEW = "funding/loans";

	static final String SHOW_VIEW = "funding/loan";

	private final Loans loans;

	LoanController(Loans loans) {
		this.loans = loans;
	}

	@GetMapping("/p/{partnership}/funding/loans")
	String list(PartnershipContext context, Model model) {
		model.addAttribute("loans", loans.all(context.partnershipId()));
		return LIST_VIEW;
	}

	@GetMapping("/p/{partnership}/funding/loans/{id}")
	String show(PartnershipContext context, @PathVariable long id, @RequestParam(required = false) @Nullable String on,
			Model model) {
		Loan loan = loan(context, id);
		model.addAttribute("rateForm", LoanForms.RateForm.empty());
		model.addAttribute("movementForm", LoanForms.MovementForm.empty());
		return prepare(context, loan, on, model);
	}

	@PostMapping("/p/{partnership}/funding/loans/{id}/rates")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String addRate(PartnershipContext context, @PathVariable long id,
			@ModelAttribute("rateForm") LoanForms.RateForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Loan loan = loan(context, id);
		model.addAttribute("movementForm", LoanForms.MovementForm.empty());
		return saved(context, loan, loans.addRate(context, loan, form), errors, model, redirect,
				"The base rate has been changed from " + form.effectiveFrom());
	}

	@PostMapping("/p/{partnership}/funding/loans/{id}/movements")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String addMovement(PartnershipContext context, @PathVariable long id,
			@ModelAttribute("movementForm") LoanForms.MovementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Loan loan = loan(context, id);
		model.addAttribute("rateForm", LoanForms.RateForm.empty());
		return saved(context, loan, loans.addMovement(context, loan, form), errors, model, redirect,
				"The movement has been recorded and the schedule worked out again");
	}

	/** The loan page again with the problems, or back to it with a notice. */
	private String saved(PartnershipContext context, Loan loan, List<FieldProblem> problems, BindingResult errors,
			Model model, RedirectAttributes redirect, String notice) {
		if (!problems.isEmpty()) {
			FundingController.reject(errors, problems);
			return prepare(context, loan, null, model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/p/" + context.partnership().slug() + "/funding/loans/" + loan.id();
	}

	private Loan loan(PartnershipContext context, long id) {
		return loans.find(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String prepare(PartnershipContext context, Loan loan, @Nullable String on, Model model) {
		model.addAttribute("loan", loan);
		model.addAttribute("kinds", FundingChoices.MovementKind.values());
		model.addAttribute("canEdit", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER));
		LoanModel.Outcome outcome = loans.schedule(loan);
		if (outcome instanceof LoanModel.Schedule schedule) {
			model.addAttribute("schedule", ScheduleView.of(schedule));
			model.addAttribute("unprofiled", Money.format(loan.requirement().subtract(loan.spendingRecorded())));
			model.addAttribute("spending", Money.format(loan.spendingRecorded()));
		}
		else {
			model.addAttribute("refused", ((LoanModel.Refused) outcome).message());
		}
		model.addAttribute("on", on == null ? "" : on);
		if (on != null && !on.isBlank()) {
			Optional<LocalDate> date = FormValues.date(on);
			if (date.isEmpty()) {
				model.addAttribute("onProblem", "The date must be a date, like 2008-03-31");
			}
			else if (loans.position(loan, date.get()) instanceof LoanModel.Schedule at) {
				model.addAttribute("position", PositionView.of(at.end()));
			}
		}
		return SHOW_VIEW;
	}

	/** The schedule as text for the page. */
	record ScheduleView(List<RowView> rows, PositionView end, String firstDrawdown, String peakDebt) {

		static ScheduleView of(LoanModel.Schedule s) {
			return new ScheduleView(s.rows().stream().map(RowView::of).toList(), PositionView.of(s.end()),
					s.firstDrawdown() == null ? "None" : s.firstDrawdown().format(LoanModel.DATE),
					Money.format(s.peakDebt()));
		}

	}

	record RowView(String date, String description, String cash, String interest, String drawdown, String balance,
			String rate) {

		static RowView of(LoanModel.Row r) {
			return new RowView(r.date(), r.description(), r.cash().signum() == 0 ? "" : Money.signed(r.cash()),
					r.interest().signum() == 0 ? "" : Money.signed(r.interest()),
					r.drawdown().signum() == 0 ? "" : Money.format(r.drawdown()), Money.format(r.balance()),
					r.ratePercent().stripTrailingZeros().toPlainString() + "%");
		}

	}

	record PositionView(String date, String balance, String accrued, String owed, String cashInHand, String drawn,
			String interestCharged, String interestEarned, String netInterest, String repaid) {

		static PositionView of(LoanModel.Position p) {
			return new PositionView(p.date(), Money.format(p.balance()), Money.signed(p.accruedInterest()),
					Money.format(p.owed()), Money.format(p.cashInHand()), Money.format(p.drawn()),
					Money.format(p.interestCharged()), Money.format(p.interestEarned()), Money.signed(p.netInterest()),
					Money.format(p.repaid()));
		}

	}

}
