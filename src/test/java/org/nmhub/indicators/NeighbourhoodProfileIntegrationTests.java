package org.nmhub.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.RealData;
import org.nmhub.access.Partnerships;
import org.nmhub.places.Geography;
import org.nmhub.shared.LsoaVintage;

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
 * The profile aggregates each indicator as its kind allows, with figures checked against
 * the official file itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NeighbourhoodProfileIntegrationTests {

	private static final String GREENHILL = "/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill";

	private static final String MANAGER = DemoUsers.email("manager", DemoUsers.COUNTY);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Geography geography;

	@Autowired
	private Partnerships partnerships;

	@BeforeEach
	void greenhillIsDrawnFromItsTwoLsoas() throws Exception {
		RealData.directory();
		assertThat(geography.lsoaCodes(LsoaVintage.LSOA2011)).as("the demo loads the 2011 LSOAs").contains("E01025932");
		mvc.perform(post(GREENHILL + "/area").param("vintage", "2011")
			.param("validFrom", "2026-04-01")
			.param("lsoaCodes", "E01025932 E01025933")
			.param("reason", "Greenhill ward's two LSOAs")
			.with(user(MANAGER))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	private String profile(String edition) throws Exception {
		return mvc.perform(get(GREENHILL + "/profile").param("edition", edition).with(user(MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The two Greenhill rows of the combined IoD 2019 file, as published. */
	private static Map<String, NamedCsvRecord> greenhill2019() throws Exception {
		Map<String, NamedCsvRecord> rows = new HashMap<>();
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
			.ofNamedCsvRecord(RealData.file("iod/iod2019_lsoa11_england_combined.csv"))) {
			for (NamedCsvRecord row : csv) {
				if (row.getField("lsoa11cd").equals("E01025932") || row.getField("lsoa11cd").equals("E01025933")) {
					rows.put(row.getField("lsoa11cd"), row);
				}
			}
		}
		return rows;
	}

	@Test
	void scoresArePopulationWeightedFromTheOfficialDenominators() throws Exception {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal population = BigDecimal.ZERO;
		for (NamedCsvRecord row : greenhill2019().values()) {
			BigDecimal pop = new BigDecimal(row.getField("pop_total_mid2015"));
			weighted = weighted.add(new BigDecimal(row.getField("imd_score")).multiply(pop));
			population = population.add(pop);
		}
		String expected = weighted.divide(population, 2, RoundingMode.HALF_UP).toPlainString();
		String page = profile("iod2019");
		assertThat(page).contains("2 LSOAs of 2011", "weighted by each LSOA");
		assertThat(rowOf(page, "imd_score")).contains(expected);
	}

	@Test
	void ranksAndDecilesAreShownAsADistributionNeverAnAverage() throws Exception {
		Map<String, NamedCsvRecord> rows = greenhill2019();
		long inFirstDecile = rows.values().stream().filter(r -> r.getField("imd_decile").equals("1")).count();
		String row = rowOf(profile("iod2019"), "imd_decile");
		assertThat(row).contains(inFirstDecile * 100 / rows.size() + ".0%");
		int[] counts = new int[10];
		rows.values().forEach(r -> counts[Integer.parseInt(r.getField("imd_decile")) - 1]++);
		String distribution = String.join(" · ", java.util.Arrays.stream(counts).mapToObj(String::valueOf).toList());
		assertThat(row).contains(distribution);
	}

	@Test
	void englandComparatorIsTheShareOfAllLsoasInTheMostDeprivedTenth() throws Exception {
		long all = 0;
		long first = 0;
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
			.ofNamedCsvRecord(RealData.file("iod/iod2019_lsoa11_england_combined.csv"))) {
			for (NamedCsvRecord row : csv) {
				all++;
				first += row.getField("imd_decile").equals("1") ? 1 : 0;
			}
		}
		String expected = BigDecimal.valueOf(first * 100).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP)
				+ "%";
		assertThat(rowOf(profile("iod2019"), "imd_decile")).contains(expected);
	}

	@Test
	void otherEditionsCarryTheAreaAcrossVintagesAndShowTheTrend() throws Exception {
		String page2025 = profile("iod2025");
		assertThat(page2025).contains("2 LSOAs of 2021", "Scores are the simple mean");
		String page2004 = profile("iod2004");
		assertThat(page2004).contains("2 LSOAs of 2001", "Carried across from version", "every LSOA was unchanged");
		assertThat(page2004).contains("IoD 2004 (2001 LSOAs)", "IoD 2019 (2011 LSOAs)", "IoD 2025 (2021 LSOAs)");
	}

	@Test
	void carryingAcrossNamesSplitLsoas() throws Exception {
		String split = null;
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
			.ofNamedCsvRecord(RealData.file("lookups/lsoa11_lsoa21_lad22_england_wales.csv"))) {
			for (NamedCsvRecord row : csv) {
				if (row.getField("CHGIND").equals("S") && row.getField("LAD22CD").equals("E06000016")) {
					split = row.getField("LSOA11CD");
					break;
				}
			}
		}
		assertThat(split).as("Leicester has an LSOA split in 2021").isNotNull();
		String splitCode = split;
		AreaCarry.Carried carried = AreaCarry.carry(geography, List.of(splitCode), LsoaVintage.LSOA2011,
				LsoaVintage.LSOA2021);
		assertThat(carried.codes()).hasSizeGreaterThan(1);
		assertThat(carried.changes()).allMatch(note -> note.startsWith(splitCode + " (2011) was split"));
		AreaCarry.Carried back = AreaCarry.carry(geography, carried.codes(), LsoaVintage.LSOA2021,
				LsoaVintage.LSOA2011);
		assertThat(back.codes()).containsExactly(splitCode);
	}

	@Test
	void csvExportHasTheNeighbourhoodDistrictPartnershipAndEngland() throws Exception {
		String csv = mvc.perform(get(GREENHILL + "/profile.csv").param("edition", "iod2019").with(user(MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> imdScore = csv.lines().filter(l -> l.contains(",imd_score,")).toList();
		assertThat(imdScore).hasSize(4);
		assertThat(imdScore.get(0)).contains(",Greenhill,2,");
		assertThat(imdScore.get(1)).contains(",North West Leicestershire,");
		assertThat(imdScore.get(2)).contains(",Leicestershire Together,");
		assertThat(imdScore.get(3)).contains(",England,32844,");
	}

	@Test
	void xlsxExportIsASpreadsheet() throws Exception {
		byte[] xlsx = mvc.perform(get(GREENHILL + "/profile.xlsx").param("edition", "iod2019").with(user(MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("edition");
			assertThat(rows).hasSizeGreaterThan(40);
		}
	}

	@Test
	void evidenceMapColoursEveryLsoaOfTheDistrictAndOutlinesTheNeighbourhood() throws Exception {
		int lsoas = geography.lsoasInDistrict(LsoaVintage.LSOA2011, "E07000134").size();
		String page = mvc
			.perform(get("/p/" + DemoUsers.COUNTY + "/indicators/map").param("edition", "iod2019")
				.param("indicator", "imd_decile")
				.param("district", "E07000134")
				.with(user(MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String table = page.substring(page.indexOf("data-testid=\"map-table\""));
		assertThat(table.split("<tr class=\"govuk-table__row\">").length - 2).isEqualTo(lsoas);
		assertThat(page).contains("<svg", "Greenhill");
		assertThat(profile("iod2019")).contains("data-testid=\"profile-map\"");
	}

	@Test
	void profileFollowsARedrawAtOnceDespiteItsMemo() throws Exception {
		assertThat(profile("iod2019")).contains("2 LSOAs of 2011");
		mvc.perform(post(GREENHILL + "/area").param("vintage", "2011")
			.param("validFrom", "2026-05-01")
			.param("lsoaCodes", "E01025932")
			.param("reason", "Only the estate")
			.with(user(MANAGER))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(profile("iod2019")).contains("1 LSOAs of 2011");
	}

	@Test
	void demoNeighbourhoodsAreDrawnFromTheWardsTheSeedsName() throws Exception {
		String page = mvc.perform(get(GREENHILL).with(user(MANAGER))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("2 LSOAs of 2021", "E01025932", "E01025933",
				"best-fits to the May 2024 ward Greenhill (E05010108)");
	}

	@Test
	void neighbourhoodWithoutAnAreaSaysSo() throws Exception {
		String administrator = DemoUsers.email("administrator", DemoUsers.COUNTY);
		long district = jdbc.sql("select id from places_districts where lad_code = 'E07000134'")
			.query(Long.class)
			.single();
		mvc.perform(post("/p/" + DemoUsers.COUNTY + "/neighbourhoods/new").param("name", "Undrawn Estate")
			.param("districtId", String.valueOf(district))
			.with(user(administrator))
			.with(csrf()));
		String page = mvc
			.perform(get("/p/" + DemoUsers.COUNTY + "/neighbourhoods/undrawn-estate/profile").with(user(administrator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("has not been drawn as LSOAs yet");
	}

	private static String rowOf(String page, String indicator) {
		int start = page.indexOf("data-indicator=\"" + indicator + "\"");
		assertThat(start).as("a row for " + indicator).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

}
