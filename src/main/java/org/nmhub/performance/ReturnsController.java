package org.nmhub.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.performance.Forms.ReturnForm;
import org.nmhub.performance.FrameworkEditing.Saved;
import org.nmhub.performance.ReturnRepository.Return;
import org.nmhub.performance.Views.Indicator;
import org.nmhub.performance.Views.Period;
import org.nmhub.performance.Views.Version;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Returns: the list of returns awaiting approval and late, the return form for one
 * indicator and period, approval and sending back, and closing periods.
 */
@Controller
class ReturnsController {

	static final String LIST_VIEW = "performance/returns";

	static final String FORM_VIEW = "performance/return-form";

	private final Returns returns;

	private final ReturnRepository repository;

	private final FrameworkRepository framework;

	private final Lookup lookup;

	ReturnsController(Returns returns, ReturnRepository repository, FrameworkRepository framework, Lookup lookup) {
		this.returns = returns;
		this.repository = repository;
		this.framework = framework;
		this.lookup = lookup;
	}

	@GetMapping("/p/{partnership}/performance/returns")
	String list(PartnershipContext context, Model model) {
		long p = context.partnershipId().value();
		Optional<Version> current = framework.currentVersion(p);
		model.addAttribute("reviewer", Returns.reviews(context));
		model.addAttribute("version", current.orElse(null));
		if (current.isEmpty()) {
			return LIST_VIEW;
		}
		Version v = current.get();
		List<Indicator> visible = framework.indicators(p, v.id())
			.stream()
			.filter(i -> Returns.canSee(context, i))
			.toList();
		List<Long> ids = visible.stream().map(Indicator::id).toList();
		List<Return> all = repository.returns(p, v.id()).stream().filter(r -> ids.contains(r.indicatorId())).toList();
		model.addAttribute("awaiting", all.stream().filter(r -> r.status().equals("SUBMITTED")).toList());
		model.addAttribute("sentBack", all.stream().filter(r -> r.status().equals("SENT_BACK")).toList());
		model.addAttribute("late",
				returns.late(p, v.id(), LocalDate.now()).stream().filter(l -> ids.contains(l.indicatorId())).toList());
		model.addAttribute("indicators", visible);
		model.addAttribute("periods", framework.periods(p, v.id()));
		return LIST_VIEW;
	}

	@GetMapping("/p/{partnership}/performance/indicators/{id}/periods/{period}/return")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.PARTNER_OFFICER })
	String form(PartnershipContext context, @PathVariable long id, @PathVariable long period, Model model) {
		Indicator i = lookup.indicator(context, id);
		Period pe = lookup.period(context, i, period);
		Optional<Return> existing = repository.find(context.partnershipId().value(), i.id(), pe.id());
		model.addAttribute("form",
				existing.map(r -> new ReturnForm(Forms.text(r.actual()), r.commentary(), r.evidenceLink()))
					.orElse(ReturnForm.empty()));
		return show(i, pe, existing.orElse(null), model);
	}

	private String show(Indicator i, Period pe, @Nullable Return existing, Model model) {
		model.addAttribute("indicator", i);
		model.addAttribute("period", pe);
		model.addAttribute("existing", existing);
		return FORM_VIEW;
	}

	@PostMapping("/p/{partnership}/performance/indicators/{id}/periods/{period}/return")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.PARTNER_OFFICER })
	String submit(PartnershipContext context, @PathVariable long id, @PathVariable long period,
			@ModelAttribute("form") ReturnForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		Indicator i = lookup.indicator(context, id);
		Period pe = lookup.period(context, i, period);
		Saved saved = returns.submit(context, i, pe, form);
		if (Lookup.reject(saved.problems(), errors)) {
			return show(i, pe, repository.find(context.partnershipId().value(), i.id(), pe.id()).orElse(null), model);
		}
		redirect.addFlashAttribute("notice",
				"Your return for " + i.code() + " in " + pe.label() + " has been submitted for approval");
		return "redirect:/p/" + context.partnership().slug() + "/performance/returns";
	}

	@PostMapping("/p/{partnership}/performance/returns/{id}/approve")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String approve(PartnershipContext context, @PathVariable long id, RedirectAttributes redirect) {
		Return r = repository.find(context.partnershipId().value(), id).orElseThrow(Lookup::notFound);
		Optional<String> problem = returns.approve(context, r);
		redirect.addFlashAttribute(problem.isPresent() ? "problem" : "notice", problem
			.orElse("The return of " + r.indicatorCode() + " for " + r.periodLabel() + " has been approved"));
		return "redirect:/p/" + context.partnership().slug() + "/performance/returns";
	}

	@PostMapping("/p/{partnership}/performance/returns/{id}/send-back")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String sendBack(PartnershipContext context, @PathVariable long id,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		Return r = repository.find(context.partnershipId().value(), id).orElseThrow(Lookup::notFound);
		Optional<String> problem = returns.sendBack(context, r, note);
		redirect.addFlashAttribute(problem.isPresent() ? "problem" : "notice", problem
			.orElse("The return of " + r.indicatorCode() + " for " + r.periodLabel() + " has been sent back"));
		return "redirect:/p/" + context.partnership().slug() + "/performance/returns";
	}

	@PostMapping("/p/{partnership}/performance/periods/{period}/close")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String close(PartnershipContext context, @PathVariable long period,
			@RequestParam(required = false) @Nullable String reopen, RedirectAttributes redirect) {
		long p = context.partnershipId().value();
		Period pe = framework.versions(p)
			.stream()
			.flatMap(v -> framework.periods(p, v.id()).stream())
			.filter(x -> x.id() == period)
			.findFirst()
			.orElseThrow(Lookup::notFound);
		boolean closing = reopen == null;
		returns.setClosed(context, pe, closing);
		redirect.addFlashAttribute("notice", pe.label() + (closing ? " is closed for returns" : " is open again"));
		return "redirect:/p/" + context.partnership().slug() + "/performance/returns";
	}

}
