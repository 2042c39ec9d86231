package org.nmhub.access;

import java.util.List;
import java.util.stream.Stream;

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
 * Changing your own password; demo users in production mode are sent here first.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	static final String VIEW = "access/password";

	private final Accounts accounts;

	PasswordController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String editForm(CurrentUser user, Model model) {
		model.addAttribute("form", PasswordForm.empty());
		model.addAttribute("mustChange", user.mustChangePassword());
		return VIEW;
	}

	@PostMapping
	String update(CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("currentPassword") && !accounts.isCurrentPassword(user, form.currentPassword())) {
			errors.rejectValue("currentPassword", "wrong", "Your current password is not correct");
		}
		if (!errors.hasFieldErrors("newPassword") && form.newPassword().equals(form.currentPassword())) {
			errors.rejectValue("newPassword", "same", "Your new password must be different from your current password");
		}
		if (!errors.hasFieldErrors("newPassword")) {
			PasswordPolicy.problem(form.newPassword(), user.email(), partnershipNames(user))
				.ifPresent(problem -> errors.rejectValue("newPassword", "policy", problem));
		}
		if (!errors.hasFieldErrors("confirmPassword") && !form.confirmPassword().equals(form.newPassword())) {
			errors.rejectValue("confirmPassword", "mismatch", "The passwords do not match");
		}
		if (errors.hasErrors()) {
			model.addAttribute("mustChange", user.mustChangePassword());
			return VIEW;
		}
		accounts.changePassword(user, form.newPassword());
		redirect.addFlashAttribute("notice", "Your password has been changed");
		return "redirect:/";
	}

	private static List<String> partnershipNames(CurrentUser user) {
		return user.memberships()
			.stream()
			.flatMap(m -> Stream.of(m.partnership().name(), m.partnership().slug()))
			.toList();
	}

}
