package org.nmhub.partners;

import java.util.HashMap;
import java.util.Map;

import org.nmhub.access.PartnershipCreated;
import org.nmhub.shared.DemoFacts;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a demo partnership is created, loads the bodies the seed documents name, with
 * their members and reporting lines, in the same transaction.
 */
@Component
class PartnersDemoData {

	private final JdbcClient jdbc;

	private final boolean enabled;

	PartnersDemoData(JdbcClient jdbc, @Value("${nmhub.demo.enabled}") boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	@EventListener
	@Order(0)
	void on(PartnershipCreated created) {
		if (!enabled) {
			return;
		}
		long partnership = created.partnershipId().value();
		Map<String, Long> ids = new HashMap<>();
		Map<String, String> reportsTo = new HashMap<>();
		for (JsonNode b : DemoFacts.read().get("bodies")) {
			if (!b.get("partnership").asString().equals(created.slug())) {
				continue;
			}
			String name = b.get("name").asString();
			long id = jdbc.sql("""
					insert into partner_bodies (partnership_id, name, type, district_name, neighbourhood_name,
					                            terms_of_reference, source)
					values (:p, :name, :type, :district, :neighbourhood, :terms, :source) returning id
					""")
				.param("p", partnership)
				.param("name", name)
				.param("type", b.get("type").asString())
				.param("district", DemoFacts.textOrNull(b, "district"))
				.param("neighbourhood", DemoFacts.textOrNull(b, "neighbourhood"))
				.param("terms", DemoFacts.textOrNull(b, "termsOfReference"))
				.param("source", b.get("source").asString())
				.query(Long.class)
				.single();
			ids.put(name, id);
			String parent = DemoFacts.textOrNull(b, "reportsTo");
			if (parent != null) {
				reportsTo.put(name, parent);
			}
			int position = 0;
			for (JsonNode member : b.get("members")) {
				jdbc.sql("insert into partner_body_members (body_id, member, position) values (:b, :m, :pos)")
					.param("b", id)
					.param("m", member.asString())
					.param("pos", position++)
					.update();
			}
		}
		reportsTo.forEach((name, parent) -> jdbc.sql("update partner_bodies set reports_to_id = :parent where id = :id")
			.param("parent", ids.get(parent))
			.param("id", ids.get(name))
			.update());
	}

}
