package org.nmhub.engagement;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.printing.TableExport;
import org.nmhub.shared.FormValues;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reach analysis: who engagement reached in a neighbourhood and period, compared with who
 * lives there.
 */
@Controller
class ReachController {

	static final String VIEW = "engagement/reach";

	private final ReachAnalysis analysis;

	private final Places places;

	ReachController(ReachAnalysis analysis, Places places) {
		this.analysis = analysis;
		this.places = places;
	}

	/**
	 * What the reach page was asked for, read leniently: anything unreadable is ignored.
	 */
	record Query(@Nullable NeighbourhoodRef neighbourhood, @Nullable LocalDate from, @Nullable LocalDate to,
			String neighbourhoodKey, String fromText, String toText) {
	}

	Query query(PartnershipContext context, @Nullable String neighbourhood, @Nullable String from,
			@Nullable String to) {
		NeighbourhoodRef selected = neighbourhood == null ? null
				: places.neighbourhood(context.partnershipId(), neighbourhood).orElse(null);
		return new Query(selected, FormValues.date(from).orElse(null), FormValues.date(to).orElse(null),
				selected == null ? "" : selected.key(), from == null ? "" : from, to == null ? "" : to);
	}

	Reach reach(PartnershipContext context, Query query) {
		return analysis.analyse(context, query.neighbourhood(), new ReachQueries.Filter(context.partnershipId(),
				query.neighbourhood() == null ? null : query.neighbourhood().id(), query.from(), query.to()));
	}

	@GetMapping("/p/{partnership}/engagement/reach")
	String show(PartnershipContext context, @RequestParam(required = false) @Nullable String neighbourhood,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		Query query = query(context, neighbourhood, from, to);
		Reach reach = reach(context, query);
		model.addAttribute("query", query);
		model.addAttribute("reach", reach);
		model.addAttribute("neighbourhoods", places.neighbourhoods(context.partnershipId()));
		model.addAttribute("chart", ReachChart.svg("Reach in " + reach.scopeName(), reach.rows()));
		return VIEW;
	}

	@GetMapping("/p/{partnership}/engagement/reach.csv")
	ResponseEntity<byte[]> csv(PartnershipContext context,
			@RequestParam(required = false) @Nullable String neighbourhood,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		Reach reach = reach(context, query(context, neighbourhood, from, to));
		return TableExport.csv(filename(reach, "csv"), HEADER, rows(reach));
	}

	@GetMapping("/p/{partnership}/engagement/reach.xlsx")
	ResponseEntity<byte[]> xlsx(PartnershipContext context,
			@RequestParam(required = false) @Nullable String neighbourhood,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		Reach reach = reach(context, query(context, neighbourhood, from, to));
		return TableExport.xlsx(filename(reach, "xlsx"), HEADER, rows(reach));
	}

	private static String filename(Reach reach, String extension) {
		return "reach-" + org.nmhub.shared.Slugs.of(reach.scopeName()) + "." + extension;
	}

	/** The reach table as rows for the CSV and XLSX exports. */
	static List<List<?>> rows(Reach reach) {
		List<List<?>> rows = new java.util.ArrayList<>();
		for (Reach.Row row : reach.rows()) {
			rows.add(java.util.Arrays.asList(reach.scopeName(), row.dimension(), row.category(), row.people(),
					row.share(), row.populationShare(), row.status()));
		}
		return rows;
	}

	static final List<String> HEADER = List.of("Area", "Counted by", "Category", "People reached", "Share reached (%)",
			"Share of population (%)", "Reach");

}
