package org.nmhub.indicators;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.printing.TableExport;
import org.nmhub.places.ChoroplethMap;
import org.nmhub.places.District;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.web.RenderedPages;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A neighbourhood's profile: the page (printable), and the same figures as CSV or XLSX.
 */
@Controller
class ProfileController {

	static final String VIEW = "indicators/profile";

	private final NeighbourhoodProfiles profiles;

	private final Places places;

	private final EvidenceMaps maps;

	private final Indicators indicators;

	/**
	 * Whole pages' figures, keyed by the state of every input (see
	 * NeighbourhoodProfiles.dataVersion).
	 */
	private final Memo<Page> pages = new Memo<>(512);

	/**
	 * The figures and map of a page rendered to HTML (indicators/profile-figures), keyed
	 * by the page's key and everything else the fragment shows: the same bytes for every
	 * member, so rendering them once per data version saves most of a request's work.
	 */
	private final Memo<String> figures = new Memo<>(512);

	private final ITemplateEngine templates;

	private final RenderedPages renderedPages;

	ProfileController(NeighbourhoodProfiles profiles, Places places, EvidenceMaps maps, Indicators indicators,
			ITemplateEngine templates, RenderedPages renderedPages) {
		this.renderedPages = renderedPages;
		this.profiles = profiles;
		this.places = places;
		this.maps = maps;
		this.indicators = indicators;
		this.templates = templates;
	}

	@GetMapping("/p/{partnership}/neighbourhoods/{key}/profile")
	void show(PartnershipContext context, @PathVariable String key, @RequestParam(required = false) String edition,
			Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		NeighbourhoodRef neighbourhood = neighbourhood(context, key);
		String pageKey = profiles.dataVersion(context) + "|" + context.partnershipId().value() + "|"
				+ neighbourhood.id() + "|" + neighbourhood.districtCode() + "|" + edition;
		Page page = pages.get(pageKey, () -> page(context, neighbourhood, edition));
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("editions", page.editions());
		model.addAttribute("edition", page.edition());
		model.addAttribute("profile", page.profile());
		model.addAttribute("map", page.map());
		model.addAttribute("localFigures", page.localFigures());
		if (page.profile() != null) {
			String figuresKey = pageKey + "|" + context.partnership().slug() + "|" + neighbourhood.key() + "|"
					+ neighbourhood.name() + "|" + locale.toLanguageTag();
			model.addAttribute("figures", figures.get(figuresKey, () -> {
				WebContext fragment = new WebContext(
						JakartaServletWebApplication.buildApplication(request.getServletContext())
							.buildExchange(request, response),
						locale, Map.of("context", context, "neighbourhood", neighbourhood, "edition", page.edition(),
								"profile", page.profile(), "localFigures", page.localFigures()));
				if (page.map() != null) {
					fragment.setVariable("map", page.map());
				}
				return templates.process(FIGURES, Set.of("figures"), fragment);
			}));
		}
		// The page as a whole, for this user: the same until the data or the
		// neighbourhood change.
		renderedPages.send(List.of(pageKey, neighbourhood), VIEW, model, request, response);
	}

	static final String FIGURES = "indicators/profile-figures";

	/** What a profile page shows, the same for every member of the partnership. */
	record Page(List<IndicatorDataset> editions, @Nullable String edition, @Nullable NeighbourhoodProfile profile,
			ChoroplethMap.@Nullable Rendered map, List<NeighbourhoodProfiles.LocalFigure> localFigures) {
	}

	private Page page(PartnershipContext context, NeighbourhoodRef neighbourhood, @Nullable String edition) {
		List<IndicatorDataset> editions = profiles.editions();
		String chosen = edition != null && editions.stream().anyMatch(e -> e.key().equals(edition)) ? edition
				: editions.isEmpty() ? null : editions.get(0).key();
		NeighbourhoodProfile profile = chosen == null ? null
				: profiles.profile(context, neighbourhood, chosen).orElse(null);
		return new Page(editions, chosen, profile,
				profile == null ? null : map(context, neighbourhood, chosen, editions),
				profiles.localFigures(context, neighbourhood));
	}

	@GetMapping("/p/{partnership}/neighbourhoods/{key}/profile.csv")
	ResponseEntity<byte[]> csv(PartnershipContext context, @PathVariable String key, @RequestParam String edition) {
		NeighbourhoodProfile profile = profile(context, key, edition);
		List<List<String>> table = table(profile);
		return TableExport.csv(filename(profile, "csv"), table.get(0), typed(table));
	}

	@GetMapping("/p/{partnership}/neighbourhoods/{key}/profile.xlsx")
	ResponseEntity<byte[]> xlsx(PartnershipContext context, @PathVariable String key, @RequestParam String edition) {
		NeighbourhoodProfile profile = profile(context, key, edition);
		List<List<String>> table = table(profile);
		return TableExport.xlsx(filename(profile, "xlsx"), table.get(0), typed(table));
	}

	/** The table's rows after its header, with numbers as numbers. */
	private static List<List<Object>> typed(List<List<String>> table) {
		return table.stream()
			.skip(1)
			.map(row -> row.stream()
				.map(cell -> cell.matches("-?\\d+(\\.\\d+)?") ? (Object) new BigDecimal(cell) : cell)
				.toList())
			.toList();
	}

	/**
	 * The neighbourhood's district coloured by IMD decile, with the neighbourhoods
	 * outlined.
	 */
	private ChoroplethMap.@Nullable Rendered map(PartnershipContext context, NeighbourhoodRef neighbourhood,
			String editionKey, List<IndicatorDataset> editions) {
		IndicatorDataset edition = editions.stream().filter(e -> e.key().equals(editionKey)).findFirst().orElseThrow();
		IndicatorDefinition decile = indicators.definitions()
			.stream()
			.filter(d -> d.key().equals("imd_decile"))
			.findFirst()
			.orElse(null);
		District district = places.districts(context.partnershipId())
			.stream()
			.filter(d -> d.ladCode().equals(neighbourhood.districtCode()))
			.findFirst()
			.orElse(null);
		if (decile == null || district == null) {
			return null;
		}
		return maps.district(context, edition, decile, district).orElse(null);
	}

	/** The profile as rows: one per indicator and area compared. */
	static List<List<String>> table(NeighbourhoodProfile profile) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("edition", "indicator_key", "indicator", "area", "lsoas", "mean", "population_weighted_mean",
				"total", "lsoas_in_most_deprived_10pc", "percent_in_most_deprived_10pc", "decile_counts_1_to_10"));
		for (NeighbourhoodProfile.Row row : profile.rows()) {
			add(rows, profile, row, profile.neighbourhood().name(), row.neighbourhood());
			add(rows, profile, row, profile.districtName() == null ? "District" : profile.districtName(),
					row.district());
			add(rows, profile, row, profile.partnershipName(), row.partnership());
			add(rows, profile, row, "England", row.england());
		}
		return rows;
	}

	private static void add(List<List<String>> rows, NeighbourhoodProfile profile, NeighbourhoodProfile.Row row,
			String area, ScopeSummary s) {
		boolean distribution = row.isDistribution();
		rows.add(List.of(profile.editionKey(), row.indicator().key(), row.indicator().name(), area,
				String.valueOf(s.areas()), distribution ? "" : plain(s.mean()),
				distribution ? "" : plain(s.weightedMean()),
				row.indicator().measure() == Measure.COUNT ? plain(s.total()) : "",
				distribution ? String.valueOf(s.mostDeprivedTenth()) : "",
				distribution ? plain(s.mostDeprivedTenthPercent()) : "",
				distribution ? String.join(" ", s.decileCounts().stream().map(String::valueOf).toList()) : ""));
	}

	private static String plain(@Nullable BigDecimal value) {
		return value == null ? "" : value.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private NeighbourhoodProfile profile(PartnershipContext context, String key, String edition) {
		return profiles.profile(context, neighbourhood(context, key), edition)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private NeighbourhoodRef neighbourhood(PartnershipContext context, String key) {
		return places.neighbourhood(context.partnershipId(), key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String filename(NeighbourhoodProfile profile, String extension) {
		return profile.neighbourhood().key() + "-profile-" + profile.editionKey() + "." + extension;
	}

}
