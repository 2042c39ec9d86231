package org.nmhub.indicators;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.jspecify.annotations.Nullable;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partnership's own indicators imported from any file, on the real police.uk street
 * file: crimes counted by LSOA and month, rows with no location left out and counted, bad
 * files refused with nothing written, re-imports changing nothing, and each dataset seen
 * only by its own partnership.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LocalImportIntegrationTests {

	private static final String CRIME = "crime/2021-04-leicestershire-street.csv";

	@Autowired
	private LocalImport localImport;

	@Autowired
	private Geography geography;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	private LocalImport.Importer county;

	@BeforeEach
	void holdThe2011Lsoas() {
		LsoaFixture.ensureLsoas(jdbc, LsoaVintage.LSOA2011);
		long id = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		county = new LocalImport.Importer(id, null, "Local import test");
	}

	private static LocalMapping countRows(String name, String filterColumn, String filterValue) {
		return new LocalMapping("LSOA code", "Month", null, null, filterColumn, filterValue, null, null,
				LsoaVintage.LSOA2011, name, Measure.COUNT, Polarity.HIGHER_IS_WORSE, Aggregation.SUM, "police.uk",
				"Open Government Licence v3.0");
	}

	private static LocalMapping valueColumn(String column) {
		return new LocalMapping("LSOA code", "Month", null, column, null, null, null, null, LsoaVintage.LSOA2011,
				"Test values", Measure.RATE, Polarity.HIGHER_IS_WORSE, Aggregation.POPULATION_WEIGHTED_MEAN,
				"Test publisher", "Test licence");
	}

	private LocalDataset imported(LocalImport.Outcome outcome) {
		if (outcome instanceof LocalImport.Imported imported) {
			return imported.dataset();
		}
		assertThat(outcome).isInstanceOf(LocalImport.AlreadyImported.class);
		return ((LocalImport.AlreadyImported) outcome).dataset();
	}

	private BigDecimal total(long datasetId) {
		return jdbc.sql("select coalesce(sum(value), 0) from indicator_local_values where dataset_id = :d")
			.param("d", datasetId)
			.query(BigDecimal.class)
			.single();
	}

	private long rows(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/**
	 * [rows with a known 2011 LSOA, rows with no LSOA code] of the crime file, of one
	 * crime type or of every type.
	 */
	private long[] crimeRows(@Nullable String crimeType) throws IOException {
		Set<String> codes = geography.lsoaCodes(LsoaVintage.LSOA2011);
		long[] counts = new long[2];
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(RealData.file(CRIME))) {
			for (NamedCsvRecord row : csv) {
				if (crimeType != null && !crimeType.equals(row.getField("Crime type"))) {
					continue;
				}
				String code = row.getField("LSOA code").trim();
				if (code.isEmpty()) {
					counts[1]++;
				}
				else if (codes.contains(code)) {
					counts[0]++;
				}
			}
		}
		return counts;
	}

	@Test
	void countsEveryCrimeWithAKnownLsoaByLsoaAndMonthLeavingOutThoseWithNoLocation() throws IOException {
		long[] expected = crimeRows(null);
		byte[] bytes = Files.readAllBytes(RealData.file(CRIME));

		long started = System.nanoTime();
		LocalDataset dataset = imported(localImport.importFile("2021-04-leicestershire-street.csv", bytes,
				countRows("All street crime", null, null), county));
		System.out.println("Imported " + CRIME + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");

		assertThat(total(dataset.id())).isEqualByComparingTo(BigDecimal.valueOf(expected[0]));
		assertThat(dataset.rowsWithoutArea()).isEqualTo(expected[1]).isPositive();
		assertThat(dataset.fileRows()).isEqualTo(expected[0] + expected[1] + dataset.rowsOutsideEngland());
		assertThat(dataset.firstPeriod()).isEqualTo("2021-04");
		assertThat(dataset.lastPeriod()).isEqualTo("2021-04");
		assertThat(dataset.publisher()).isEqualTo("police.uk");
		assertThat(dataset.sha256()).hasSize(64);
		assertThat(jdbc
			.sql("select count(*) from audit_entries where record_type = 'indicator_local_dataset' "
					+ "and record_id = :id")
			.param("id", String.valueOf(dataset.id()))
			.query(Long.class)
			.single()).isEqualTo(1);

		long values = rows("indicator_local_values");
		long datasets = rows("indicator_local_datasets");
		LocalImport.Outcome again = localImport.importFile("2021-04-leicestershire-street.csv", bytes,
				countRows("All street crime again", null, null), county);
		assertThat(again).isInstanceOf(LocalImport.AlreadyImported.class);
		assertThat(((LocalImport.AlreadyImported) again).dataset().id()).isEqualTo(dataset.id());
		assertThat(rows("indicator_local_values")).isEqualTo(values);
		assertThat(rows("indicator_local_datasets")).isEqualTo(datasets);
	}

	@Test
	void countsOnlyTheRowsOfTheChosenCrimeType() throws IOException {
		long[] expected = crimeRows("Burglary");
		LocalDataset dataset = imported(localImport.importFile("2021-04-leicestershire-street.csv",
				Files.readAllBytes(RealData.file(CRIME)), countRows("Burglary", "Crime type", "Burglary"), county));

		assertThat(total(dataset.id())).isEqualByComparingTo(BigDecimal.valueOf(expected[0])).isPositive();
		assertThat(dataset.rowsFilteredOut()).isPositive();
	}

	private LocalImport.Outcome importCsv(List<String> lines, LocalMapping mapping) {
		return localImport.importFile("test.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8), mapping,
				county);
	}

	/**
	 * A heading row and 20 rows of known 2011 LSOAs with values, so data row 16 is row
	 * 17.
	 */
	private List<String> goodFile() {
		List<String> codes = geography.lsoaCodes(LsoaVintage.LSOA2011)
			.stream()
			.filter(c -> c.startsWith("E"))
			.sorted()
			.limit(20)
			.toList();
		List<String> lines = new ArrayList<>();
		lines.add("LSOA code,Month,Value");
		for (int i = 0; i < codes.size(); i++) {
			lines.add(codes.get(i) + ",2021-04," + (i + 1) + ".5");
		}
		return lines;
	}

	private void assertRefused(LocalImport.Outcome outcome, String problem) {
		assertThat(outcome).isInstanceOf(LocalImport.Refused.class);
		assertThat(((LocalImport.Refused) outcome).problems()).extracting(ImportProblem::toString).contains(problem);
	}

	@Test
	void refusesABadFileNamingTheRowAndColumnAndWritesNothing() {
		long values = rows("indicator_local_values");
		long datasets = rows("indicator_local_datasets");

		List<String> unknown = goodFile();
		unknown.set(16, "E01099999,2021-04,3");
		assertRefused(importCsv(unknown, valueColumn("Value")),
				"Row 17, column LSOA code: E01099999 is not a 2011 LSOA");

		List<String> notANumber = goodFile();
		notANumber.set(5, notANumber.get(5).replaceFirst(",[^,]*$", ",lots"));
		assertRefused(importCsv(notANumber, valueColumn("Value")), "Row 6, column Value: 'lots' is not a number");

		List<String> duplicate = goodFile();
		duplicate.set(9, duplicate.get(2));
		String code = duplicate.get(2).substring(0, duplicate.get(2).indexOf(','));
		assertRefused(importCsv(duplicate, valueColumn("Value")),
				"Row 10, column LSOA code: " + code + " in 2021-04 appears again (it is first on row 3)");

		LocalImport.Outcome missing = importCsv(goodFile(), valueColumn("Rate"));
		assertThat(missing).isInstanceOf(LocalImport.Refused.class);
		assertThat(((LocalImport.Refused) missing).problems().get(0).toString())
			.startsWith("Row 1, column Rate: the column chosen for the value is not in the file");

		List<String> badPeriod = goodFile();
		badPeriod.set(4, badPeriod.get(4).replace("2021-04", "April 2021"));
		assertRefused(importCsv(badPeriod, valueColumn("Value")),
				"Row 5, column Month: 'April 2021' is not a month (2021-04), a year (2021) or a financial year (2021/22)");

		byte[] latin1 = String.join("\n", goodFile())
			.replace("LSOA code", "LSOA cod\u00e9")
			.getBytes(StandardCharsets.ISO_8859_1);
		LocalImport.Outcome notUtf8 = localImport.importFile("latin1.csv", latin1, valueColumn("Value"), county);
		assertThat(notUtf8).isInstanceOf(LocalImport.Refused.class);
		assertThat(((LocalImport.Refused) notUtf8).problems().get(0).toString()).contains("not UTF-8");

		byte[] good = String.join("\n", goodFile()).getBytes(StandardCharsets.UTF_8);
		LocalImport.Outcome oversized = localImport.importFile("big.csv", good, valueColumn("Value"), county, 100);
		assertThat(oversized).isInstanceOf(LocalImport.Refused.class);
		assertThat(((LocalImport.Refused) oversized).problems().get(0).toString())
			.contains("the largest file NM Hub imports is");

		assertThat(rows("indicator_local_values")).isEqualTo(values);
		assertThat(rows("indicator_local_datasets")).isEqualTo(datasets);
	}

	@Test
	void acceptsYearsAndFinancialYearsAndImportsNumeratorsAndDenominators() {
		List<String> lines = goodFile().stream().limit(4).toList();
		List<String> withParts = new ArrayList<>();
		withParts.add("LSOA code,Year,Value,Cases,Population");
		withParts.add(lines.get(1).split(",")[0] + ",2021/22,2.5,5,200");
		withParts.add(lines.get(2).split(",")[0] + ",2021/22,1,2,200");
		withParts.add(lines.get(3).split(",")[0] + ",2022,1,2,200");
		LocalMapping mapping = new LocalMapping("LSOA code", "Year", null, "Value", null, null, "Cases", "Population",
				LsoaVintage.LSOA2011, "Rate per 100", Measure.RATE, Polarity.HIGHER_IS_WORSE,
				Aggregation.POPULATION_WEIGHTED_MEAN, "Test", "Test licence");
		LocalDataset dataset = imported(importCsv(withParts, mapping));

		assertThat(dataset.valueCount()).isEqualTo(3);
		assertThat(dataset.firstPeriod()).isEqualTo("2021/22");
		assertThat(LocalImport.isPeriod("2021/23")).isFalse();
		assertThat(LocalImport.isPeriod("2021-13")).isFalse();
		assertThat(LocalImport.isPeriod("1999/00")).isTrue();
	}

	@Test
	void neighbourhoodProfileShowsTheNeighbourhoodsFigureOfTheLatestPeriod() throws Exception {
		String manager = DemoUsers.email("manager", DemoUsers.COUNTY);
		mvc.perform(post("/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill/area").param("vintage", "2011")
			.param("validFrom", "2026-04-01")
			.param("lsoaCodes", "E01025932 E01025933")
			.param("reason", "Greenhill ward's two LSOAs")
			.with(user(manager))
			.with(csrf())).andExpect(status().is3xxRedirection());
		LocalDataset dataset = imported(localImport.importFile("2021-04-leicestershire-street.csv",
				Files.readAllBytes(RealData.file(CRIME)), countRows("Burglary", "Crime type", "Burglary"), county));
		long expected = 0;
		try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(RealData.file(CRIME))) {
			for (var row : csv) {
				if (List.of("E01025932", "E01025933").contains(row.getField("LSOA code"))
						&& row.getField("Crime type").equals("Burglary")) {
					expected++;
				}
			}
		}
		String page = mvc
			.perform(get("/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill/profile").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String table = page.substring(page.indexOf("data-testid=\"local-figures\""));
		String row = table.substring(table.indexOf("/indicators/local/" + dataset.id() + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("2021-04", ">" + expected + "<", ">" + total(dataset.id()).toPlainString() + "<");
	}

	@Test
	void boardMembersCannotImportAndOtherPartnershipsCannotSeeTheDataset() throws Exception {
		LocalDataset dataset = imported(importCsv(goodFile(), valueColumn("Value")));
		String board = DemoUsers.email("board", DemoUsers.COUNTY);
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/indicators/local/upload").with(user(board)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/p/" + DemoUsers.COUNTY + "/indicators/local/upload").with(user(board)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/indicators/local/" + dataset.id()).with(user(board)))
			.andExpect(status().isOk());
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/indicators/local/upload")
			.with(user(DemoUsers.email("performance", DemoUsers.COUNTY)))).andExpect(status().isOk());

		String cityAdministrator = DemoUsers.email("administrator", DemoUsers.CITY);
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/indicators/local/" + dataset.id()).with(user(cityAdministrator)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/p/" + DemoUsers.CITY + "/indicators/local/" + dataset.id()).with(user(cityAdministrator)))
			.andExpect(status().isNotFound());
	}

}
