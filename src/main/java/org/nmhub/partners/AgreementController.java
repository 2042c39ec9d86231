package org.nmhub.partners;

import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.Valid;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Partnerships;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partners' agreement: each partner's commitments and what it can expect in return,
 * and delivery against each commitment.
 */
@Controller
class AgreementController {

	private final Agreements agreements;

	private final Partnerships partnerships;

	AgreementController(Agreements agreements, Partnerships partnerships) {
		this.agreements = agreements;
		this.partnerships = partnerships;
	}

	@GetMapping("/p/{partnership}/partners/agreements")
	String list(PartnershipContext context, Model model) {
		model.addAttribute("agreements", agreements.all(context));
		return "partners/agreements";
	}

	@GetMapping("/p/{partnership}/partners/agreements/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String newForm(PartnershipContext context, Model model) {
		model.addAttribute("form", AgreementForm.empty());
		model.addAttribute("organisations", partnerships.organisations(context.partnershipId()));
		return "partners/new-agreement";
	}

	@PostMapping("/p/{partnership}/partners/agreements/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String create(PartnershipContext context, @Valid @ModelAttribute("form") AgreementForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("organisations", partnerships.organisations(context.partnershipId()));
		if (errors.hasErrors()) {
			return "partners/new-agreement";
		}
		Either<FieldProblem, Long> result = agreements.create(context, form);
		if (result.problem().isPresent()) {
			errors.rejectValue(result.left().field(), "invalid", result.left().message());
			return "partners/new-agreement";
		}
		redirect.addFlashAttribute("notice", "The agreement has been recorded");
		return "redirect:/p/" + context.partnership().slug() + "/partners/agreements/" + result.right();
	}

	@GetMapping("/p/{partnership}/partners/agreements/{id}")
	String show(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("agreement", found(context, id));
		model.addAttribute("canEdit",
				context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR));
		model.addAttribute("canRecord", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER,
				Role.DISTRICT_COORDINATOR, Role.PARTNER_OFFICER));
		return "partners/agreement";
	}

	@GetMapping("/p/{partnership}/partners/agreements/{id}/commitments/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String newCommitment(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("form", CommitmentForm.empty());
		return commitmentPage(context, id, model);
	}

	@PostMapping("/p/{partnership}/partners/agreements/{id}/commitments/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String addCommitment(PartnershipContext context, @PathVariable long id,
			@Valid @ModelAttribute("form") CommitmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String view = commitmentPage(context, id, model);
		if (errors.hasErrors()) {
			return view;
		}
		Optional<FieldProblem> problem = agreements.addCommitment(context, id, form);
		if (problem.isPresent()) {
			errors.rejectValue(problem.get().field(), "invalid", problem.get().message());
			return view;
		}
		redirect.addFlashAttribute("notice", "The commitment has been added");
		return "redirect:/p/" + context.partnership().slug() + "/partners/agreements/" + id;
	}

	@GetMapping("/p/{partnership}/partners/commitments/{id}/deliveries/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.PARTNER_OFFICER })
	String newDelivery(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("form", DeliveryForm.empty());
		return deliveryPage(context, id, model);
	}

	@PostMapping("/p/{partnership}/partners/commitments/{id}/deliveries/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.PARTNER_OFFICER })
	String recordDelivery(PartnershipContext context, @PathVariable long id,
			@Valid @ModelAttribute("form") DeliveryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String view = deliveryPage(context, id, model);
		if (errors.hasErrors()) {
			return view;
		}
		Optional<FieldProblem> problem = agreements.recordDelivery(context, id, form);
		if (problem.isPresent()) {
			errors.rejectValue(problem.get().field(), "invalid", problem.get().message());
			return view;
		}
		redirect.addFlashAttribute("notice", "Delivery has been recorded");
		return "redirect:/p/" + context.partnership().slug() + "/partners/agreements/"
				+ agreements.agreementOfCommitment(context, id).orElseThrow();
	}

	private Agreement found(PartnershipContext context, long id) {
		return agreements.find(context, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String commitmentPage(PartnershipContext context, long id, Model model) {
		model.addAttribute("agreement", found(context, id));
		model.addAttribute("kinds",
				Arrays.stream(CommitmentKind.values()).map(k -> new Choice(k.name(), k.label())).toList());
		return "partners/new-commitment";
	}

	private String deliveryPage(PartnershipContext context, long id, Model model) {
		Agreement agreement = agreements.agreementOfCommitment(context, id)
			.flatMap(a -> agreements.find(context, a))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("agreement", agreement);
		model.addAttribute("commitment",
				agreement.commitments().stream().filter(c -> c.id() == id).findFirst().orElseThrow());
		model.addAttribute("statuses",
				Arrays.stream(DeliveryStatus.values()).map(s -> new Choice(s.name(), s.label())).toList());
		return "partners/new-delivery";
	}

}
