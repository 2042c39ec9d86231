package org.nmhub;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Every importer, through its upload page, fed real files mutated at random (seeded, see
 * {@link FuzzFiles}) and hostile shapes: the answer is never a 500 or an exception, a
 * refused file changes no row in any table, and each file is answered within a generous
 * bound (a hang guard, not a speed test). Runs on its own embedded database, as accepted
 * mutants write.
 */
@SpringBootTest(properties = { "nmhub.home-dir=target/fuzz-data", "nmhub.database.clean-on-start=true" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportFuzzTests {

	private static final String COUNTY = "/p/" + DemoUsers.COUNTY;

	private static final String ADMINISTRATOR = DemoUsers.email("administrator", DemoUsers.COUNTY);

	private static final String OFFICER = DemoUsers.email("performance", DemoUsers.COUNTY);

	private static final Duration HANG_GUARD = Duration.ofSeconds(600);

	/**
	 * Tables written by sign-in, sessions, the scheduler or upload staging, not by
	 * imports.
	 */
	private static final List<String> NOT_COUNTED = List.of("spring_session", "spring_session_attributes",
			"scheduled_tasks", "mail_outbox", "indicator_upload_staging", "flyway_schema_history");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void holdTheLsoasOfEngland() throws Exception {
		RealData.directory();
		byte[] lookup = Files.readAllBytes(RealData.file("lookups/lsoa11_msoa11_ward17_lad21_england_wales.csv"));
		MockHttpServletResponse response = upload(COUNTY + "/geography/uploads", ADMINISTRATOR,
				"lsoa11_msoa11_ward17_lad21_england_wales.csv", lookup);
		assertThat(response.getStatus()).isIn(200, 302);
	}

	@Test
	void indicesOfDeprivationImport() throws Exception {
		byte[] csv = Files.readAllBytes(RealData.file("iod/iod2019_subdomains_lsoa11_leicestershire_leicester.csv"));
		fuzz("IoD", COUNTY + "/indicators/import", ADMINISTRATOR, "iod2019_subdomains_lsoa11.csv", csv, true);
	}

	@Test
	void onsLookupImport() throws Exception {
		byte[] csv = head(Files.readAllBytes(RealData.file("lookups/lsoa21_ward24_lad24_england_wales.csv")), 2000);
		fuzz("ONS lookup", COUNTY + "/geography/uploads", ADMINISTRATOR, "lsoa21_ward24_lad24.csv", csv, false);
	}

	@Test
	void boundaryGeoJsonImport() throws Exception {
		byte[] geojson = Files.readAllBytes(RealData.file("geo/lad24_leicestershire_leicester.geojson"));
		fuzz("boundary GeoJSON", COUNTY + "/geography/uploads", ADMINISTRATOR, "lad24.geojson", geojson, false);
	}

	@Test
	void localIndicatorUpload() throws Exception {
		byte[] csv = head(Files.readAllBytes(
				RealData.file("census/census2021_ts011_household_deprivation_lsoa21_leicestershire_leicester.csv")),
				300);
		fuzz("local indicators", COUNTY + "/indicators/local/upload", ADMINISTRATOR, "households.csv", csv, true);
	}

	@Test
	void surveyResultsImport() throws Exception {
		StringBuilder csv = new StringBuilder("Neighbourhood,Year,Measure,Percent,Sample size\n");
		Random random = new Random(FuzzFiles.seed());
		for (int i = 0; i < 60; i++) {
			csv.append("Greenhill,")
				.append(2005 + i % 5)
				.append(",Fuzz measure ")
				.append(i % 7)
				.append(',')
				.append(random.nextInt(101))
				.append(',')
				.append(10 + random.nextInt(2000))
				.append('\n');
		}
		fuzz("survey results", COUNTY + "/engagement/surveys", ADMINISTRATOR, "survey.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), true);
	}

	@Test
	void laaFrameworkImport() throws Exception {
		long version = jdbc.sql("""
				select v.id from performance_versions v join partnerships p on p.id = v.partnership_id
				where p.slug = :s order by (v.signed_on is null) desc, v.version_no desc limit 1""")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		String base = COUNTY + "/performance/versions/" + version;
		byte[] csv = mvc.perform(get(base + "/export.csv").with(user(OFFICER)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "")).startsWith("block_code");
		fuzz("LAA framework", base + "/import", OFFICER, "framework.csv", csv, true);
	}

	private void fuzz(String importer, String path, String who, String fileName, byte[] seed, boolean xlsxToo)
			throws Exception {
		Random random = new Random(FuzzFiles.seed() ^ importer.hashCode());
		List<FuzzFiles.Case> cases = new ArrayList<>();
		String heading = new String(seed, StandardCharsets.UTF_8).lines().findFirst().orElse("");
		cases.add(new FuzzFiles.Case("the real file", fileName, seed));
		cases.addAll(FuzzFiles.hostile(fileName, heading, random));
		cases.addAll(FuzzFiles.textMutants(fileName, seed, random, FuzzFiles.mutantsPerSeed()));
		if (xlsxToo) {
			byte[] xlsx = FuzzFiles.xlsx(seed, 400);
			String xlsxName = fileName.replaceFirst("\\.[^.]+$", ".xlsx");
			cases.add(new FuzzFiles.Case("the real file as XLSX", xlsxName, xlsx));
			cases.addAll(FuzzFiles.xlsxMutants(xlsxName, xlsx, random, FuzzFiles.mutantsPerSeed() / 2));
		}
		List<String> failures = new ArrayList<>();
		int accepted = 0;
		long slowest = 0;
		for (FuzzFiles.Case file : cases) {
			Map<String, Long> before = rowCounts();
			long started = System.nanoTime();
			MockHttpServletResponse response;
			try {
				response = assertTimeoutPreemptively(HANG_GUARD, () -> upload(path, who, file.fileName(), file.bytes()),
						() -> importer + ": " + file + " was not answered within " + HANG_GUARD);
			}
			catch (Exception | StackOverflowError | OutOfMemoryError ex) {
				failures.add(file + ": threw " + ex);
				continue;
			}
			slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
			int status = response.getStatus();
			if (status >= 500) {
				failures.add(file + ": HTTP " + status);
				continue;
			}
			if (status == 302) {
				accepted++;
				continue;
			}
			String page = response.getContentAsString(StandardCharsets.UTF_8);
			if (status == 200 && !page.contains("govuk-error-summary")) {
				failures.add(file + ": HTTP 200 without a problem list");
			}
			Map<String, Long> after = rowCounts();
			if (!after.equals(before)) {
				failures.add(file + ": refused (HTTP " + status + ") but rows changed: " + changed(before, after));
			}
		}
		System.out.println(
				String.format("%s: %d files (seed %d), %d accepted, %d refused cleanly, slowest %d ms, %d failures",
						importer, cases.size(), FuzzFiles.seed(), accepted, cases.size() - accepted - failures.size(),
						slowest, failures.size()));
		assertThat(failures).as(importer + " with seed " + FuzzFiles.seed()).isEmpty();
	}

	private MockHttpServletResponse upload(String path, String who, String fileName, byte[] bytes) throws Exception {
		return mvc
			.perform(multipart(path).file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
				.with(csrf())
				.with(user(who)))
			.andReturn()
			.getResponse();
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select table_name,
				       (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I', table_name),
				        false, true, '')))[1]::text::bigint as c
				from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'
				order by table_name""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.filter(e -> !NOT_COUNTED.contains(e.getKey()))
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	private static String changed(Map<String, Long> before, Map<String, Long> after) {
		StringBuilder text = new StringBuilder();
		after.forEach((table, count) -> {
			if (!Objects.equals(before.get(table), count)) {
				text.append(table).append(' ').append(before.get(table)).append("→").append(count).append("; ");
			}
		});
		return text.toString();
	}

	private static byte[] head(byte[] bytes, int lines) {
		int seen = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n' && ++seen == lines) {
				return java.util.Arrays.copyOf(bytes, i + 1);
			}
		}
		return bytes;
	}

}
