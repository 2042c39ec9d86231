package org.nmhub.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership's members and their roles, managed by its administrator.
 */
@Controller
@RequestMapping("/p/{partnership}/members")
@RequiresRole(Role.ADMINISTRATOR)
class MembersController {

	static final String VIEW = "access/members";

	private final Partnerships partnerships;

	MembersController(Partnerships partnerships) {
		this.partnerships = partnerships;
	}

	@GetMapping
	String list(PartnershipContext context, Model model) {
		model.addAttribute("members", partnerships.members(context));
		model.addAttribute("roles", Role.values());
		return VIEW;
	}

	@PostMapping("/{userId}/role")
	String changeRole(PartnershipContext context, @PathVariable long userId, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String districtCode, RedirectAttributes redirect) {
		String base = "redirect:/p/" + context.partnership().slug() + "/members";
		if (role == null) {
			redirect.addFlashAttribute("problem", "Select a role");
			return base;
		}
		if (role == Role.DISTRICT_COORDINATOR && (districtCode == null || districtCode.isBlank())) {
			redirect.addFlashAttribute("problem", "A district coordinator needs a district code");
			return base;
		}
		partnerships.changeRole(context, userId, role, districtCode);
		redirect.addFlashAttribute("notice", "The role has been changed");
		return base;
	}

}
