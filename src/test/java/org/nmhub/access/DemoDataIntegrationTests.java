package org.nmhub.access;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo partnerships are loaded from the seed documents on first start, and later
 * starts keep what users changed.
 */
@SpringBootTest
class DemoDataIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Test
	void bothDemoPartnershipsExistWithOneUserPerRole() {
		for (String slug : List.of(DemoUsers.COUNTY, DemoUsers.CITY)) {
			List<String> roles = jdbc.sql("""
					select m.role from memberships m join partnerships p on p.id = m.partnership_id
					join users u on u.id = m.user_id
					where p.slug = :s and u.email like '%@' || p.slug || '.example' order by m.role
					""").param("s", slug).query(String.class).list();
			assertThat(roles).as(slug)
				.containsExactlyInAnyOrder("ADMINISTRATOR", "PERFORMANCE_OFFICER", "DISTRICT_COORDINATOR",
						"NEIGHBOURHOOD_MANAGER", "PARTNER_OFFICER", "BOARD_MEMBER");
		}
	}

	@Test
	void countyHasItsSevenDistrictsWithRealCodes() {
		List<String> codes = jdbc.sql("""
				select d.lad_code from places_districts d join partnerships p on p.id = d.partnership_id
				where p.slug = :s order by 1
				""").param("s", DemoUsers.COUNTY).query(String.class).list();
		assertThat(codes).containsExactly("E07000129", "E07000130", "E07000131", "E07000132", "E07000133", "E07000134",
				"E07000135");
	}

	@Test
	void bothCountyDesignationsStayVisibleWithTheirDates() {
		List<String> designations = jdbc.sql("""
				select g.key || ' ' || g.designated_on || ' ' || count(m.neighbourhood_id)
				from neighbourhood_designations g
				join partnerships p on p.id = g.partnership_id
				left join neighbourhood_designation_members m on m.designation_id = g.id
				where p.slug = :s and g.key in ('laa-2006', 'review-2008')
				group by g.key, g.designated_on order by g.designated_on
				""").param("s", DemoUsers.COUNTY).query(String.class).list();
		// Seed 004 says "twenty" but lists 21 lines; the 2008 review's list is 19.
		assertThat(designations).containsExactly("laa-2006 2006-03-24 21", "review-2008 2008-09-01 19");
	}

	@Test
	void leicesterHasItsNeighbourhoodManagementAreasBraunstoneAndTheCityCentre() {
		List<String> names = jdbc.sql("""
				select n.name from neighbourhoods n join partnerships p on p.id = n.partnership_id
				where p.slug = :s and n.source <> 'Recorded in NM Hub' order by n.name
				""").param("s", DemoUsers.CITY).query(String.class).list();
		assertThat(names).hasSize(7).contains("Saffron", "New Parks", "Braunstone");
	}

	@Test
	void loadingAgainKeepsWhatUsersChanged() throws Exception {
		String original = jdbc.sql("select description from partnerships where slug = :s")
			.param("s", DemoUsers.CITY)
			.query(String.class)
			.single();
		jdbc.sql("update partnerships set description = 'Changed by a user' where slug = :s")
			.param("s", DemoUsers.CITY)
			.update();
		long users = jdbc.sql("select count(*) from users").query(Long.class).single();
		new AccessDemoData(jdbc, events, true, "development").run(null);
		assertThat(jdbc.sql("select description from partnerships where slug = :s")
			.param("s", DemoUsers.CITY)
			.query(String.class)
			.single()).isEqualTo("Changed by a user");
		assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isEqualTo(users);
		jdbc.sql("update partnerships set description = :d where slug = :s")
			.param("d", original)
			.param("s", DemoUsers.CITY)
			.update();
	}

}
