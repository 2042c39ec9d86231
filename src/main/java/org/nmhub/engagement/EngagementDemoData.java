package org.nmhub.engagement;

import java.time.LocalDate;
import java.util.List;

import org.nmhub.access.PartnershipCreated;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a demo partnership is created (after its neighbourhoods), names the rarely heard
 * groups the 2008 review names, and records two engagement activities marked
 * illustrative: the review describes these kinds of event but gives no counts of who
 * came, so their counts are made up to show the reach analysis.
 */
@Component
@Order(40)
class EngagementDemoData implements ApplicationRunner {

	static final String REVIEW = "seeds/000_b7606b5f9b87090c.txt (SRC, Leicestershire Together Review of Neighbourhood Management - Final Report, Sept 2008)";

	record Group(String key, String name, String source) {
	}

	static final List<Group> GROUPS = List.of(
			new Group("young-people", "Young people",
					REVIEW + " para 5.5: 'target groups such as young people, " + "migrant workers and the elderly'"),
			new Group("older-people", "Older people", REVIEW + " para 5.5: 'the elderly'"),
			new Group("migrant-workers", "Migrant workers", REVIEW + " para 5.5: 'migrant workers'"),
			new Group("bme-communities", "BME communities",
					REVIEW + " paras 4.10 and 4.49: 'a relatively large BME population', 'a large BME community'"));

	static final Group POLISH = new Group("polish-community", "Polish community", REVIEW
			+ " para 4.47: 'Getting the hard to reach engaged, including young people and the Polish community'");

	static final String COUNTY = "leicestershire-together";

	private final JdbcClient jdbc;

	private final boolean enabled;

	EngagementDemoData(JdbcClient jdbc, @Value("${nmhub.demo.enabled}") boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	@EventListener
	void on(PartnershipCreated created) {
		if (!enabled) {
			return;
		}
		long partnership = created.partnershipId().value();
		for (Group group : GROUPS) {
			group(partnership, group);
		}
		if (created.slug().equals(COUNTY)) {
			group(partnership, POLISH);
		}
	}

	/**
	 * The illustrative activities, once the demo neighbourhoods exist (they are made by
	 * the places module when the partnership is created); only while the partnership has
	 * none.
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		Long partnership = jdbc.sql("""
				select p.id from partnerships p where p.slug = :slug
				and not exists (select 1 from engagement_activities a where a.partnership_id = p.id and a.illustrative)
				""").param("slug", COUNTY).query(Long.class).optional().orElse(null);
		if (partnership == null) {
			return;
		}
		activity(partnership, "ibstock", LocalDate.of(2008, 5, 14), "Ibstock consultation drop-in with exhibition",
				"DROP_IN", "CONSULT", "Neighbourhood Manager", 42,
				"Opportunities and facilities for young people; crime and anti-social behaviour; litter, clean streets "
						+ "and dog fouling; public transport",
				"",
				REVIEW + " para 4.45 ('one consultation event run as a drop-in with an exhibition') and 4.46 "
						+ "(the issues). The date and every count are illustrative.",
				new int[][] { { 0, 30, 12 }, { 25, 17 } });
		activity(partnership, "greenhill", LocalDate.of(2008, 6, 18), "Greenhill Neighbourhood Forum",
				"NEIGHBOURHOOD_FORUM", "INFORM", "Greenhill NAT", 60,
				"Young people's facilities; anti-social behaviour",
				"Minutes posted to the community centre noticeboard",
				REVIEW + " para 5.4 ('some Forum meetings seem to be well attended, with up to 60 people recorded'). "
						+ "The date and the counts by age and sex are illustrative.",
				new int[][] { { 2, 31, 27 }, { 33, 27 } });
	}

	private void group(long partnership, Group group) {
		jdbc.sql("insert into engagement_groups (partnership_id, key, name, source) values (:p, :k, :n, :s)")
			.param("p", partnership)
			.param("k", group.key())
			.param("n", group.name())
			.param("s", group.source())
			.update();
	}

	/** An illustrative activity with counts by age band (3) and sex (female, male). */
	private void activity(long partnership, String neighbourhood, LocalDate heldOn, String title, String method,
			String level, String organisers, int attending, String issues, String feedback, String source,
			int[][] counts) {
		Long id = jdbc.sql("""
				insert into engagement_activities (partnership_id, neighbourhood_id, held_on, title, method, level,
				       organisers, attending, issues_raised, feedback_given, illustrative, source, recorded_by_name)
				select :p, n.id, :heldOn, :title, :method, :level, :organisers, :attending, :issues, :feedback, true,
				       :source, 'NM Hub demo data'
				from neighbourhoods n where n.partnership_id = :p and n.key = :key
				returning id
				""")
			.param("p", partnership)
			.param("key", neighbourhood)
			.param("heldOn", heldOn)
			.param("title", title)
			.param("method", method)
			.param("level", level)
			.param("organisers", organisers)
			.param("attending", attending)
			.param("issues", issues)
			.param("feedback", feedback)
			.param("source", source)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			return;
		}
		String[] ages = { "UNDER_16", "AGED_16_59", "AGED_60_PLUS" };
		for (int i = 0; i < ages.length; i++) {
			count(id, "AGE", ages[i], counts[0][i]);
		}
		count(id, "SEX", "FEMALE", counts[1][0]);
		count(id, "SEX", "MALE", counts[1][1]);
	}

	private void count(long activity, String dimension, String category, int people) {
		jdbc.sql(
				"insert into engagement_reach_counts (activity_id, dimension, category, people) values (:a, :d, :c, :n)")
			.param("a", activity)
			.param("d", dimension)
			.param("c", category)
			.param("n", people)
			.update();
	}

}
