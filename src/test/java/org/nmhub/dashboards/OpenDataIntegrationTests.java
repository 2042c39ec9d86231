package org.nmhub.dashboards;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.access.PublicPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Nothing above "public" reaches the public pages or the open-data exports: records of
 * every grade carry marker strings, and every public page and export is fetched without
 * signing in. The public marker must be found (so the test can fail) and the others not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void nothingAbovePublicReachesThePublicPagesOrTheOpenData() throws Exception {
		String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		String shown = "Shownmarker" + tag;
		String hidden = "Hiddenmarker" + tag;
		long p = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		String key = "open-data-test-" + tag;
		long neighbourhood = jdbc
			.sql("""
					insert into neighbourhoods (partnership_id, key, name, district_id)
					values (:p, :k, :n, (select id from places_districts where partnership_id = :p and lad_code = 'E07000134'))
					returning id
					""")
			.param("p", p)
			.param("k", key)
			.param("n", "Open data test " + tag)
			.query(Long.class)
			.single();

		// intelligence closed with an outcome in every grade; only the public one may
		// show
		for (String grade : List.of("PUBLIC", "PARTNERS", "RESTRICTED", "PERSONAL")) {
			String marker = grade.equals("PUBLIC") ? shown : hidden;
			item(p, neighbourhood, grade, "CLOSED", marker);
		}
		// a public item not yet closed is not an outcome to publish
		item(p, neighbourhood, "PUBLIC", "OPEN", hidden);

		// an agreed plan with a public action and a non-public one
		long plan = jdbc
			.sql("""
					insert into action_plans (partnership_id, lineage_key, kind, neighbourhood_id, title, starts_on, ends_on,
					                          review_month, created_by)
					values (:p, :l, 'NEIGHBOURHOOD', :n, :t, date '2009-04-01', date '2012-03-31', 4, 'Test')
					returning id
					""")
			.param("p", p)
			.param("l", UUID.randomUUID())
			.param("n", neighbourhood)
			.param("t", "Open data plan " + tag)
			.query(Long.class)
			.single();
		long priority = jdbc.sql("""
				insert into plan_priorities (partnership_id, plan_id, lineage_key, position, title, category)
				values (:p, :plan, :l, 1, 'Safer streets', 'PLACE') returning id
				""").param("p", p).param("plan", plan).param("l", UUID.randomUUID()).query(Long.class).single();
		action(p, plan, priority, 1, "Public action " + shown, true);
		action(p, plan, priority, 2, "Confidential action " + hidden, false);
		jdbc.sql("update action_plans set status = 'AGREED' where id = :id").param("id", plan).update();

		List<String> paths = publicPaths(key);
		assertThat(paths).as("the public pages and exports")
			.contains("/public/" + DemoUsers.COUNTY + "/open-data",
					"/public/" + DemoUsers.COUNTY + "/open-data/neighbourhoods.geojson",
					"/public/" + DemoUsers.COUNTY + "/open-data/you-said-we-did.xlsx",
					"/public/" + DemoUsers.COUNTY + "/neighbourhoods/" + key + "/you-said-we-did");
		StringBuilder everything = new StringBuilder();
		for (String path : paths) {
			MvcResult result = mvc.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isLessThan(500);
			String text = text(result.getResponse().getContentAsByteArray());
			assertThat(text).as(path).doesNotContain(hidden);
			everything.append(text);
		}
		assertThat(everything.toString()).as("the public marker is published").contains(shown);

		String csv = text(mvc.perform(get("/public/" + DemoUsers.COUNTY + "/open-data/you-said-we-did.csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(csv).contains("Said " + shown).contains("Did " + shown);
		String actions = text(mvc.perform(get("/public/" + DemoUsers.COUNTY + "/open-data/plan-actions.xlsx"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(actions).contains("Public action " + shown);

		JsonNode geojson = JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/public/" + DemoUsers.COUNTY + "/open-data/neighbourhoods.geojson"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		assertThat(geojson.get("type").asString()).isEqualTo("FeatureCollection");
		JsonNode greenhill = null;
		for (JsonNode feature : geojson.get("features")) {
			if (feature.get("id").asString().equals("greenhill")) {
				greenhill = feature;
			}
		}
		assertThat(greenhill).as("Greenhill's current area").isNotNull();
		assertThat(greenhill.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
		assertThat(greenhill.get("properties").get("lsoas").asLong()).isPositive();
		assertThat(greenhill.get("properties").has("imd_score_mean")).isTrue();
		assertThat(greenhill.get("properties").has("public_plan_actions_done")).isTrue();
	}

	/**
	 * Every GET route of a {@link PublicPage} controller, with the partnership and the
	 * test neighbourhood filled in (routes with other variables are left out).
	 */
	private List<String> publicPaths(String key) {
		List<String> paths = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			boolean isPublic = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PublicPage.class)
					|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PublicPage.class);
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			if (!isPublic || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				String path = pattern.replace("{partnership}", DemoUsers.COUNTY).replace("{key}", key);
				if (!path.contains("{") && !path.contains("*")) {
					paths.add(path);
				}
			}
		}
		return paths;
	}

	private void item(long p, long neighbourhood, String grade, String status, String marker) {
		long category = jdbc.sql("select id from intelligence_categories where partnership_id = :p order by id limit 1")
			.param("p", p)
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						insert into intelligence_items (partnership_id, reference, kind, category_id, title, details, grade,
						                                source_type, observed_on, address_text, neighbourhood_id, status, outcome,
						                                closed_on, retain_until, recorded_by_name)
						values (:p, 'CI-' || lpad(nextval('intelligence_item_references')::text, 6, '0'), 'CONCERN', :c,
						        :title, :details, :grade, 'RESIDENT', current_date, :address, :n, :status, :outcome,
						        case when :status = 'CLOSED' then current_date end,
						        case when :grade = 'PERSONAL' then current_date + 30 end, 'Test')
						""")
			.param("p", p)
			.param("c", category)
			.param("title", "Said " + marker)
			.param("details", "Details " + marker)
			.param("grade", grade)
			.param("address", "1 " + marker + " Street")
			.param("n", neighbourhood)
			.param("status", status)
			.param("outcome", "Did " + marker)
			.update();
	}

	private void action(long p, long plan, long priority, int position, String title, boolean isPublic) {
		jdbc.sql("""
				insert into plan_actions (partnership_id, plan_id, priority_id, lineage_key, position, title, public,
				                          due_on, lead_officer_name)
				values (:p, :plan, :priority, :l, :pos, :t, :public, date '2010-03-31', :lead)
				""")
			.param("p", p)
			.param("plan", plan)
			.param("priority", priority)
			.param("l", UUID.randomUUID())
			.param("pos", position)
			.param("t", title)
			.param("public", isPublic)
			.param("lead", isPublic ? "" : "Officer " + title)
			.update();
	}

	/** The text of a response: as it is, or every entry of a zip (an XLSX) together. */
	private static String text(byte[] body) throws Exception {
		if (body.length > 1 && body[0] == 'P' && body[1] == 'K') {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("open-data", ".xlsx");
			try {
				java.nio.file.Files.write(file, body);
				StringBuilder text = new StringBuilder();
				try (ZipFile zip = new ZipFile(file.toFile())) {
					for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
						text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
					}
				}
				return text.toString();
			}
			finally {
				java.nio.file.Files.delete(file);
			}
		}
		return new String(body, StandardCharsets.UTF_8);
	}

}
