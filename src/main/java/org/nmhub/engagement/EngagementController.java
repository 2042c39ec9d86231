package org.nmhub.engagement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The engagement activities: the list, an activity's page, recording a new one, and the
 * partnership's rarely heard groups.
 */
@Controller
class EngagementController {

	static final String LIST_VIEW = "engagement/list";

	static final String SHOW_VIEW = "engagement/show";

	static final String NEW_VIEW = "engagement/new";

	static final String GROUPS_VIEW = "engagement/groups";

	private final EngagementActivities engagement;

	private final Places places;

	EngagementController(EngagementActivities engagement, Places places) {
		this.engagement = engagement;
		this.places = places;
	}

	@GetMapping("/p/{partnership}/engagement")
	String list(PartnershipContext context, @RequestParam(required = false) @Nullable String neighbourhood,
			Model model) {
		List<NeighbourhoodRef> neighbourhoods = places.neighbourhoods(context.partnershipId());
		NeighbourhoodRef selected = neighbourhoods.stream()
			.filter(n -> n.key().equals(neighbourhood))
			.findFirst()
			.orElse(null);
		model.addAttribute("neighbourhoods", neighbourhoods);
		model.addAttribute("selected", selected == null ? "" : selected.key());
		model.addAttribute("activities",
				engagement.list(context.partnershipId(), selected == null ? null : selected.id()));
		model.addAttribute("canRecord", context.role().canWrite());
		return LIST_VIEW;
	}

	@GetMapping("/p/{partnership}/engagement/activities/{id}")
	String show(PartnershipContext context, @PathVariable long id, Model model) {
		Activity activity = engagement.find(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("activity", activity);
		return SHOW_VIEW;
	}

	@GetMapping("/p/{partnership}/engagement/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
			Role.PARTNER_OFFICER })
	String newForm(PartnershipContext context, Model model) {
		return prepare(context, model, ActivityForm.empty(), Map.of());
	}

	@PostMapping("/p/{partnership}/engagement/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
			Role.PARTNER_OFFICER })
	String create(PartnershipContext context, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		ActivityForm form = ActivityForm.of(params);
		EngagementActivities.Recorded recorded = engagement.record(context, form);
		if (recorded.id() == null) {
			return prepare(context, model, form, recorded.problems());
		}
		redirect.addFlashAttribute("notice", "The activity has been recorded");
		return "redirect:/p/" + context.partnership().slug() + "/engagement/activities/" + recorded.id();
	}

	private String prepare(PartnershipContext context, Model model, ActivityForm form, Map<String, String> problems) {
		model.addAttribute("values", form.values());
		model.addAttribute("problems", problems);
		model.addAttribute("neighbourhoods",
				engagement.recordable(context).stream().map(n -> new Option(n.key(), n.name())).toList());
		model.addAttribute("methods",
				java.util.Arrays.stream(EngagementMethod.values()).map(m -> new Option(m.name(), m.label())).toList());
		model.addAttribute("levels", EngagementLevel.values());
		List<RarelyHeardGroup> groups = engagement.groups(context.partnershipId());
		model.addAttribute("dimensions",
				java.util.Arrays.stream(ReachDimension.values())
					.map(d -> new DimensionFields(d.label(),
							ReachAnalysis.categories(d, groups)
								.stream()
								.map(c -> new CountField(ReachDimension.field(d, c.key()), c.label()))
								.toList()))
					.filter(d -> !d.fields().isEmpty())
					.toList());
		return NEW_VIEW;
	}

	/** The count fields of one dimension, for the form. */
	record DimensionFields(String label, List<CountField> fields) {
	}

	record CountField(String name, String label) {
	}

	@GetMapping("/p/{partnership}/engagement/groups")
	String groups(PartnershipContext context, Model model) {
		model.addAttribute("groups", engagement.groups(context.partnershipId()));
		model.addAttribute("problem", null);
		model.addAttribute("name", "");
		return GROUPS_VIEW;
	}

	@PostMapping("/p/{partnership}/engagement/groups")
	@RequiresRole({ Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER })
	String addGroup(PartnershipContext context, @RequestParam(defaultValue = "") String name, Model model,
			RedirectAttributes redirect) {
		Optional<String> problem = engagement.addGroup(context, name);
		if (problem.isPresent()) {
			model.addAttribute("groups", engagement.groups(context.partnershipId()));
			model.addAttribute("problem", problem.get());
			model.addAttribute("name", name);
			return GROUPS_VIEW;
		}
		redirect.addFlashAttribute("notice", name.trim() + " will be counted at every activity from now on");
		return "redirect:/p/" + context.partnership().slug() + "/engagement/groups";
	}

}
