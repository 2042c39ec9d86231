package org.nmhub.dashboards;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.nmhub.dashboards.DashboardQueries.Figures;
import org.nmhub.dashboards.DashboardQueries.Level;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class DashboardFiguresIntegrationTests {

	@Autowired
	DashboardQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsEngagementAndOpenIntelligenceForTheNeighbourhoodItsDistrictAndThePartnership() {
		long p = jdbc.sql("select id from partnerships where slug = 'leicestershire-together'")
			.query(Long.class)
			.single();
		long greenhill = jdbc.sql("select id from neighbourhoods where partnership_id = :p and key = 'greenhill'")
			.param("p", p)
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now();
		List<Figures> before = queries.figures(p, today);

		int people = ThreadLocalRandom.current().nextInt(1000, 9000);
		jdbc.sql("""
				insert into engagement_activities (partnership_id, neighbourhood_id, held_on, title, method, level,
				                                   attending, recorded_by_name)
				values (:p, :n, :on, 'Dashboard test drop-in', 'DROP_IN', 'CONSULT', :people, 'Test')
				""")
			.param("p", p)
			.param("n", greenhill)
			.param("on", today.minusDays(3))
			.param("people", people)
			.update();
		// a year and a day ago: outside the last 12 months
		jdbc.sql("""
				insert into engagement_activities (partnership_id, neighbourhood_id, held_on, title, method, level,
				                                   attending, recorded_by_name)
				values (:p, :n, :on, 'Dashboard test old forum', 'DROP_IN', 'CONSULT', 77, 'Test')
				""").param("p", p).param("n", greenhill).param("on", today.minusYears(1)).update();
		item(p, greenhill, "OPEN");
		item(p, greenhill, "CLOSED");
		item(p, null, "UNVERIFIED");

		List<Figures> after = queries.figures(p, today);

		Figures n0 = neighbourhood(before, "greenhill");
		Figures n1 = neighbourhood(after, "greenhill");
		assertThat(n1.people() - n0.people()).isEqualTo(people);
		assertThat(n1.activities() - n0.activities()).isEqualTo(1);
		assertThat(n1.openIntelligence() - n0.openIntelligence()).isEqualTo(1);

		Figures d0 = district(before, "E07000134");
		Figures d1 = district(after, "E07000134");
		assertThat(d1.people() - d0.people()).isEqualTo(people);
		assertThat(d1.openIntelligence() - d0.openIntelligence()).isEqualTo(1);

		Figures t0 = total(before);
		Figures t1 = total(after);
		assertThat(t1.people() - t0.people()).isEqualTo(people);
		assertThat(t1.openIntelligence() - t0.openIntelligence()).as("the item for no neighbourhood counts here")
			.isEqualTo(2);
		assertThat(t1.neighbourhoods()).isEqualTo(after.stream().filter(f -> f.level() == Level.NEIGHBOURHOOD).count());
		assertThat(after.stream().filter(f -> f.level() == Level.DISTRICT).mapToLong(Figures::actions).sum())
			.as("districts add up to the partnership")
			.isEqualTo(t1.actions());
	}

	private void item(long p, Long neighbourhood, String status) {
		long category = jdbc.sql("select id from intelligence_categories where partnership_id = :p limit 1")
			.param("p", p)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into intelligence_items (partnership_id, reference, kind, category_id, title, grade, source_type,
				                                observed_on, neighbourhood_id, status, recorded_by_name)
				values (:p, 'CI-' || lpad(nextval('intelligence_item_references')::text, 6, '0'), 'CONCERN', :c,
				        'Dashboard test item', 'PARTNERS', 'RESIDENT', current_date, :n, :s, 'Test')
				""").param("p", p).param("c", category).param("n", neighbourhood).param("s", status).update();
	}

	private static Figures neighbourhood(List<Figures> figures, String key) {
		return figures.stream()
			.filter(f -> f.level() == Level.NEIGHBOURHOOD && key.equals(f.key()))
			.findFirst()
			.orElseThrow();
	}

	private static Figures district(List<Figures> figures, String code) {
		return figures.stream()
			.filter(f -> f.level() == Level.DISTRICT && code.equals(f.districtCode()))
			.findFirst()
			.orElseThrow();
	}

	private static Figures total(List<Figures> figures) {
		return figures.stream().filter(f -> f.level() == Level.PARTNERSHIP).findFirst().orElseThrow();
	}

}
