package org.nmhub.partners;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.places.District;
import org.nmhub.places.Places;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Hard-to-engage partners and meeting load. Partner officers do not see these: they
 * compare organisations with each other.
 */
@Controller
@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
		Role.BOARD_MEMBER })
class AnalysesController {

	private final Analyses analyses;

	private final Organisations organisations;

	private final Places places;

	AnalysesController(Analyses analyses, Organisations organisations, Places places) {
		this.analyses = analyses;
		this.organisations = organisations;
		this.places = places;
	}

	@GetMapping("/p/{partnership}/partners/engagement")
	String engagement(PartnershipContext context, @RequestParam(required = false) @Nullable String district,
			Model model) {
		String scope = district(context, district);
		LocalDate today = LocalDate.now();
		model.addAttribute("rows", analyses.ranking(context, scope, today));
		model.addAttribute("trend", analyses.trend(context, scope, today));
		model.addAttribute("district", scope);
		model.addAttribute("districts",
				places.districts(context.partnershipId()).stream().map(District::name).toList());
		return "partners/engagement";
	}

	@GetMapping("/p/{partnership}/partners/engagement/{organisation}")
	String explain(PartnershipContext context, @PathVariable long organisation,
			@RequestParam(required = false) @Nullable String district, Model model) {
		PartnerOrganisation partner = organisations.find(context, organisation)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String scope = district(context, district);
		LocalDate today = LocalDate.now();
		model.addAttribute("organisation", partner);
		model.addAttribute("district", scope);
		model.addAttribute("row",
				analyses.ranking(context, scope, today)
					.stream()
					.filter(r -> r.organisationId() == organisation)
					.findFirst()
					.orElse(null));
		model.addAttribute("meetings", analyses.meetings(context, scope, today, organisation));
		model.addAttribute("actions", analyses.actions(context, scope, today, organisation));
		model.addAttribute("commitments", analyses.commitments(context, today, organisation));
		model.addAttribute("trend",
				analyses.trend(context, scope, today)
					.stream()
					.filter(t -> t.organisationId() == organisation)
					.toList());
		return "partners/engagement-organisation";
	}

	@GetMapping("/p/{partnership}/meetings/load")
	String load(PartnershipContext context, @RequestParam(required = false) @Nullable String district, Model model) {
		String scope = district(context, district);
		List<MeetingLoad.SharedIssue> issues = analyses.sharedIssues(context, scope);
		List<MeetingLoad.Overlap> overlaps = analyses.overlaps(context, scope);
		model.addAttribute("issues", issues);
		model.addAttribute("overlaps", overlaps);
		model.addAttribute("busiest", analyses.busiest(context, scope));
		model.addAttribute("suggestions", Analyses.suggestions(issues, overlaps));
		model.addAttribute("district", scope);
		model.addAttribute("districts",
				places.districts(context.partnershipId()).stream().map(District::name).toList());
		return "partners/meeting-load";
	}

	/**
	 * The district named, if it is one of the partnership's; otherwise the whole
	 * partnership.
	 */
	private @Nullable String district(PartnershipContext context, @Nullable String district) {
		return places.districts(context.partnershipId())
			.stream()
			.map(District::name)
			.filter(d -> d.equals(district))
			.findFirst()
			.orElse(null);
	}

}
