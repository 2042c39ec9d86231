package org.nmhub.places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.nmhub.access.PartnershipCreated;
import org.nmhub.shared.DemoFacts;
import org.nmhub.shared.Slugs;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a demo partnership is created, loads its districts, neighbourhoods and dated
 * designations from the seed documents ({@code demo/seed-facts.json}), in the same
 * transaction.
 */
@Component
class PlacesDemoData {

	private final JdbcClient jdbc;

	private final boolean enabled;

	PlacesDemoData(JdbcClient jdbc, @Value("${nmhub.demo.enabled}") boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	@EventListener
	void on(PartnershipCreated created) {
		if (!enabled) {
			return;
		}
		JsonNode facts = DemoFacts.read();
		long partnership = created.partnershipId().value();
		for (JsonNode d : facts.get("districts")) {
			if (d.get("partnership").asString().equals(created.slug())) {
				jdbc.sql("""
						insert into places_districts (partnership_id, name, lad_code, lsp_name, source)
						values (:p, :name, :lad, :lsp, :source)
						""")
					.param("p", partnership)
					.param("name", d.get("name").asString())
					.param("lad", d.get("ladCode").asString())
					.param("lsp", DemoFacts.textOrNull(d, "lspName"))
					.param("source", d.get("source").asString())
					.update();
			}
		}
		for (JsonNode g : facts.get("designations")) {
			if (!g.get("partnership").asString().equals(created.slug())) {
				continue;
			}
			long designation = jdbc.sql("""
					insert into neighbourhood_designations (partnership_id, key, name, designated_on, reason, source)
					values (:p, :key, :name, :on, :reason, :source) returning id
					""")
				.param("p", partnership)
				.param("key", g.get("key").asString())
				.param("name", g.get("name").asString())
				.param("on", LocalDate.parse(g.get("designatedOn").asString()))
				.param("reason", g.get("reason").asString())
				.param("source", g.get("source").asString())
				.query(Long.class)
				.single();
			int position = 0;
			for (JsonNode n : g.get("neighbourhoods")) {
				long neighbourhood = neighbourhood(partnership, n);
				jdbc.sql("""
						insert into neighbourhood_designation_members (designation_id, neighbourhood_id, position)
						values (:g, :n, :position) on conflict do nothing
						""").param("g", designation).param("n", neighbourhood).param("position", position++).update();
			}
		}
	}

	private long neighbourhood(long partnership, JsonNode n) {
		String district = DemoFacts.textOrNull(n, "district");
		return jdbc
			.sql("""
					insert into neighbourhoods (partnership_id, key, name, district_id, places, ward_codes, derivation, source)
					values (:p, :key, :name,
					        (select id from places_districts where partnership_id = :p and name = :district),
					        :places, :wards, :derivation, :source)
					on conflict (partnership_id, key) do update set key = excluded.key
					returning id
					""")
			.param("p", partnership)
			.param("key", Slugs.of(n.get("name").asString()))
			.param("name", n.get("name").asString())
			.param("district", district)
			.param("places", strings(n.get("places")))
			.param("wards", strings(n.get("wardCodes")))
			.param("derivation", n.get("derivation").asString())
			.param("source", n.get("source").asString())
			.query(Long.class)
			.single();
	}

	private static String[] strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values.toArray(String[]::new);
	}

}
