package org.nmhub.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmhub.shared.LsoaVintage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official ONS lookups and boundary files import as published; a file with any bad
 * row is refused whole, naming row and column, and nothing is written.
 */
@SpringBootTest
class GeographyImportIntegrationTests {

	private static final String LSOA11_LOOKUP = "lookups/lsoa11_msoa11_ward17_lad21_england_wales.csv";

	private static final String LSOA21_LOOKUP = "lookups/lsoa21_ward24_lad24_england_wales.csv";

	private static final String LSOA21_BOUNDARIES = "geo/lsoa21_leicestershire_leicester.geojson";

	private static final String LSOA11_BOUNDARIES = "geo/lsoa11_leicestershire_leicester.geojson";

	@Autowired
	private GeographyImport imports;

	@Autowired
	private GeographyRepository repository;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionOperations transactions;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void loadTheOfficialFiles() throws IOException {
		GeographyTestFiles.loadAll(imports);
	}

	/** Everything an import can write, to prove that a refused one wrote nothing. */
	private List<Long> state() {
		return jdbc.sql("""
				select (select count(*) from places_lsoas),
				       (select count(geometry) from places_lsoas),
				       (select count(*) from places_lsoa_changes),
				       (select count(*) from places_boundaries),
				       (select count(*) from places_geography_imports),
				       (select count(*) from audit_entries),
				       (select coalesce(sum(hashtext(name || coalesce(ward_name, ''))), 0) from places_lsoas)
				""").query((rs, n) -> {
			List<Long> values = new ArrayList<>();
			for (int i = 1; i <= 7; i++) {
				values.add(rs.getLong(i));
			}
			return values;
		}).single();
	}

	@Test
	void englandLookupsGiveEveryEnglishLsoaOfEachVintageAndSkipWelshRows() {
		assertThat(repository.lsoaCodes(LsoaVintage.LSOA2001)).hasSize(32_482);
		assertThat(repository.lsoaCodes(LsoaVintage.LSOA2011)).hasSize(32_844);
		assertThat(repository.lsoaCodes(LsoaVintage.LSOA2021)).hasSize(33_755);
		assertThat(repository.lsoaCodes(LsoaVintage.LSOA2011)).allMatch(code -> code.startsWith("E01"));
		assertThat(jdbc.sql("select rows_written, rows_skipped from places_geography_imports where kind = :k")
			.param("k", GeographyFileKind.LSOA11_LOOKUP.name())
			.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2)))
			.single()).containsExactly(32_844, 1_909);
		assertThat(jdbc.sql("select count(*) from places_lsoas where vintage = 2021 and msoa_code is null")
			.query(Long.class)
			.single()).as("every 2021 LSOA has its MSOA from the second 2021 lookup").isZero();
	}

	@Test
	void boundaryFilesGivePolygonsToEveryLeicestershireAndLeicesterLsoa() {
		assertThat(jdbc.sql("select vintage, count(geometry) from places_lsoas group by vintage order by vintage")
			.query((rs, n) -> rs.getInt(1) + ":" + rs.getLong(2))
			.list()).containsExactly("2001:583", "2011:588", "2021:608");
		assertThat(jdbc.sql("select layer || vintage || ':' || count(*) from places_boundaries group by layer, vintage")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("district2024:8", "msoa2011:120", "msoa2021:122", "ward2013:155",
					"ward2022:166");
	}

	@Test
	void everyImportKeepsItsProvenance() {
		assertThat(repository.imports()).hasSizeGreaterThanOrEqualTo(PlacesGeographyDemoData.FILES.size())
			.allSatisfy(i -> {
				assertThat(i.sha256()).hasSize(64);
				assertThat(i.publisher()).isEqualTo("Office for National Statistics");
				assertThat(i.licence()).contains("Open Government Licence v3.0");
				assertThat(i.importedBy()).isNotBlank();
			});
		assertThat(repository.imports()).filteredOn(i -> i.fileName().endsWith(".geojson"))
			.allSatisfy(i -> assertThat(i.licence()).contains("Contains OS data © Crown copyright"));
	}

	@Test
	void reimportingTheSameFileChangesNothing() throws IOException {
		List<Long> before = state();
		GeographyImport.Outcome again = GeographyTestFiles.load(imports, LSOA11_LOOKUP);
		assertThat(again.status()).isEqualTo(GeographyImport.Status.ALREADY_IMPORTED);
		assertThat(again.summary()).contains("already imported");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void reimportingTheSameDataInAnotherFileWritesProvenanceButChangesNoRows() throws IOException {
		String text = GeographyTestFiles.text(LSOA21_LOOKUP).replace("\n", "\r\n");
		List<Long> before = state();
		GeographyImport.Outcome outcome = GeographyTestFiles.importText(imports, "crlf-copy.csv", text);
		if (outcome.status() == GeographyImport.Status.ALREADY_IMPORTED) {
			return; // an earlier test run in this JVM imported the CRLF copy
		}
		assertThat(outcome.status()).isEqualTo(GeographyImport.Status.IMPORTED);
		assertThat(outcome.rows()).isEqualTo(33_755);
		assertThat(outcome.changed()).isZero();
		assertThat(outcome.welshRowsSkipped()).isEqualTo(1_917);
		assertThat(outcome.summary()).contains("1917 Welsh rows skipped");
		List<Long> after = state();
		assertThat(after.get(0)).isEqualTo(before.get(0));
		assertThat(after.get(6)).isEqualTo(before.get(6));
		assertThat(after.get(4)).isEqualTo(before.get(4) + 1);
	}

	@Test
	void refusesABoundaryFileWithAnLsoaNotInTheLookupOfItsVintage() throws IOException {
		String text = GeographyTestFiles.text(LSOA11_BOUNDARIES);
		String seventeenth = nthCode(text, "LSOA11CD", 17);
		String bad = text.replace("\"LSOA11CD\": \"" + seventeenth + "\"", "\"LSOA11CD\": \"E01099999\"");
		assertThat(bad).isNotEqualTo(text);
		List<Long> before = state();

		GeographyImport.Outcome outcome = GeographyTestFiles.importText(imports, "lsoa11-bad.geojson", bad);

		assertThat(outcome.refused()).isTrue();
		assertThat(outcome.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(17);
			assertThat(p.column()).isEqualTo("LSOA11CD");
			assertThat(p.message()).contains("E01099999 is not a 2011 LSOA").contains("import the ONS lookup first");
		});
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void refusesABoundaryFileOfTheWrongVintageSayingWhichVintageItsCodesBelongTo() throws IOException {
		Set<String> only2021 = new HashSet<>(repository.lsoaCodes(LsoaVintage.LSOA2021));
		only2021.removeAll(repository.lsoaCodes(LsoaVintage.LSOA2011));
		String code2021 = only2021.stream().sorted().findFirst().orElseThrow();
		String text = GeographyTestFiles.text(LSOA11_BOUNDARIES);
		String bad = text.replace("\"LSOA11CD\": \"" + nthCode(text, "LSOA11CD", 3) + "\"",
				"\"LSOA11CD\": \"" + code2021 + "\"");
		List<Long> before = state();

		GeographyImport.Outcome outcome = GeographyTestFiles.importText(imports, "lsoa11-mixed.geojson", bad);

		assertThat(outcome.problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains(code2021 + " is not a 2011 LSOA (it is a 2021 LSOA"));
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void refusesALookupWithABadCodeAndADuplicateRowAndWritesNoneOfItsGoodRows() throws IOException {
		List<String> lines = new ArrayList<>(GeographyTestFiles.text(LSOA21_LOOKUP).lines().limit(40).toList());
		// Every good row renames its LSOA, so any write would show.
		for (int i = 1; i < lines.size(); i++) {
			lines.set(i, lines.get(i).replaceFirst("^(\"E01\\d{6}\",\")", "$1Renamed "));
		}
		lines.set(16, lines.get(16).replaceFirst("^\"E01\\d{6}\"", "\"E01X\""));
		lines.add(lines.get(5));
		List<Long> before = state();

		GeographyImport.Outcome outcome = GeographyTestFiles.importText(imports, "lookup-bad.csv",
				String.join("\n", lines));

		assertThat(outcome.refused()).isTrue();
		assertThat(outcome.problems()).extracting(ImportProblem::describe)
			.containsExactly("Row 17, column LSOA21CD: \"E01X\" is not an LSOA code (E01 and six digits)",
					"Row 41, column LSOA21CD: " + lines.get(5).substring(1, 10) + " appears more than once");
		assertThat(state()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from places_lsoas where name like 'Renamed %'").query(Long.class).single())
			.isZero();
	}

	@Test
	void refusesALookupWithAMissingColumnNamingIt() throws IOException {
		List<String> lines = GeographyTestFiles.text(LSOA11_LOOKUP).lines().limit(20).map(line -> {
			List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
			fields.remove(2); // MSOA11CD
			return String.join(",", fields);
		}).toList();
		List<Long> before = state();

		GeographyImport.Outcome outcome = GeographyTestFiles.importText(imports, "no-msoa.csv",
				String.join("\n", lines));

		assertThat(outcome.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.column()).isEqualTo("MSOA11CD");
			assertThat(p.message()).contains("column MSOA11CD is missing");
		});
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void refusesAFileThatIsNotUtf8NamingTheRow() throws IOException {
		String text = String.join("\n", GeographyTestFiles.text(LSOA21_LOOKUP).lines().limit(10).toList()) + "\n"
				+ "\"E01099998\",\"Ashby-de-la-Zouch Caf\u00e9 001A\",\"E05000001\",\"Ward\",\"E07000134\","
				+ "\"North West Leicestershire\"\n";
		List<Long> before = state();

		GeographyImport.Outcome outcome = GeographyTestFiles.importBytes(imports, "latin1.csv",
				text.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(outcome.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(11);
			assertThat(p.message()).contains("not UTF-8").contains("0xE9");
		});
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void refusesAFileOverTheSizeLimit() throws IOException {
		GeographyImport small = new GeographyImport(repository, events, transactions, DataSize.ofKilobytes(64));
		List<Long> before = state();

		GeographyImport.Outcome outcome = GeographyTestFiles.load(small, LSOA21_BOUNDARIES);

		assertThat(outcome.problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("larger than the 64 KB limit"));
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void refusesAFileItCannotRecogniseListingTheColumnsFoundAndExpected() throws IOException {
		List<Long> before = state();

		GeographyImport.Outcome outcome = GeographyTestFiles.load(imports, "crime/2021-04-leicestershire-street.csv");

		assertThat(outcome.problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("does not recognise this file")
				.contains("Crime ID, Month, Reported by")
				.contains("LSOA11CD, LSOA11NM, MSOA11CD"));
		assertThat(state()).isEqualTo(before);
	}

	private static String nthCode(String geojson, String property, int n) {
		String marker = "\"" + property + "\": \"";
		int at = -1;
		for (int i = 0; i < n; i++) {
			at = geojson.indexOf(marker, at + 1);
		}
		return geojson.substring(at + marker.length(), at + marker.length() + 9);
	}

}
