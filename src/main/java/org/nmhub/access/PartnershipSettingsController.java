package org.nmhub.access;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership's own details, kept by its administrator.
 */
@Controller
@RequestMapping("/p/{partnership}/settings")
@RequiresRole(Role.ADMINISTRATOR)
class PartnershipSettingsController {

	static final String VIEW = "access/settings";

	private final Partnerships partnerships;

	PartnershipSettingsController(Partnerships partnerships) {
		this.partnerships = partnerships;
	}

	@GetMapping
	String editForm(PartnershipContext context, Model model) {
		model.addAttribute("form",
				new PartnershipForm(context.partnership().name(), context.partnership().description()));
		return VIEW;
	}

	@PostMapping
	String update(PartnershipContext context, @Valid @ModelAttribute("form") PartnershipForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return VIEW;
		}
		partnerships.updateDetails(context, form.name(), form.description());
		redirect.addFlashAttribute("notice", "The partnership's details have been saved");
		return "redirect:/p/" + context.partnership().slug() + "/settings";
	}

}
