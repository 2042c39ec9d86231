package org.nmhub.performance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipCreated;
import org.nmhub.shared.FinancialYear;
import org.nmhub.shared.DemoFacts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the demo partnership Leicestershire Together is created, loads its 2006 Local Area
 * Agreement from seed 004 ({@code demo/performance-laa.json}): blocks, the outcomes the
 * seed names with their codes, the twelve reward targets RG1 to RG12 with an indicator
 * each, and the quarters of the three LAA years. The seed gives no baselines, targets,
 * actuals or per-target maximum rewards, so none are loaded: the pages show them as
 * missing.
 */
@Component
class PerformanceDemoData {

	static final String RESOURCE = "demo/performance-laa.json";

	private final JdbcClient jdbc;

	private final boolean enabled;

	PerformanceDemoData(JdbcClient jdbc, @Value("${nmhub.demo.enabled}") boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	static JsonNode facts() {
		try (InputStream in = PerformanceDemoData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@EventListener
	void on(PartnershipCreated created) {
		JsonNode facts = facts();
		if (!enabled || !facts.get("partnership").asString().equals(created.slug())) {
			return;
		}
		long p = created.partnershipId().value();
		JsonNode v = facts.get("version");
		long version = jdbc.sql("""
				insert into performance_versions (partnership_id, version_no, name, signed_on, maximum_reward, source)
				values (:p, 1, :name, :signed, :reward, :source) returning id
				""")
			.param("p", p)
			.param("name", v.get("name").asString())
			.param("signed", LocalDate.parse(v.get("signedOn").asString()))
			.param("reward", new BigDecimal(v.get("maximumReward").asString()))
			.param("source", v.get("source").asString())
			.query(Long.class)
			.single();
		Map<String, Long> blocks = new HashMap<>();
		int position = 0;
		for (JsonNode b : facts.get("blocks")) {
			blocks.put(b.get("code").asString(), jdbc
				.sql("""
						insert into performance_blocks (partnership_id, version_id, code, name, lead_organisation_id, position, source)
						values (:p, :v, :code, :name, :lead, :pos, :source) returning id
						""")
				.param("p", p)
				.param("v", version)
				.param("code", b.get("code").asString())
				.param("name", b.get("name").asString())
				.param("lead", organisation(DemoFacts.textOrNull(b, "lead")))
				.param("pos", position++)
				.param("source", b.get("source").asString())
				.query(Long.class)
				.single());
		}
		Map<String, Long> outcomes = new HashMap<>();
		for (JsonNode o : facts.get("outcomes")) {
			outcomes.put(o.get("code").asString(),
					jdbc.sql("""
							insert into performance_outcomes (partnership_id, version_id, block_id, code, title, source)
							values (:p, :v, :b, :code, :title, :source) returning id
							""")
						.param("p", p)
						.param("v", version)
						.param("b", blocks.get(o.get("block").asString()))
						.param("code", o.get("code").asString())
						.param("title", o.get("title").asString())
						.param("source", o.get("source").asString())
						.query(Long.class)
						.single());
		}
		String rewardSource = facts.get("rewardSource").asString();
		for (JsonNode r : facts.get("rewardTargets")) {
			Long owner = organisation(DemoFacts.textOrNull(r, "owner"));
			long indicator = jdbc.sql("""
					insert into performance_indicators (partnership_id, version_id, outcome_id, code, title, polarity,
					                                    lead_organisation_id, data_owner_organisation_id,
					                                    neighbourhood_indicator, source)
					values (:p, :v, :o, :code, :title, :polarity, :owner, :owner, :neighbourhood, :source) returning id
					""")
				.param("p", p)
				.param("v", version)
				.param("o", outcomes.get(r.get("outcome").asString()))
				.param("code", r.get("code").asString())
				.param("title", r.get("title").asString())
				.param("polarity", r.get("polarity").asString())
				.param("owner", owner)
				.param("neighbourhood", DemoFacts.textOrNull(r, "neighbourhoodIndicator"))
				.param("source",
						r.has("mappingNote") ? rewardSource + " " + r.get("mappingNote").asString() : rewardSource)
				.query(Long.class)
				.single();
			jdbc.sql(
					"""
							insert into performance_stretch_targets (partnership_id, version_id, block_id, indicator_id, code, title,
							                                         source)
							values (:p, :v, :b, :i, :code, :title, :source)
							""")
				.param("p", p)
				.param("v", version)
				.param("b", blocks.get(r.get("block").asString()))
				.param("i", indicator)
				.param("code", r.get("code").asString())
				.param("title", r.get("title").asString())
				.param("source", rewardSource)
				.update();
		}
		for (JsonNode pr : facts.get("projects")) {
			String block = DemoFacts.textOrNull(pr, "block");
			long project = jdbc.sql("""
					insert into performance_projects (partnership_id, version_id, block_id, name, manager, source)
					values (:p, :v, :b, :name, :manager, :source) returning id
					""")
				.param("p", p)
				.param("v", version)
				.param("b", block == null ? null : blocks.get(block))
				.param("name", pr.get("name").asString())
				.param("manager", DemoFacts.textOrNull(pr, "manager"))
				.param("source", pr.get("source").asString())
				.query(Long.class)
				.single();
			for (JsonNode m : pr.get("milestones")) {
				jdbc.sql("""
						insert into performance_milestones (partnership_id, project_id, title, due_on, source)
						values (:p, :pr, :title, :due, :source)
						""")
					.param("p", p)
					.param("pr", project)
					.param("title", m.get("title").asString())
					.param("due", LocalDate.parse(m.get("dueOn").asString()))
					.param("source", m.get("source").asString())
					.update();
			}
		}
		for (JsonNode r : facts.get("risks")) {
			jdbc.sql("""
					insert into performance_risks (partnership_id, version_id, description, owner, mitigation, source)
					values (:p, :v, :d, :owner, :mitigation, :source)
					""")
				.param("p", p)
				.param("v", version)
				.param("d", r.get("description").asString())
				.param("owner", r.get("owner").asString())
				.param("mitigation", r.get("mitigation").asString())
				.param("source", r.get("source").asString())
				.update();
		}
		JsonNode review = facts.get("review");
		jdbc.sql("""
				insert into performance_reviews (partnership_id, version_id, title, held_on, source)
				values (:p, :v, :title, :held, :source)
				""")
			.param("p", p)
			.param("v", version)
			.param("title", review.get("title").asString())
			.param("held", LocalDate.parse(review.get("heldOn").asString()))
			.param("source", review.get("source").asString())
			.update();
		JsonNode periods = facts.get("periods");
		int firstYear = periods.get("firstYear").asInt();
		int due = periods.get("dueDaysAfterEnd").asInt();
		for (int year = firstYear; year < firstYear + periods.get("years").asInt(); year++) {
			for (int quarter = 0; quarter < 4; quarter++) {
				LocalDate start = LocalDate.of(year, 4, 1).plusMonths(3L * quarter);
				LocalDate end = start.plusMonths(3).minusDays(1);
				jdbc.sql("""
						insert into performance_periods (partnership_id, version_id, label, starts_on, ends_on, due_on)
						values (:p, :v, :label, :start, :end, :due)
						""")
					.param("p", p)
					.param("v", version)
					.param("label", "Q" + (quarter + 1) + " " + new FinancialYear(year).label())
					.param("start", start)
					.param("end", end)
					.param("due", end.plusDays(due))
					.update();
			}
		}
	}

	private @Nullable Long organisation(@Nullable String name) {
		if (name == null) {
			return null;
		}
		return jdbc.sql("select id from organisations where name = :name")
			.param("name", name)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("The demo organisation " + name + " is not loaded"));
	}

}
