package org.nmhub.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.RealData;
import org.nmhub.indicators.Polarity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Greenhill's baseline frozen with the Indices of Deprivation 2015 and updated with 2019,
 * checked against figures worked out from the official files themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BaselineIntegrationTests {

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/evaluation/baselines";

	private static final String MANAGER = DemoUsers.email("manager", DemoUsers.COUNTY);

	private static final Set<String> GREENHILL = Set.of("E01025932", "E01025933");

	private static final String NORTH_WEST_LEICESTERSHIRE = "E07000134";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void greenhillIsDrawnFromItsTwoLsoas() throws Exception {
		RealData.directory();
		mvc.perform(post("/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill/area").param("vintage", "2011")
			.param("validFrom", "2026-04-01")
			.param("lsoaCodes", "E01025932 E01025933")
			.param("reason", "Greenhill ward's two LSOAs")
			.with(user(MANAGER))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	/** Population-weighted IMD scores of Greenhill, its district and England. */
	private record Weighted(BigDecimal greenhill, BigDecimal district, BigDecimal england) {
	}

	private static Weighted weighted(Path file, String code, String district, String score,
			Map<String, BigDecimal> population) throws Exception {
		BigDecimal[] sums = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		BigDecimal[] weights = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
			for (NamedCsvRecord row : csv) {
				BigDecimal pop = population.get(row.getField(code));
				if (pop == null) {
					continue;
				}
				BigDecimal weightedScore = new BigDecimal(row.getField(score)).multiply(pop);
				boolean[] in = { GREENHILL.contains(row.getField(code)),
						row.getField(district).equals(NORTH_WEST_LEICESTERSHIRE), true };
				for (int i = 0; i < 3; i++) {
					if (in[i]) {
						sums[i] = sums[i].add(weightedScore);
						weights[i] = weights[i].add(pop);
					}
				}
			}
		}
		return new Weighted(sums[0].divide(weights[0], 6, RoundingMode.HALF_UP),
				sums[1].divide(weights[1], 6, RoundingMode.HALF_UP),
				sums[2].divide(weights[2], 6, RoundingMode.HALF_UP));
	}

	private static Map<String, BigDecimal> populations() throws Exception {
		Map<String, BigDecimal> population = new HashMap<>();
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
			.ofNamedCsvRecord(RealData.file("iod/iod2019_lsoa11_england_combined.csv"))) {
			for (NamedCsvRecord row : csv) {
				population.put(row.getField("lsoa11cd"), new BigDecimal(row.getField("pop_total_mid2015")));
			}
		}
		return population;
	}

	@Test
	void greenhillsBaselineFrom2015IsFrozenAndThe2019UpdateAnswersFromTheOfficialFigures() throws Exception {
		String location = mvc
			.perform(post(BASE).param("neighbourhood", "greenhill")
				.param("edition", "iod2015")
				.param("indicators", "iod:imd_score", "iod:imd_decile")
				.param("note", "Greenhill's 2015 position")
				.with(user(MANAGER))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches(".*/evaluation/baselines/\\d+");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		Map<String, BigDecimal> population = populations();
		Weighted in2015 = weighted(RealData.file("iod/iod2015_imd_lsoa11_england.csv"), "lsoa11_code", "lad13_code",
				"IMD_score", population);
		Weighted in2019 = weighted(RealData.file("iod/iod2019_lsoa11_england_combined.csv"), "lsoa11cd", "lad19cd",
				"imd_score", population);

		// frozen as they stood: the stored 2015 figures are the official ones
		Map<String, Object> frozen = jdbc.sql("""
				select neighbourhood_value, district_value, england_value, measured from evaluation_baseline_values
				where baseline_id = :id and indicator_key = 'iod:imd_score'
				""").param("id", id).query().singleRow();
		assertThat(frozen.get("measured")).isEqualTo("IoD 2015");
		assertThat(((BigDecimal) frozen.get("neighbourhood_value")).setScale(2, RoundingMode.HALF_UP))
			.isEqualByComparingTo(in2015.greenhill().setScale(2, RoundingMode.HALF_UP));
		assertThat(((BigDecimal) frozen.get("district_value")).setScale(2, RoundingMode.HALF_UP))
			.isEqualByComparingTo(in2015.district().setScale(2, RoundingMode.HALF_UP));
		assertThat(((BigDecimal) frozen.get("england_value")).setScale(2, RoundingMode.HALF_UP))
			.isEqualByComparingTo(in2015.england().setScale(2, RoundingMode.HALF_UP));
		assertThat(jdbc
			.sql("""
					select count(*) from audit_entries where record_type = 'baseline' and record_id = :id and action = 'created'
					""")
			.param("id", String.valueOf(id))
			.query(Integer.class)
			.single()).isEqualTo(1);

		Document page = Jsoup.parse(mvc.perform(get(BASE + "/" + id).param("edition", "iod2019").with(user(MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element imd = page.selectFirst("[data-testid='comparison-iod:imd_score']");
		assertThat(imd).isNotNull();
		List<String> rows = imd.select("tbody tr").eachText();
		assertThat(rows.get(0)).contains(in2015.greenhill().setScale(2, RoundingMode.HALF_UP).toPlainString(),
				in2019.greenhill().setScale(2, RoundingMode.HALF_UP).toPlainString());
		// the answers against the district and England follow the rule on the official
		// figures
		GapRule.Change greenhill = GapRule.Change.of(in2015.greenhill(), in2019.greenhill());
		GapRule.Verdict againstDistrict = GapRule
			.gap(Polarity.HIGHER_IS_WORSE, false, greenhill, GapRule.Change.of(in2015.district(), in2019.district()),
					"Greenhill", "North West Leicestershire")
			.verdict();
		GapRule.Verdict againstEngland = GapRule
			.gap(Polarity.HIGHER_IS_WORSE, false, greenhill, GapRule.Change.of(in2015.england(), in2019.england()),
					"Greenhill", "England")
			.verdict();
		assertThat(rows)
			.anyMatch(r -> r.startsWith("North West Leicestershire") && r.endsWith(againstDistrict.label()));
		assertThat(rows).anyMatch(r -> r.startsWith("England") && r.endsWith(againstEngland.label())
				&& r.contains(in2019.england().setScale(2, RoundingMode.HALF_UP).toPlainString()));
		assertThat(imd.selectFirst("[data-testid=answer]").text()).startsWith(
				imd.selectFirst("[data-testid=verdict]").text().equals("Narrowing") ? "Yes, the gap with" : "No");
		// the decile distribution is compared as the share in England's most deprived 10%
		assertThat(page.selectFirst("[data-testid='comparison-iod:imd_decile'] tbody tr").text())
			.startsWith("Greenhill 50.00");
	}

	@Test
	void badInputChangesNothingAndNeverFails() throws Exception {
		int before = jdbc.sql("select count(*) from evaluation_baselines").query(Integer.class).single();
		mvc.perform(post(BASE).param("neighbourhood", "greenhill")
			.param("edition", "iod2015")
			.param("indicators", "iod:no_such_indicator")
			.with(user(MANAGER))
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(post(BASE).param("neighbourhood", "greenhill")
			.param("edition", "iod1999")
			.param("indicators", "iod:imd_score")
			.with(user(MANAGER))
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(post(BASE).param("neighbourhood", "greenhill")
			.param("edition", "iod2015")
			.with(user(MANAGER))
			.with(csrf())).andExpect(status().isOk());
		// a neighbourhood the manager does not look after
		mvc.perform(post(BASE).param("neighbourhood", "melton")
			.param("edition", "iod2015")
			.param("indicators", "iod:imd_score")
			.with(user(MANAGER))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(BASE).param("neighbourhood", "greenhill")
			.param("edition", "iod2015")
			.param("indicators", "iod:imd_score")
			.with(user(DemoUsers.email("partner", DemoUsers.COUNTY)))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from evaluation_baselines").query(Integer.class).single())
			.isEqualTo(before);
		mvc.perform(get(BASE + "/not-a-number").with(user(MANAGER))).andExpect(status().isNotFound());
		mvc.perform(get(BASE + "/99999999").with(user(MANAGER))).andExpect(status().isNotFound());
		mvc.perform(
				get(BASE + "/new").param("neighbourhood", "greenhill").param("edition", "<script>").with(user(MANAGER)))
			.andExpect(status().isOk());
	}

}
