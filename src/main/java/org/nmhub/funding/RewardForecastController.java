package org.nmhub.funding;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.performance.Framework;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reward forecast: from the performance framework's reward positions, the reward
 * likely to be earned and whether the pump-priming loan can be repaid from it.
 */
@Controller
class RewardForecastController {

	static final String VIEW = "funding/reward-forecast";

	private final Framework framework;

	private final Loans loans;

	RewardForecastController(Framework framework, Loans loans) {
		this.framework = framework;
		this.loans = loans;
	}

	@GetMapping("/p/{partnership}/funding/reward-forecast")
	String show(PartnershipContext context, @RequestParam(required = false) @Nullable String loan, Model model) {
		List<Loan> all = loans.all(context.partnershipId());
		Loan chosen = all.stream()
			.filter(l -> String.valueOf(l.id()).equals(loan))
			.findFirst()
			.orElse(all.isEmpty() ? null : all.get(0));
		Loans.Owed owed = chosen == null ? new Loans.Owed(BigDecimal.ZERO, null) : loans.owedAtRepayment(chosen);
		model.addAttribute("loans", all);
		model.addAttribute("loan", chosen);
		model.addAttribute("owedOn", owed.on() == null ? "" : owed.on().format(LoanModel.DATE));
		model.addAttribute("forecast",
				RewardForecast.of(framework.rewardPositions(context.partnershipId().value()), owed.amount()).view());
		return VIEW;
	}

}
