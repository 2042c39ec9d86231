package org.nmhub.partners;

import org.nmhub.access.PartnershipContext;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "How it all fits together": the structure diagram of the partnership's bodies, for the
 * whole partnership or one district, with a text equivalent.
 */
@Controller
class StructureController {

	static final String VIEW = "partners/structure";

	private final Bodies bodies;

	StructureController(Bodies bodies) {
		this.bodies = bodies;
	}

	@GetMapping("/p/{partnership}/partners/structure")
	String show(PartnershipContext context, @RequestParam(required = false) String district, Model model) {
		var all = bodies.visible(context);
		StructureDiagram diagram = StructureDiagram.of(all, blankToNull(district));
		model.addAttribute("sections", diagram.sections());
		model.addAttribute("svg", diagram.svg(title(context, district)));
		model.addAttribute("district", blankToNull(district));
		model.addAttribute("districts",
				StructureDiagram.of(all, null)
					.sections()
					.stream()
					.map(StructureDiagram.Section::title)
					.filter(t -> !t.equals(StructureDiagram.PARTNERSHIP_WIDE))
					.toList());
		return VIEW;
	}

	@GetMapping(value = "/p/{partnership}/partners/structure.svg", produces = "image/svg+xml")
	ResponseEntity<String> svg(PartnershipContext context, @RequestParam(required = false) String district) {
		StructureDiagram diagram = StructureDiagram.of(bodies.visible(context), blankToNull(district));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.body(diagram.svg(title(context, district)));
	}

	private static String title(PartnershipContext context, String district) {
		return "How " + context.partnership().name() + " fits together"
				+ (blankToNull(district) == null ? "" : ": " + district);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
