package org.nmhub.partners;

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
 * The information-sharing protocol: its versions, who signed which, adding a version and
 * recording a signature.
 */
@Controller
class SharingProtocolController {

	private final SharingProtocols protocols;

	private final Partnerships partnerships;

	SharingProtocolController(SharingProtocols protocols, Partnerships partnerships) {
		this.protocols = protocols;
		this.partnerships = partnerships;
	}

	@GetMapping("/p/{partnership}/partners/sharing-protocol")
	String list(PartnershipContext context, Model model) {
		model.addAttribute("versions", protocols.versions(context));
		return "partners/protocols";
	}

	@GetMapping("/p/{partnership}/partners/sharing-protocol/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String newForm(PartnershipContext context, Model model) {
		model.addAttribute("form", ProtocolForm.empty());
		return "partners/new-protocol";
	}

	@PostMapping("/p/{partnership}/partners/sharing-protocol/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String create(PartnershipContext context, @Valid @ModelAttribute("form") ProtocolForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "partners/new-protocol";
		}
		Optional<FieldProblem> problem = protocols.addVersion(context, form);
		if (problem.isPresent()) {
			errors.rejectValue(problem.get().field(), "invalid", problem.get().message());
			return "partners/new-protocol";
		}
		redirect.addFlashAttribute("notice", "Version " + form.versionLabel().trim() + " has been added");
		return "redirect:/p/" + context.partnership().slug() + "/partners/sharing-protocol";
	}

	@GetMapping("/p/{partnership}/partners/sharing-protocol/{id}")
	String show(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("form", SignatureForm.empty());
		return prepare(context, id, model);
	}

	@PostMapping("/p/{partnership}/partners/sharing-protocol/{id}/signatures")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.PARTNER_OFFICER })
	String sign(PartnershipContext context, @PathVariable long id, @Valid @ModelAttribute("form") SignatureForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		prepare(context, id, model);
		if (errors.hasErrors()) {
			return "partners/protocol";
		}
		Optional<FieldProblem> problem = protocols.sign(context, id, form);
		if (problem.isPresent()) {
			errors.rejectValue(problem.get().field(), "invalid", problem.get().message());
			return "partners/protocol";
		}
		redirect.addFlashAttribute("notice", "The signature has been recorded");
		return "redirect:/p/" + context.partnership().slug() + "/partners/sharing-protocol/" + id;
	}

	private String prepare(PartnershipContext context, long id, Model model) {
		ProtocolVersion version = protocols.version(context, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("version", version);
		model.addAttribute("signatures", protocols.signatures(context, id));
		model.addAttribute("notSigned", protocols.notSigned(context, id));
		model.addAttribute("organisations",
				context.role() == Role.PARTNER_OFFICER ? partnerships.organisations(context.partnershipId())
					.stream()
					.filter(o -> o.id() == context.user().organisationId())
					.toList() : partnerships.organisations(context.partnershipId()));
		model.addAttribute("canSign",
				context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.PARTNER_OFFICER));
		return "partners/protocol";
	}

}
