package org.nmhub.indicators;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.places.ChoroplethMap;
import org.nmhub.places.NeighbourhoodRef;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The priority-neighbourhood selection tool's pages: saved runs, a new run, a run's
 * clusters, map and explanations, re-running on another edition and the comparison.
 */
@Controller
class SelectionController {

	static final String LIST = "indicators/selection-list";

	static final String NEW = "indicators/selection-new";

	static final String SHOW = "indicators/selection-show";

	static final String COMPARISON = "indicators/selection-comparison";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final Selections selections;

	SelectionController(Selections selections) {
		this.selections = selections;
	}

	record RunView(long id, String name, String edition, String rules, int areasSearched, int selected, int clusters,
			int computeMillis, String createdBy, String createdAt, @Nullable Long comparedWith, String scopeNote,
			List<FlagView> flags) {
	}

	record FlagView(String code, String action, String reason) {
	}

	record ClusterView(int number, int size, String lsoas, String districts, String neighbourhoods) {
	}

	record Option(String value, String label) {
	}

	record ChangeRow(String code, String name, String district, String detail) {
	}

	record ClusterChange(String cluster, String status, String lsoas) {
	}

	@GetMapping("/p/{partnership}/selection")
	String list(PartnershipContext context, Model model) {
		model.addAttribute("runs",
				selections.runs(context.partnershipId()).stream().map(SelectionController::view).toList());
		model.addAttribute("canRun", canRun(context));
		return LIST;
	}

	@GetMapping("/p/{partnership}/selection/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String newForm(PartnershipContext context, @RequestParam(required = false) String edition, Model model) {
		List<IndicatorDataset> editions = selections.editions();
		String chosen = selections.edition(edition)
			.map(IndicatorDataset::key)
			.orElse(editions.isEmpty() ? "" : editions.get(0).key());
		model.addAttribute("form", SelectionForm.defaults(chosen));
		return form(model, chosen);
	}

	@PostMapping("/p/{partnership}/selection")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String create(PartnershipContext context, @Validated @ModelAttribute("form") SelectionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Selections.Checked checked = selections.check(context, form);
		checked.problems().forEach(p -> {
			if (!errors.hasFieldErrors(p.field())) {
				errors.rejectValue(p.field(), "invalid", p.message());
			}
		});
		if (errors.hasErrors() || checked.rules() == null) {
			return form(model, form.edition() == null ? "" : form.edition());
		}
		long id = selections.run(context, checked.rules(), null);
		redirect.addFlashAttribute("notice", "The selection " + checked.rules().name() + " has been run and saved");
		return "redirect:/p/" + context.partnership().slug() + "/selection/" + id;
	}

	private String form(Model model, String edition) {
		List<Option> editions = selections.editions()
			.stream()
			.map(e -> new Option(e.key(), Selections.editionLabel(e)))
			.toList();
		model.addAttribute("editions", editions);
		Map<String, Option> indicators = new LinkedHashMap<>();
		List<Option> editionRanks = new ArrayList<>();
		for (IndicatorDataset e : selections.editions()) {
			List<IndicatorDefinition> ranks = selections.rankIndicators(e.key());
			ranks.forEach(d -> indicators.putIfAbsent(d.key(), new Option(d.key(), SelectionRules.label(d.key()))));
			editionRanks.add(new Option(Selections.editionLabel(e),
					String.join(", ", ranks.stream().map(d -> SelectionRules.label(d.key())).toList())));
		}
		List<Option> ordered = new ArrayList<>(indicators.values());
		ordered.sort(java.util.Comparator.comparing((Option o) -> !o.value().equals("imd_rank"))
			.thenComparing(Option::label));
		model.addAttribute("indicators", ordered);
		model.addAttribute("editionRanks", editionRanks);
		model.addAttribute("chosenEdition", edition);
		return NEW;
	}

	@GetMapping("/p/{partnership}/selection/{id}")
	String show(PartnershipContext context, @PathVariable long id, @RequestParam(required = false) String lsoa,
			@RequestParam(required = false) String neighbourhood, Model model) {
		SelectionRun run = run(context, id);
		List<SelectionResult> results = selections.results(context.partnershipId(), id);
		List<NeighbourhoodRef> neighbourhoods = selections.places().neighbourhoods(context.partnershipId());
		Map<String, Set<String>> areas = new LinkedHashMap<>();
		for (NeighbourhoodRef n : neighbourhoods) {
			selections.neighbourhoodArea(context, n, run.rules().vintage()).ifPresent(a -> areas.put(n.name(), a));
		}
		model.addAttribute("run", view(run));
		model.addAttribute("clusters", clusters(results, areas));
		model.addAttribute("selectedRows", results.stream().filter(SelectionResult::selected).toList());
		model.addAttribute("overridden", results.stream().filter(r -> !r.flag().isEmpty()).toList());
		model.addAttribute("droppedForSize",
				results.stream().filter(r -> r.candidate() && !r.selected() && r.flag().isEmpty()).toList());
		addMap(context, run, results, model);
		model.addAttribute("neighbourhoods", neighbourhoods.stream().map(n -> new Option(n.key(), n.name())).toList());
		model.addAttribute("editions",
				selections.editions()
					.stream()
					.filter(e -> !e.key().equals(run.rules().editionKey()))
					.map(e -> new Option(e.key(), Selections.editionLabel(e)))
					.toList());
		model.addAttribute("canRun", canRun(context));
		model.addAttribute("lsoa", lsoa == null ? "" : lsoa);
		model.addAttribute("chosenNeighbourhood", neighbourhood == null ? "" : neighbourhood);
		explain(context, run, lsoa, neighbourhood, model);
		return SHOW;
	}

	private void explain(PartnershipContext context, SelectionRun run, @Nullable String lsoa,
			@Nullable String neighbourhood, Model model) {
		List<SelectionResult> rows = List.of();
		List<String> notes = new ArrayList<>();
		String error = null;
		String heading = null;
		if (lsoa != null && !lsoa.isBlank()) {
			String code = lsoa.trim().toUpperCase(Locale.ROOT);
			heading = code;
			rows = selections.results(context.partnershipId(), run.id(), List.of(code));
			if (rows.isEmpty()) {
				error = code + " is not among the LSOAs this run searched (" + run.rules().vintage().year()
						+ " LSOAs of "
						+ (run.rules().scope() == SelectionRules.Scope.ENGLAND ? "England" : "the partnership")
						+ "). Enter a " + run.rules().vintage().year() + " LSOA code such as " + example(context, run);
			}
		}
		else if (neighbourhood != null && !neighbourhood.isBlank()) {
			Optional<NeighbourhoodRef> chosen = selections.places()
				.neighbourhood(context.partnershipId(), neighbourhood);
			if (chosen.isEmpty()) {
				error = "Select one of the partnership's neighbourhoods";
			}
			else {
				heading = chosen.get().name();
				Optional<Set<String>> area = selections.neighbourhoodArea(context, chosen.get(), run.rules().vintage());
				if (area.isEmpty()) {
					notes.add(chosen.get().name() + " has no area drawn yet, so it cannot be explained.");
				}
				else {
					rows = selections.results(context.partnershipId(), run.id(), area.get());
					long in = rows.stream().filter(SelectionResult::selected).count();
					notes.add(chosen.get().name() + " is " + area.get().size() + " LSOAs of "
							+ run.rules().vintage().year() + ": " + in + " selected by this run, " + (rows.size() - in)
							+ " not selected"
							+ (area.get().size() > rows.size()
									? ", " + (area.get().size() - rows.size()) + " outside the area searched" : "")
							+ ".");
				}
			}
		}
		model.addAttribute("explained", rows);
		model.addAttribute("explainNotes", notes);
		model.addAttribute("explainError", error);
		model.addAttribute("explainHeading", heading);
	}

	private String example(PartnershipContext context, SelectionRun run) {
		List<SelectionResult> any = selections.results(context.partnershipId(), run.id());
		return any.isEmpty() ? "E01025932" : any.get(0).code();
	}

	@PostMapping("/p/{partnership}/selection/{id}/rerun")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String rerun(PartnershipContext context, @PathVariable long id, @RequestParam(required = false) String edition,
			RedirectAttributes redirect) {
		SelectionRun earlier = run(context, id);
		Optional<IndicatorDataset> chosen = selections.edition(edition);
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("rerunError", "Select the edition to run the same rules on");
			return "redirect:/p/" + context.partnership().slug() + "/selection/" + id + "#rerun";
		}
		long later = selections.rerun(context, earlier, chosen.get());
		redirect.addFlashAttribute("notice",
				"The same rules have been run on " + Selections.editionLabel(chosen.get()));
		return "redirect:/p/" + context.partnership().slug() + "/selection/" + later + "/comparison";
	}

	@GetMapping("/p/{partnership}/selection/{id}/comparison")
	String comparison(PartnershipContext context, @PathVariable long id, Model model) {
		SelectionRun later = run(context, id);
		if (later.comparedWithRunId() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		SelectionRun earlier = run(context, later.comparedWithRunId());
		List<SelectionResult> laterResults = selections.results(context.partnershipId(), later.id());
		List<SelectionResult> earlierResults = selections.results(context.partnershipId(), earlier.id());
		Map<String, SelectionResult> laterByCode = new TreeMap<>();
		laterResults.forEach(r -> laterByCode.put(r.code(), r));
		List<String> notes = new ArrayList<>();
		// Carry each earlier cluster (and each unclustered LSOA) to the later vintage.
		Map<String, Set<String>> earlierGroups = new LinkedHashMap<>();
		for (SelectionResult r : earlierResults) {
			if (r.selected()) {
				earlierGroups
					.computeIfAbsent(r.cluster() == null ? r.code() : "Cluster " + r.cluster(), k -> new TreeSet<>())
					.add(r.code());
			}
		}
		Map<String, Set<String>> carriedGroups = new LinkedHashMap<>();
		Set<String> carriedAll = new TreeSet<>();
		for (Map.Entry<String, Set<String>> group : earlierGroups.entrySet()) {
			AreaCarry.Carried carried = AreaCarry.carry(selections.geography(), group.getValue(),
					earlier.rules().vintage(), later.rules().vintage());
			carriedGroups.put(group.getKey(), carried.codes());
			carriedAll.addAll(carried.codes());
			notes.addAll(carried.changes());
		}
		Set<String> laterSelected = new TreeSet<>();
		laterResults.stream().filter(SelectionResult::selected).forEach(r -> laterSelected.add(r.code()));
		List<ChangeRow> added = new ArrayList<>();
		List<ChangeRow> kept = new ArrayList<>();
		List<ChangeRow> removed = new ArrayList<>();
		for (String code : laterSelected) {
			SelectionResult r = laterByCode.get(code);
			(carriedAll.contains(code) ? kept : added).add(new ChangeRow(code, r.name(), r.district(), r.reason()));
		}
		Set<String> removedCodes = new TreeSet<>(carriedAll);
		removedCodes.removeAll(laterSelected);
		Map<String, String> names = selections.places().lsoaNames(later.rules().vintage(), removedCodes);
		for (String code : removedCodes) {
			SelectionResult r = laterByCode.get(code);
			removed.add(r != null ? new ChangeRow(code, r.name(), r.district(), r.reason()) : new ChangeRow(code,
					names.getOrDefault(code, ""), "", "Not in the area searched by the later run"));
		}
		List<ClusterChange> clusters = new ArrayList<>();
		Map<Integer, Set<String>> laterClusters = new TreeMap<>();
		laterResults.stream()
			.filter(r -> r.selected() && r.cluster() != null)
			.forEach(r -> laterClusters.computeIfAbsent(r.cluster(), k -> new TreeSet<>()).add(r.code()));
		for (Map.Entry<Integer, Set<String>> c : laterClusters.entrySet()) {
			List<String> overlaps = new ArrayList<>();
			carriedGroups.forEach((name, codes) -> {
				if (codes.stream().anyMatch(c.getValue()::contains)) {
					overlaps.add(name);
				}
			});
			clusters.add(new ClusterChange("Cluster " + c.getKey() + " of " + Selections.editionLabelOf(later),
					overlaps.isEmpty() ? "New"
							: "Kept: overlaps " + String.join(", ", overlaps) + " of the earlier run",
					String.join(", ", c.getValue())));
		}
		carriedGroups.forEach((name, codes) -> {
			if (codes.stream().noneMatch(laterSelected::contains)) {
				clusters.add(new ClusterChange(name + " of " + Selections.editionLabelOf(earlier),
						"Removed: none of its LSOAs is selected now", String.join(", ", codes)));
			}
		});
		model.addAttribute("earlier", view(earlier));
		model.addAttribute("later", view(later));
		model.addAttribute("added", added);
		model.addAttribute("removed", removed);
		model.addAttribute("kept", kept);
		model.addAttribute("clusterChanges", clusters);
		model.addAttribute("notes", List.copyOf(new LinkedHashSet<>(notes)));
		model.addAttribute("sameVintage", earlier.rules().vintage() == later.rules().vintage());
		return COMPARISON;
	}

	private SelectionRun run(PartnershipContext context, long id) {
		return selections.run(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean canRun(PartnershipContext context) {
		return context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR);
	}

	static RunView view(SelectionRun run) {
		SelectionRules rules = run.rules();
		return new RunView(run.id(), rules.name(), Selections.editionLabelOf(run), rules.describe(),
				run.areasSearched(), run.selectedCount(), run.clusterCount(), run.computeMillis(), run.createdByName(),
				WHEN.format(run.createdAt()), run.comparedWithRunId(),
				rules.scope() == SelectionRules.Scope.ENGLAND
						? "All of England was searched. Clusters are drawn only where LSOA boundaries are loaded; "
								+ "LSOAs elsewhere are listed without a cluster and the minimum cluster size does not "
								+ "apply to them."
						: "The partnership's " + run.areasSearched() + " LSOAs of " + rules.vintage().year()
								+ " were searched.",
				rules.flags()
					.stream()
					.map(f -> new FlagView(f.code(), f.include() ? "Include" : "Exclude", f.reason()))
					.toList());
	}

	private static List<ClusterView> clusters(List<SelectionResult> results, Map<String, Set<String>> areas) {
		Map<Integer, List<SelectionResult>> byCluster = new TreeMap<>();
		results.stream()
			.filter(r -> r.selected() && r.cluster() != null)
			.forEach(r -> byCluster.computeIfAbsent(r.cluster(), k -> new ArrayList<>()).add(r));
		List<ClusterView> views = new ArrayList<>();
		byCluster.forEach((number, rows) -> {
			Set<String> codes = new TreeSet<>();
			rows.forEach(r -> codes.add(r.code()));
			List<String> overlapping = new ArrayList<>();
			areas.forEach((name, area) -> {
				long shared = area.stream().filter(codes::contains).count();
				if (shared > 0) {
					overlapping.add(name + " (" + shared + " of its " + area.size() + " LSOAs)");
				}
			});
			views
				.add(new ClusterView(number, rows.size(),
						String.join("; ", rows.stream().map(r -> r.code() + " " + r.name()).toList()),
						String.join(", ", new TreeSet<>(
								rows.stream().map(SelectionResult::district).filter(d -> !d.isEmpty()).toList())),
						overlapping.isEmpty() ? "None" : String.join("; ", overlapping)));
		});
		return views;
	}

	private void addMap(PartnershipContext context, SelectionRun run, List<SelectionResult> results, Model model) {
		Map<String, Selections.Place> partnership = selections.partnershipAreas(context.partnershipId(),
				run.rules().vintage());
		Map<String, Geometry> polygons = selections.geography().boundaries(run.rules().vintage(), partnership.keySet());
		model.addAttribute("mapMissing", partnership.size() - polygons.size());
		if (polygons.isEmpty()) {
			model.addAttribute("map", null);
			return;
		}
		Map<String, SelectionResult> byCode = new TreeMap<>();
		results.forEach(r -> byCode.put(r.code(), r));
		List<ChoroplethMap.Area> areas = new ArrayList<>();
		Map<String, BigDecimal> values = new TreeMap<>();
		Map<Integer, List<Geometry>> clusterShapes = new TreeMap<>();
		polygons.forEach((code, polygon) -> {
			areas.add(new ChoroplethMap.Area(code, partnership.get(code).name(), polygon));
			SelectionResult r = byCode.get(code);
			if (r != null) {
				values.put(code, r.selected() ? BigDecimal.ONE : BigDecimal.ZERO);
				if (r.selected() && r.cluster() != null) {
					clusterShapes.computeIfAbsent(r.cluster(), k -> new ArrayList<>()).add(polygon);
				}
			}
		});
		ChoroplethMap map = ChoroplethMap.titled("LSOAs selected by " + run.rules().name())
			.id("selection-map")
			.areas(areas)
			.values(values, "Selected (1) or not (0)")
			.breaks(List.of(BigDecimal.ONE));
		clusterShapes.forEach((number, shapes) -> map.outline(new ChoroplethMap.Outline("Cluster " + number,
				CascadedPolygonUnion.union(shapes), ChoroplethMap.OutlineStyle.NEIGHBOURHOOD)));
		model.addAttribute("map", map.render());
	}

}
