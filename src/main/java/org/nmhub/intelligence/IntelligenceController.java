package org.nmhub.intelligence;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Partnerships;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.printing.PdfRenderer;
import org.nmhub.printing.TableExport;
import org.nmhub.shared.Confidentiality;
import org.nmhub.shared.FormValues;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The community intelligence log for partners: the list (with the inbox of residents'
 * reports and search), an item's page, recording, acting on items, and the exports (CSV,
 * XLSX, PDF and a JSON API), which never include personal data.
 */
@Controller
class IntelligenceController {

	static final String LIST_VIEW = "intelligence/list";

	static final String SHOW_VIEW = "intelligence/show";

	static final String NEW_VIEW = "intelligence/new";

	static final List<String> EXPORT_HEADER = List.of("Reference", "Kind", "Category", "Title", "Details", "Grade",
			"Status", "Neighbourhood", "Date", "LSOA (2011)", "Ward", "Outcome");

	private final CommunityIntelligence intelligence;

	private final IntelligenceQueries queries;

	private final Places places;

	private final Partnerships partnerships;

	private final PdfRenderer pdf;

	IntelligenceController(CommunityIntelligence intelligence, IntelligenceQueries queries, Places places,
			Partnerships partnerships, PdfRenderer pdf) {
		this.intelligence = intelligence;
		this.queries = queries;
		this.places = places;
		this.partnerships = partnerships;
		this.pdf = pdf;
	}

	@GetMapping("/p/{partnership}/intelligence")
	String list(PartnershipContext context, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String neighbourhood,
			@RequestParam(required = false) @Nullable String q, Model model) {
		Viewer viewer = intelligence.viewer(context);
		List<NeighbourhoodRef> neighbourhoods = places.neighbourhoods(context.partnershipId());
		NeighbourhoodRef selected = neighbourhoods.stream()
			.filter(n -> n.key().equals(neighbourhood))
			.findFirst()
			.orElse(null);
		ItemStatus chosen = FormValues.choice(ItemStatus.class, status).orElse(null);
		String search = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("items", queries.list(viewer,
				new IntelligenceQueries.Filter(chosen, selected == null ? null : selected.id(), search)));
		model.addAttribute("pastRetention", queries.pastRetention(viewer));
		model.addAttribute("neighbourhoods", neighbourhoods);
		model.addAttribute("selected", selected == null ? "" : selected.key());
		model.addAttribute("status", chosen == null ? "" : chosen.name());
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("q", search);
		model.addAttribute("signed", viewer.signed());
		return LIST_VIEW;
	}

	@GetMapping("/p/{partnership}/intelligence/items/{id}")
	String show(PartnershipContext context, @PathVariable long id, Model model) {
		Item item = intelligence.view(context, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Viewer viewer = intelligence.viewer(context);
		model.addAttribute("item", item);
		model.addAttribute("responses", queries.responses(viewer, id));
		model.addAttribute("linked", queries.linked(viewer, id));
		model.addAttribute("problem", null);
		model.addAttribute("canAct", context.role().canWrite());
		return SHOW_VIEW;
	}

	@PostMapping("/p/{partnership}/intelligence/items/{id}")
	String act(PartnershipContext context, @PathVariable long id, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String grade, Model model,
			RedirectAttributes redirect) {
		CommunityIntelligence.Action chosen = FormValues
			.choice(CommunityIntelligence.Action.class, action.toUpperCase(java.util.Locale.ROOT))
			.orElse(null);
		Optional<String> problem = chosen == null ? Optional.of("Choose what to do")
				: intelligence.act(context, id, chosen, text, grade);
		if (problem.isPresent()) {
			Item item = intelligence.view(context, id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			Viewer viewer = intelligence.viewer(context);
			model.addAttribute("item", item);
			model.addAttribute("responses", queries.responses(viewer, id));
			model.addAttribute("linked", queries.linked(viewer, id));
			model.addAttribute("problem", problem.get());
			model.addAttribute("problemAction", action);
			model.addAttribute("canAct", true);
			return SHOW_VIEW;
		}
		redirect.addFlashAttribute("notice", switch (chosen) {
			case VERIFY -> "The report has been verified";
			case RESPOND -> "Your response has been recorded";
			case ESCALATE -> "The item has been escalated";
			case CLOSE -> "The item has been closed with its outcome";
			case LINK -> "The items have been linked";
			case ERASE -> "The personal data has been erased";
		});
		return "redirect:/p/" + context.partnership().slug() + "/intelligence/items/" + id;
	}

	@GetMapping("/p/{partnership}/intelligence/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
			Role.PARTNER_OFFICER })
	String newForm(PartnershipContext context, Model model) {
		return prepare(context, model, ItemForm.empty(), Map.of());
	}

	@PostMapping("/p/{partnership}/intelligence/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
			Role.PARTNER_OFFICER })
	String create(PartnershipContext context, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		ItemForm form = ItemForm.of(params);
		CommunityIntelligence.Recorded recorded = intelligence.record(context, form);
		if (recorded.id() == null) {
			return prepare(context, model, form, recorded.problems());
		}
		redirect.addFlashAttribute("notice", "Recorded as " + recorded.reference());
		return "redirect:/p/" + context.partnership().slug() + "/intelligence/items/" + recorded.id();
	}

	private String prepare(PartnershipContext context, Model model, ItemForm form, Map<String, String> problems) {
		model.addAttribute("values", form.values());
		model.addAttribute("problems", problems);
		model.addAttribute("namedOrganisations", form.organisationValues());
		model.addAttribute("kinds",
				Arrays.stream(ItemKind.values()).map(k -> new Option(k.name(), k.label())).toList());
		model.addAttribute("categories",
				intelligence.categories(context.partnershipId())
					.stream()
					.map(c -> new Option(c.key(), c.name()))
					.toList());
		model.addAttribute("sources",
				Arrays.stream(SourceType.values())
					.filter(s -> s != SourceType.PUBLIC_FORM)
					.map(s -> new Option(s.name(), s.label()))
					.toList());
		model.addAttribute("grades", Confidentiality.values());
		model.addAttribute("neighbourhoods",
				places.neighbourhoods(context.partnershipId())
					.stream()
					.map(n -> new Option(n.key(), n.name()))
					.toList());
		model.addAttribute("organisations",
				partnerships.organisations(context.partnershipId())
					.stream()
					.map(o -> new Option(String.valueOf(o.id()), o.name()))
					.toList());
		model.addAttribute("signed", intelligence.viewer(context).signed());
		return NEW_VIEW;
	}

	private static List<List<?>> rows(List<IntelligenceQueries.ExportRow> rows) {
		return rows.stream()
			.<List<?>>map(r -> List.of(r.reference(), r.kind(), r.category(), r.title(), r.details(), r.grade(),
					r.status(), r.neighbourhood(), r.observedOn(), r.lsoa2011(), r.ward(), r.outcome()))
			.toList();
	}

	@GetMapping("/p/{partnership}/intelligence/export.csv")
	ResponseEntity<byte[]> csv(PartnershipContext context) {
		return TableExport.csv("community-intelligence", EXPORT_HEADER,
				rows(queries.export(intelligence.viewer(context))));
	}

	@GetMapping("/p/{partnership}/intelligence/export.xlsx")
	ResponseEntity<byte[]> xlsx(PartnershipContext context) {
		return TableExport.xlsx("community-intelligence", EXPORT_HEADER,
				rows(queries.export(intelligence.viewer(context))));
	}

	@GetMapping("/p/{partnership}/intelligence/report.pdf")
	ResponseEntity<byte[]> report(PartnershipContext context) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("partnershipName", context.partnership().name());
		model.put("rows", queries.export(intelligence.viewer(context)));
		return TableExport.pdf("community-intelligence", pdf.render("intelligence/report", model));
	}

	/** The items the member may see, as JSON, without personal data. */
	@GetMapping(value = "/p/{partnership}/intelligence/api/items", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Map<String, String>>> api(PartnershipContext context) {
		List<Map<String, String>> items = queries.export(intelligence.viewer(context)).stream().map(r -> {
			Map<String, String> item = new LinkedHashMap<>();
			item.put("reference", r.reference());
			item.put("kind", r.kind());
			item.put("category", r.category());
			item.put("title", r.title());
			item.put("details", r.details());
			item.put("grade", r.grade());
			item.put("status", r.status());
			item.put("neighbourhood", r.neighbourhood());
			item.put("date", r.observedOn());
			item.put("lsoa2011", r.lsoa2011());
			item.put("ward", r.ward());
			item.put("outcome", r.outcome());
			return item;
		}).toList();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(items);
	}

}
