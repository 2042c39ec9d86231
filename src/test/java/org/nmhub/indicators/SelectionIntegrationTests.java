package org.nmhub.indicators;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.RealData;
import org.nmhub.places.Geography;
import org.nmhub.shared.LsoaVintage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The selection tool on the real Indices of Deprivation and boundaries the demo loads,
 * checked against the official files themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelectionIntegrationTests {

	private static final String CITY = "/p/" + DemoUsers.CITY + "/selection";

	private static final String OFFICER = DemoUsers.email("performance", DemoUsers.CITY);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Geography geography;

	/** Leicester's 2001 LSOAs (old district code 00FN) with their IMD 2004 rank. */
	private final Map<String, Integer> leicester = new TreeMap<>();

	private int national;

	@BeforeEach
	void readIod2004() throws Exception {
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
			.ofNamedCsvRecord(RealData.file("iod/iod2004_imd_lsoa01_england.csv"))) {
			national = 0;
			for (NamedCsvRecord row : csv) {
				national++;
				if (row.getField("lad04_code").equals("00FN")) {
					leicester.put(row.getField("lsoa01_code"), Integer.parseInt(row.getField("IMD_rank")));
				}
			}
		}
	}

	private Set<String> inBottom(int percent) {
		Set<String> codes = new TreeSet<>();
		leicester.forEach((code, rank) -> {
			if (rank * 100L <= (long) percent * national) {
				codes.add(code);
			}
		});
		return codes;
	}

	private static MockHttpServletRequestBuilder selection(String name, String edition, String percent,
			String minCluster, String flags) {
		return post(CITY).param("name", name)
			.param("edition", edition)
			.param("indicators", "imd_rank")
			.param("percent", percent)
			.param("relativeTo", "ENGLAND")
			.param("combine", "ANY")
			.param("minClusterSize", minCluster)
			.param("scope", "PARTNERSHIP")
			.param("flags", flags)
			.with(user(OFFICER))
			.with(csrf());
	}

	private long run(MockHttpServletRequestBuilder request) throws Exception {
		String location = mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String page(String path, String email) throws Exception {
		return mvc.perform(get(path).with(user(email)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Map<String, Integer> selectedClusters(long run) {
		Map<String, Integer> clusters = new TreeMap<>();
		jdbc.sql("select lsoa_code, cluster_number from selection_results where run_id = :r and selected")
			.param("r", run)
			.query(rs -> {
				clusters.put(rs.getString(1), (Integer) rs.getObject(2));
			});
		return clusters;
	}

	@Test
	void leicesterBottomFivePercentNationallyOnIod2004IsExactlyTheOfficialFilesLsoas() throws Exception {
		long run = run(selection("Bottom 5% on IMD 2004", "iod2004", "5", "1", ""));
		Set<String> expected = inBottom(5);
		assertThat(expected).isNotEmpty();
		assertThat(selectedClusters(run).keySet()).isEqualTo(expected);
		String page = page(CITY + "/" + run, OFFICER);
		assertThat(page).contains("data-testid=\"selected-count\">" + expected.size() + "<", "data-testid=\"map\"",
				"data-testid=\"clusters\"");
	}

	@Test
	void everyClusterIsAConnectedComponentOfTheSelectedLsoas() throws Exception {
		long run = run(selection("Bottom 10% on IMD 2004", "iod2004", "10", "1", ""));
		Map<String, Integer> clusters = selectedClusters(run);
		assertThat(clusters.values()).doesNotContainNull();
		Map<String, Set<String>> adjacency = geography.adjacency(LsoaVintage.LSOA2001, clusters.keySet());
		Map<Integer, Set<String>> members = new HashMap<>();
		clusters.forEach((code, cluster) -> members.computeIfAbsent(cluster, k -> new TreeSet<>()).add(code));
		assertThat(members.size()).isGreaterThan(1);
		for (Set<String> cluster : members.values()) {
			Set<String> reached = new TreeSet<>();
			Deque<String> queue = new ArrayDeque<>(List.of(cluster.iterator().next()));
			while (!queue.isEmpty()) {
				String code = queue.poll();
				if (reached.add(code)) {
					adjacency.get(code).forEach(queue::add);
				}
			}
			assertThat(reached).as("everything reachable from a cluster is in it, and all of it is reachable")
				.isEqualTo(cluster);
		}
	}

	@Test
	void clustersSmallerThanTheMinimumAreLeftOutWithThatReason() throws Exception {
		long all = run(selection("Bottom 10%, any size", "iod2004", "10", "1", ""));
		long large = run(selection("Bottom 10%, clusters of 15", "iod2004", "10", "15", ""));
		Map<String, Integer> everyCluster = selectedClusters(all);
		Map<Integer, Integer> sizes = new HashMap<>();
		everyCluster.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
		long expected = everyCluster.values().stream().filter(c -> sizes.get(c) >= 15).count();
		assertThat(expected).isLessThan(everyCluster.size());
		assertThat(selectedClusters(large)).hasSize((int) expected);
		List<String> reasons = jdbc
			.sql("select reason from selection_results where run_id = :r and candidate and not selected")
			.param("r", large)
			.query(String.class)
			.list();
		assertThat(reasons).hasSize(everyCluster.size() - (int) expected)
			.allSatisfy(reason -> assertThat(reason).contains("fewer than the minimum of 15", "→ out"));
		assertThat(page(CITY + "/" + large, OFFICER)).contains("Left out: clusters smaller than the minimum");
	}

	@Test
	void flagsByHandOverrideTheRulesAndAreShownWithTheirReasons() throws Exception {
		String least = leicester.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		String most = leicester.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
		long run = run(selection("With local intelligence", "iod2004", "5", "1",
				least + " include: NAT intelligence about anti-social behaviour\n" + most
						+ " exclude: regeneration scheme completed"));
		Map<String, Integer> selected = selectedClusters(run);
		assertThat(selected).containsKey(least).doesNotContainKey(most);
		String page = page(CITY + "/" + run, OFFICER);
		assertThat(page).contains("data-testid=\"flags\"", "NAT intelligence about anti-social behaviour",
				"regeneration scheme completed", "included by hand", "excluded by hand",
				"the flag overrides the rules");
		assertThat(jdbc.sql("select count(*) from selection_flags where run_id = :r")
			.param("r", run)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void explainingAnLsoaShowsItsRankAndTheThreshold() throws Exception {
		long run = run(selection("Bottom 5% explained", "iod2004", "5", "1", ""));
		String out = leicester.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		int rank = leicester.get(out);
		String page = page(CITY + "/" + run + "?lsoa=" + out.toLowerCase(), OFFICER);
		String expected = "IMD rank " + String.format(java.util.Locale.UK, "%,d", rank) + " of "
				+ String.format(java.util.Locale.UK, "%,d", national);
		assertThat(page).contains("data-testid=\"explanation\"", out, expected, "not in the most deprived 5%", "→ out");
		String in = inBottom(5).iterator().next();
		assertThat(page(CITY + "/" + run + "?lsoa=" + in, OFFICER)).contains("in the most deprived 5%", "→ in");
		assertThat(page(CITY + "/" + run + "?lsoa=E01025932", OFFICER)).contains("is not among the LSOAs");
	}

	@Test
	void reRunningOnIod2025ComparesAcrossVintages() throws Exception {
		long earlier = run(selection("Bottom 5% on IMD 2004, for 2025", "iod2004", "5", "1", ""));
		String location = mvc
			.perform(post(CITY + "/" + earlier + "/rerun").param("edition", "iod2025").with(user(OFFICER)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).endsWith("/comparison");
		String page = page(location, OFFICER);
		assertThat(page).contains("What changes from", "IoD 2004 (2001 LSOAs)", "IoD 2025 (2021 LSOAs)", "Added LSOAs",
				"Removed LSOAs", "Kept LSOAs", "data-testid=\"added-count\"");
		Long compared = jdbc.sql("select compared_with_run_id from selection_runs order by id desc limit 1")
			.query(Long.class)
			.single();
		assertThat(compared).isEqualTo(earlier);
	}

	@Test
	void badRulesShowGovukErrorsAndSaveNothing() throws Exception {
		int runs = count("selection_runs");
		int results = count("selection_results");
		for (String percent : List.of("0", "80", "abc")) {
			assertThat(form(selection("Bad", "iod2004", percent, "1", ""))).contains("There is a problem",
					"greater than 0 and no more than 50");
		}
		assertThat(form(selection("Bad", "iod2004", "5", "1", "E01999999 include: a reason")))
			.contains("E01999999 is not a 2001 LSOA of the partnership");
		String code = leicester.keySet().iterator().next();
		assertThat(form(selection("Bad", "iod2004", "5", "1", code + " include")))
			.contains("Give the reason for the flag on " + code);
		assertThat(form(selection("Bad", "iod2004", "5", "0", ""))).contains("minimum cluster size");
		assertThat(form(post(CITY).param("name", "No indicator")
			.param("edition", "iod2004")
			.param("percent", "5")
			.param("relativeTo", "ENGLAND")
			.param("combine", "ANY")
			.param("minClusterSize", "1")
			.param("scope", "PARTNERSHIP")
			.with(user(OFFICER))
			.with(csrf()))).contains("Select at least one indicator to test");
		assertThat(count("selection_runs")).isEqualTo(runs);
		assertThat(count("selection_results")).isEqualTo(results);
	}

	private String form(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	@Test
	void boardMembersMayReadRunsButNotCreateThem() throws Exception {
		String board = DemoUsers.email("board", DemoUsers.CITY);
		mvc.perform(get(CITY + "/new").with(user(board))).andExpect(status().isForbidden());
		mvc.perform(selection("Board's", "iod2004", "5", "1", "").with(user(board))).andExpect(status().isForbidden());
		mvc.perform(get(CITY).with(user(board))).andExpect(status().isOk());
	}

	@Test
	void anotherPartnershipsRunIsNeitherShownNorLeaked() throws Exception {
		long run = run(selection("City only", "iod2004", "5", "1", ""));
		String county = DemoUsers.email("administrator", DemoUsers.COUNTY);
		String page = mvc.perform(get("/p/" + DemoUsers.COUNTY + "/selection/" + run).with(user(county)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("City only");
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/selection/" + run + "/comparison").with(user(county)))
			.andExpect(status().isNotFound());
		mvc.perform(get(CITY + "/" + run).with(user(county))).andExpect(status().isForbidden());
		assertThat(page(CITY.replace(DemoUsers.CITY, DemoUsers.COUNTY), county)).doesNotContain("City only");
	}

	/**
	 * Not an assertion on time: prints how long a national selection takes, for
	 * docs/performance.md.
	 */
	@Test
	void selectsOverAllOfEngland() throws Exception {
		for (String edition : List.of("iod2019", "iod2025", "iod2019", "iod2025")) {
			long run = run(post(CITY).param("name", "England bottom 10% " + edition)
				.param("edition", edition)
				.param("indicators", "imd_rank")
				.param("percent", "10")
				.param("relativeTo", "ENGLAND")
				.param("combine", "ANY")
				.param("minClusterSize", "1")
				.param("scope", "ENGLAND")
				.with(user(OFFICER))
				.with(csrf()));
			Map<String, Object> row = jdbc
				.sql("select areas_searched, selected_count, compute_millis from selection_runs where id = :r")
				.param("r", run)
				.query()
				.singleRow();
			assertThat(((Number) row.get("areas_searched")).intValue()).isGreaterThan(30_000);
			System.out.println("Selection over all of England, " + edition + ": " + row);
		}
	}

}
