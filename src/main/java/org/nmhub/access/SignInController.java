package org.nmhub.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the POST; this renders the form and its
 * messages.
 */
@Controller
class SignInController {

	static final String VIEW = "access/sign-in";

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String expired,
			@RequestParam(required = false) String signedOut, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("expired", expired != null);
		model.addAttribute("signedOut", signedOut != null);
		return VIEW;
	}

}
