package org.nmhub.dashboards;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.PublicPage;
import org.nmhub.dashboards.OpenDataQueries.NeighbourhoodFigures;
import org.nmhub.dashboards.OpenDataQueries.PublicAction;
import org.nmhub.dashboards.OpenDataQueries.YouSaidWeDid;
import org.nmhub.printing.TableExport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Open data: read-only exports, without signing in, of what the partnership grades
 * public: its neighbourhoods with key figures (CSV, XLSX and GeoJSON of their current
 * areas), the public actions of their agreed plans and "you said, we did" (CSV and XLSX).
 */
@Controller
@PublicPage
class OpenDataController {

	static final String VIEW = "dashboards/open-data";

	static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> NEIGHBOURHOOD_HEADER = List.of("key", "name", "district", "lsoa_vintage", "lsoas",
			"imd_edition", "imd_score_mean", "imd_decile_1", "imd_decile_2", "imd_decile_3", "imd_decile_4",
			"imd_decile_5", "imd_decile_6", "imd_decile_7", "imd_decile_8", "imd_decile_9", "imd_decile_10",
			"population", "public_plan_actions", "public_plan_actions_done", "you_said_we_did");

	private static final List<String> ACTION_HEADER = List.of("neighbourhood", "plan", "priority", "action",
			"lead_organisation", "due_on", "percent_complete", "done");

	private static final List<String> YOU_SAID_HEADER = List.of("reference", "neighbourhood", "category", "you_said",
			"we_did", "closed_on");

	private final OpenDataQueries queries;

	private final NeighbourhoodShapes shapes;

	OpenDataController(OpenDataQueries queries, NeighbourhoodShapes shapes) {
		this.queries = queries;
		this.shapes = shapes;
	}

	@GetMapping("/public/{partnership}/open-data")
	String page(PartnershipRef partnership, Model model) {
		model.addAttribute("partnership", partnership);
		model.addAttribute("neighbourhoods", queries.neighbourhoods(partnership.id().value()));
		return VIEW;
	}

	@GetMapping("/public/{partnership}/open-data/neighbourhoods.csv")
	ResponseEntity<byte[]> neighbourhoodsCsv(PartnershipRef partnership) {
		return TableExport.csv(partnership.slug() + "-neighbourhoods", NEIGHBOURHOOD_HEADER,
				neighbourhoodRows(partnership));
	}

	@GetMapping("/public/{partnership}/open-data/neighbourhoods.xlsx")
	ResponseEntity<byte[]> neighbourhoodsXlsx(PartnershipRef partnership) {
		return TableExport.xlsx(partnership.slug() + "-neighbourhoods", NEIGHBOURHOOD_HEADER,
				neighbourhoodRows(partnership));
	}

	@GetMapping("/public/{partnership}/open-data/neighbourhoods.geojson")
	ResponseEntity<byte[]> neighbourhoodsGeoJson(PartnershipRef partnership) {
		Map<Long, NeighbourhoodFigures> figures = queries.neighbourhoods(partnership.id().value())
			.stream()
			.collect(Collectors.toMap(NeighbourhoodFigures::id, Function.identity()));
		GeoJsonWriter writer = new GeoJsonWriter(6);
		writer.setEncodeCRS(false);
		ObjectNode collection = JSON.createObjectNode();
		collection.put("type", "FeatureCollection");
		collection.put("name", partnership.name() + " neighbourhoods");
		ArrayNode features = collection.putArray("features");
		for (NeighbourhoodShapes.Shape shape : shapes.shapes(partnership.id())) {
			NeighbourhoodFigures f = figures.get(shape.neighbourhood().id());
			if (f == null) {
				continue;
			}
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			feature.put("id", f.key());
			ObjectNode properties = feature.putObject("properties");
			List<?> row = row(f);
			for (int i = 0; i < NEIGHBOURHOOD_HEADER.size(); i++) {
				Object value = row.get(i);
				if (value == null) {
					properties.putNull(NEIGHBOURHOOD_HEADER.get(i));
				}
				else if (value instanceof Number number) {
					properties.put(NEIGHBOURHOOD_HEADER.get(i), new java.math.BigDecimal(number.toString()));
				}
				else {
					properties.put(NEIGHBOURHOOD_HEADER.get(i), value.toString());
				}
			}
			feature.set("geometry", JSON.readTree(writer.write(shape.geometry())));
		}
		return ResponseEntity.ok()
			.contentType(GEOJSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + partnership.slug() + "-neighbourhoods.geojson\"")
			.body(JSON.writeValueAsString(collection).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/public/{partnership}/open-data/plan-actions.csv")
	ResponseEntity<byte[]> actionsCsv(PartnershipRef partnership) {
		return TableExport.csv(partnership.slug() + "-plan-actions", ACTION_HEADER, actionRows(partnership));
	}

	@GetMapping("/public/{partnership}/open-data/plan-actions.xlsx")
	ResponseEntity<byte[]> actionsXlsx(PartnershipRef partnership) {
		return TableExport.xlsx(partnership.slug() + "-plan-actions", ACTION_HEADER, actionRows(partnership));
	}

	@GetMapping("/public/{partnership}/open-data/you-said-we-did.csv")
	ResponseEntity<byte[]> youSaidCsv(PartnershipRef partnership) {
		return TableExport.csv(partnership.slug() + "-you-said-we-did", YOU_SAID_HEADER, youSaidRows(partnership));
	}

	@GetMapping("/public/{partnership}/open-data/you-said-we-did.xlsx")
	ResponseEntity<byte[]> youSaidXlsx(PartnershipRef partnership) {
		return TableExport.xlsx(partnership.slug() + "-you-said-we-did", YOU_SAID_HEADER, youSaidRows(partnership));
	}

	private List<List<?>> neighbourhoodRows(PartnershipRef partnership) {
		return queries.neighbourhoods(partnership.id().value()).stream().<List<?>>map(OpenDataController::row).toList();
	}

	private static List<?> row(NeighbourhoodFigures f) {
		List<Object> row = new ArrayList<>(
				Arrays.asList(f.key(), f.name(), f.district(), f.vintage(), f.lsoas(), f.edition(), f.imdScore()));
		row.addAll(f.imdDeciles());
		row.addAll(Arrays.asList(f.population(), f.actions(), f.actionsDone(), f.youSaidWeDid()));
		return row;
	}

	private List<List<?>> actionRows(PartnershipRef partnership) {
		return queries.actions(partnership.id().value())
			.stream()
			.<List<?>>map((PublicAction a) -> Arrays.asList(a.neighbourhood(), a.plan(), a.priority(), a.title(),
					a.lead(), a.dueOn(), a.percentComplete(), a.done() ? "yes" : "no"))
			.toList();
	}

	private List<List<?>> youSaidRows(PartnershipRef partnership) {
		return queries.youSaidWeDid(partnership.id().value())
			.stream()
			.<List<?>>map((YouSaidWeDid y) -> Arrays.asList(y.reference(), y.neighbourhood(), y.category(), y.said(),
					y.did(), y.closedOn()))
			.toList();
	}

}
