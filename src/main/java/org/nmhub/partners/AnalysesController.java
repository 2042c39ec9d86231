package org.nmhub.partners;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.places.District;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Hard-to-engage partners and meeting load, for the partnership, a district or a
 * neighbourhood. Partner officers do not see these: they compare organisations with each
 * other.
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
			@RequestParam(required = false) @Nullable String neighbourhood, Model model) {
		AnalysisScope scope = scope(context, district, neighbourhood, model);
		LocalDate today = LocalDate.now();
		model.addAttribute("rows", analyses.ranking(context, scope, today));
		model.addAttribute("trend", analyses.trend(context, scope, today));
		return "partners/engagement";
	}

	@GetMapping("/p/{partnership}/partners/engagement/{organisation}")
	String explain(PartnershipContext context, @PathVariable long organisation,
			@RequestParam(required = false) @Nullable String district,
			@RequestParam(required = false) @Nullable String neighbourhood, Model model) {
		PartnerOrganisation partner = organisations.find(context, organisation)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		AnalysisScope scope = scope(context, district, neighbourhood, model);
		LocalDate today = LocalDate.now();
		model.addAttribute("organisation", partner);
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
	String load(PartnershipContext context, @RequestParam(required = false) @Nullable String district,
			@RequestParam(required = false) @Nullable String neighbourhood, Model model) {
		AnalysisScope scope = scope(context, district, neighbourhood, model);
		List<MeetingLoad.SharedIssue> issues = analyses.sharedIssues(context, scope);
		List<MeetingLoad.Overlap> overlaps = analyses.overlaps(context, scope);
		model.addAttribute("issues", issues);
		model.addAttribute("overlaps", overlaps);
		model.addAttribute("busiest", analyses.busiest(context, scope));
		model.addAttribute("suggestions", Analyses.suggestions(issues, overlaps));
		return "partners/meeting-load";
	}

	/**
	 * The neighbourhood chosen, if it is one of the partnership's; else the district
	 * chosen, if it is one; else the whole partnership. Adds the choices, the choice and
	 * its name (for headings) to the model.
	 */
	private AnalysisScope scope(PartnershipContext context, @Nullable String district, @Nullable String neighbourhood,
			Model model) {
		List<String> districts = places.districts(context.partnershipId()).stream().map(District::name).toList();
		List<NeighbourhoodRef> neighbourhoods = places.neighbourhoods(context.partnershipId());
		model.addAttribute("districts", districts);
		model.addAttribute("neighbourhoods", neighbourhoods.stream().map(n -> new Choice(n.key(), n.name())).toList());
		AnalysisScope scope = neighbourhoods.stream()
			.filter(n -> n.key().equals(neighbourhood))
			.findFirst()
			.map(n -> AnalysisScope.neighbourhood(n.key(), n.name()))
			.orElse(district != null && districts.contains(district) ? AnalysisScope.district(district)
					: AnalysisScope.ALL);
		model.addAttribute("district", scope.district());
		model.addAttribute("neighbourhood", scope.neighbourhoodKey());
		model.addAttribute("scopeName",
				scope.neighbourhoodName() != null ? scope.neighbourhoodName() : scope.district());
		return scope;
	}

}
