package org.nmhub.intelligence;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.nmhub.RealData;
import org.nmhub.access.PartnershipId;
import org.nmhub.indicators.Indicators;
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

/**
 * The hotspot view reads police.uk street-level crime through the indicators module's
 * public API once the file is imported as a local indicator, and counts it by LSOA and
 * month as the file does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HotspotIntegrationTests {

	private static final String ADMINISTRATOR = "administrator@leicestershire-together.example";

	private static final String CRIME = "crime/2021-04-leicestershire-street.csv";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Geography geography;

	@Autowired
	private Indicators indicators;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void crimeIsCountedByLsoaForTheMonthBesideTheItems() throws Exception {
		RealData.directory();
		String mapping = mvc
			.perform(post("/p/leicestershire-together/indicators/local/upload").with(csrf())
				.with(user(ADMINISTRATOR))
				.param("officialFile", CRIME))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(mapping).contains("/indicators/local/mapping/");
		String dataset = mvc
			.perform(post(mapping).with(csrf())
				.with(user(ADMINISTRATOR))
				.param("areaColumn", "LSOA code")
				.param("periodColumn", "Month")
				.param("fixedPeriod", "")
				.param("valueColumn", "")
				.param("filterColumn", "")
				.param("filterValue", "")
				.param("numeratorColumn", "")
				.param("denominatorColumn", "")
				.param("vintage", "2011")
				.param("name", "All street crime (hotspot test)")
				.param("measure", "COUNT")
				.param("polarity", "HIGHER_IS_WORSE")
				.param("publisher", "police.uk (Home Office)")
				.param("licence", "Open Government Licence v3.0"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long datasetId = Long.parseLong(dataset.replaceAll(".*/", ""));

		Set<String> district = geography.lsoasInDistrict(LsoaVintage.LSOA2011, "E07000134")
			.stream()
			.map(l -> l.code())
			.collect(Collectors.toSet());
		Map<String, Integer> expected = new HashMap<>();
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(RealData.file(CRIME))) {
			for (NamedCsvRecord row : csv) {
				if (district.contains(row.getField("LSOA code"))) {
					expected.merge(row.getField("LSOA code"), 1, Integer::sum);
				}
			}
		}
		assertThat(expected).isNotEmpty();
		String busiest = expected.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();

		String page = mvc
			.perform(get("/p/leicestershire-together/intelligence/hotspots").param("district", "E07000134")
				.param("month", "2021-04")
				.param("dataset", String.valueOf(datasetId))
				.with(user(ADMINISTRATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("data-testid=\"crime-map\"", "data-testid=\"items-map\"", "<svg");
		Matcher row = Pattern.compile("\\(" + busiest + "\\)</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>")
			.matcher(page);
		assertThat(row.find()).as("a row for " + busiest).isTrue();
		assertThat(Integer.parseInt(row.group(2))).isEqualTo(expected.get(busiest));

		long city = jdbc.sql("select id from partnerships where slug = 'leicester-partnership'")
			.query(Long.class)
			.single();
		assertThat(indicators.localValues(new PartnershipId(city), datasetId))
			.as("another partnership's dataset is not readable")
			.isEmpty();
	}

}
