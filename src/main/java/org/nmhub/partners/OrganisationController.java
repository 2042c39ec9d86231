package org.nmhub.partners;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partner organisations: their page (kind, contacts, partnerships, bodies, agreements,
 * protocol), adding one (with duplicate detection), merging duplicates, and adding
 * members to bodies.
 */
@Controller
class OrganisationController {

	private final Organisations organisations;

	private final Agreements agreements;

	private final Bodies bodies;

	OrganisationController(Organisations organisations, Agreements agreements, Bodies bodies) {
		this.organisations = organisations;
		this.agreements = agreements;
		this.bodies = bodies;
	}

	static List<Choice> types() {
		return Arrays.stream(PartnerType.values()).map(t -> new Choice(t.name(), t.label())).toList();
	}

	@GetMapping("/p/{partnership}/partners/organisations/{id}")
	String show(PartnershipContext context, @PathVariable long id, Model model) {
		PartnerOrganisation organisation = found(context, id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("contacts", organisations.contacts(context, id));
		model.addAttribute("memberships", organisations.memberships(context, id));
		model.addAttribute("partnerships", organisations.partnershipsOf(id));
		model.addAttribute("agreements", agreements.of(context, id));
		model.addAttribute("duplicates",
				organisations.duplicates(context).stream().filter(d -> d.keepId() == id || d.mergeId() == id).toList());
		model.addAttribute("types", types());
		model.addAttribute("canEdit",
				context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR));
		return "partners/organisation";
	}

	@PostMapping("/p/{partnership}/partners/organisations/{id}/type")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String setType(PartnershipContext context, @PathVariable long id, @RequestParam(required = false) String type,
			RedirectAttributes redirect) {
		found(context, id);
		Optional<FieldProblem> problem = organisations.setType(context, id, type);
		redirect.addFlashAttribute("notice",
				problem.map(FieldProblem::message).orElse("The kind of partner has been saved"));
		return "redirect:/p/" + context.partnership().slug() + "/partners/organisations/" + id;
	}

	@GetMapping("/p/{partnership}/partners/organisations/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String newForm(Model model) {
		model.addAttribute("form", OrganisationForm.empty());
		model.addAttribute("types", types());
		return "partners/new-organisation";
	}

	@PostMapping("/p/{partnership}/partners/organisations/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String create(PartnershipContext context, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		model.addAttribute("types", types());
		if (errors.hasErrors()) {
			return "partners/new-organisation";
		}
		Either<FieldProblem, Long> result = organisations.create(context, form);
		if (result.problem().isPresent()) {
			errors.rejectValue(result.left().field(), "invalid", result.left().message());
			organisations.similar(context, form.name()).ifPresent(s -> model.addAttribute("similar", s));
			return "partners/new-organisation";
		}
		redirect.addFlashAttribute("notice", form.name().trim() + " has been added");
		return "redirect:/p/" + context.partnership().slug() + "/partners/organisations/" + result.right();
	}

	@GetMapping("/p/{partnership}/partners/organisations/{id}/contacts/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String newContact(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("organisation", found(context, id));
		model.addAttribute("form", ContactForm.empty());
		return "partners/new-contact";
	}

	@PostMapping("/p/{partnership}/partners/organisations/{id}/contacts/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String addContact(PartnershipContext context, @PathVariable long id,
			@Valid @ModelAttribute("form") ContactForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("organisation", found(context, id));
		if (errors.hasErrors()) {
			return "partners/new-contact";
		}
		organisations.addContact(context, id, form);
		redirect.addFlashAttribute("notice", "The contact has been added");
		return "redirect:/p/" + context.partnership().slug() + "/partners/organisations/" + id;
	}

	@GetMapping("/p/{partnership}/partners/organisations/{id}/merge-into/{keep}")
	@RequiresRole(Role.ADMINISTRATOR)
	String confirmMerge(PartnershipContext context, @PathVariable long id, @PathVariable long keep, Model model) {
		if (id == keep) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("merged", found(context, id));
		model.addAttribute("kept", found(context, keep));
		return "partners/merge";
	}

	@PostMapping("/p/{partnership}/partners/organisations/{id}/merge-into/{keep}")
	@RequiresRole(Role.ADMINISTRATOR)
	String merge(PartnershipContext context, @PathVariable long id, @PathVariable long keep,
			RedirectAttributes redirect) {
		if (id == keep) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		PartnerOrganisation merged = found(context, id);
		found(context, keep);
		Map<String, Integer> moved = organisations.merge(context, keep, id);
		int total = moved.values().stream().mapToInt(Integer::intValue).sum();
		redirect.addFlashAttribute("notice",
				merged.name() + " has been merged; " + total + (total == 1 ? " record" : " records") + " moved");
		return "redirect:/p/" + context.partnership().slug() + "/partners/organisations/" + keep;
	}

	@GetMapping("/p/{partnership}/bodies/{id}/members/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR })
	String newMember(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("form", MemberForm.empty());
		return memberPage(context, id, model);
	}

	@PostMapping("/p/{partnership}/bodies/{id}/members/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR })
	String addMember(PartnershipContext context, @PathVariable long id, @Valid @ModelAttribute("form") MemberForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		String view = memberPage(context, id, model);
		if (errors.hasErrors()) {
			return view;
		}
		Optional<FieldProblem> problem = organisations.addMember(context, id, form);
		if (problem.isPresent()) {
			errors.rejectValue(problem.get().field(), "invalid", problem.get().message());
			return view;
		}
		redirect.addFlashAttribute("notice", "The member has been added");
		return "redirect:/p/" + context.partnership().slug() + "/bodies/" + id;
	}

	private String memberPage(PartnershipContext context, long id, Model model) {
		model.addAttribute("body", bodies.find(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("organisations",
				organisations.all(context).stream().map(o -> new Choice(String.valueOf(o.id()), o.name())).toList());
		return "partners/new-member";
	}

	private PartnerOrganisation found(PartnershipContext context, long id) {
		return organisations.find(context, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
