package org.nmhub.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * About NM Hub (with the data credits) and the accessibility statement.
 */
@Controller
class InformationController {

	@GetMapping("/about")
	String about() {
		return "web/about";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "web/accessibility";
	}

}
