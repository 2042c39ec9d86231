package org.nmhub.performance;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmhub.performance.PerformanceFixture.OFFICER;
import static org.nmhub.performance.PerformanceFixture.as;
import static org.nmhub.performance.PerformanceFixture.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two officers edit the same LAA indicator from forms opened at the same time: the second
 * save does not silently overwrite the first (optimistic locking on the row version); it
 * is refused with what the officer typed kept, and saving again is a deliberate
 * overwrite.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorConcurrentEditTests {

	private static final String ADMINISTRATOR = DemoUsers.email("administrator", DemoUsers.COUNTY);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedNotLost() throws Exception {
		PerformanceFixture fixture = new PerformanceFixture(mvc, jdbc);
		String code = unique("CE");
		long id = fixture.indicator(fixture.outcome(unique("C")), code);
		String edit = "/p/" + DemoUsers.COUNTY + "/performance/indicators/" + id + "/edit";

		Map<String, String> formOfA = fields(fixture.page(OFFICER, edit));
		Map<String, String> formOfB = fields(fixture.page(ADMINISTRATOR, edit));
		assertThat(formOfA.get("editVersion")).isNotBlank().isEqualTo(formOfB.get("editVersion"));

		formOfB.put("title", "Changed by B");
		assertThat(save(ADMINISTRATOR, edit, formOfB).getStatus()).isEqualTo(302);

		formOfA.put("title", "Changed by A");
		MockHttpServletResponse refused = save(OFFICER, edit, formOfA);
		assertThat(refused.getStatus()).isEqualTo(200);
		String page = refused.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Someone else changed this indicator after you opened it")
			.contains("value=\"Changed by A\"");
		assertThat(title(id)).as("B's change is not lost").isEqualTo("Changed by B");

		Map<String, String> again = fields(page);
		assertThat(again.get("editVersion")).isNotEqualTo(formOfA.get("editVersion"));
		assertThat(save(OFFICER, edit, again).getStatus()).as("saving again is a deliberate overwrite").isEqualTo(302);
		assertThat(title(id)).isEqualTo("Changed by A");

		Map<String, String> withoutVersion = fields(fixture.page(OFFICER, edit));
		withoutVersion.remove("editVersion");
		withoutVersion.put("title", "No version");
		assertThat(save(OFFICER, edit, withoutVersion).getStatus()).isEqualTo(200);
		assertThat(title(id)).isEqualTo("Changed by A");
	}

	private String title(long id) {
		return jdbc.sql("select title from performance_indicators where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private MockHttpServletResponse save(String who, String path, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = as(who, post(path));
		fields.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	/** The edit form's fields as a browser would post them. */
	private static Map<String, String> fields(String html) {
		Document page = Jsoup.parse(html);
		Element form = page.select("form[method=post]")
			.stream()
			.filter(f -> f.attr("action").endsWith("/edit"))
			.findFirst()
			.orElseThrow();
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input, textarea, select")) {
			String name = input.attr("name");
			if (name.isEmpty() || name.equals("_csrf")) {
				continue;
			}
			if (input.tagName().equals("select")) {
				Element selected = input.selectFirst("option[selected]");
				fields.put(name, selected == null ? "" : selected.attr("value"));
			}
			else if (input.tagName().equals("textarea")) {
				fields.put(name, input.text());
			}
			else if (input.attr("type").equals("checkbox")) {
				if (input.hasAttr("checked")) {
					fields.put(name, input.attr("value"));
				}
			}
			else {
				fields.put(name, input.attr("value"));
			}
		}
		return fields;
	}

}
