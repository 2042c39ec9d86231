package org.nmhub.indicators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmhub.RealData;
import org.nmhub.shared.LsoaVintage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports of the official Indices of Deprivation files, on the real files: every edition
 * recognised, values exactly as published, bad files refused with nothing written,
 * re-imports changing nothing.
 */
@SpringBootTest
class IodImportIntegrationTests {

	private static final IodImport.Importer ADMIN = new IodImport.Importer(null, "Import test", null);

	@Autowired
	private IodImport iodImport;

	@Autowired
	private Indicators indicators;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@TempDir
	Path temp;

	@BeforeEach
	void holdTheLsoasOfEveryVintage() {
		LsoaFixture.ensureLsoas(jdbc, LsoaVintage.values());
	}

	private IodImport.Outcome importOfficial(String name) throws IOException {
		return iodImport.importFile(name, Files.readAllBytes(RealData.file("iod/" + name)), null, ADMIN);
	}

	private IodImport.Recognised recognise(String name) throws Exception {
		List<ImportProblem> problems = new ArrayList<>();
		IodImport.Recognised file = iodImport
			.recognise(IodTable.read(name, Files.readAllBytes(RealData.file("iod/" + name))), name, null, problems);
		assertThat(problems).as(name).isEmpty();
		return file;
	}

	private static List<String> keys(IodImport.Recognised file) {
		return file.indicators().stream().map(c -> c.definition().key()).toList();
	}

	private long rows(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** A value as the dataset stores it, scale included. */
	private String stored(long datasetId, String area, String indicatorKey) {
		return jdbc.sql("""
				select v."values"[c.position]::text from indicator_values v
				join indicator_dataset_columns c on c.dataset_id = v.dataset_id
				join indicator_definitions d on d.id = c.indicator_id
				where v.dataset_id = :id and v.area_code = :area and d.key = :key
				""").param("id", datasetId).param("area", area).param("key", indicatorKey).query(String.class).single();
	}

	@Test
	void recognisesEveryEditionItsLsoaVintageAndItsIndicators() throws Exception {
		IodImport.Recognised iod2004 = recognise("iod2004_imd_lsoa01_england.csv");
		assertThat(iod2004.edition()).isEqualTo(IodEdition.IOD2004);
		assertThat(iod2004.vintage()).isEqualTo(LsoaVintage.LSOA2001);
		assertThat(keys(iod2004)).containsExactly("imd_score", "imd_rank", "imd_decile");

		assertThat(recognise("iod2007_imd_lsoa01_england.csv").edition()).isEqualTo(IodEdition.IOD2007);

		IodImport.Recognised iod2010 = recognise("iod2010_lsoa01_england.csv");
		assertThat(iod2010.vintage()).isEqualTo(LsoaVintage.LSOA2001);
		assertThat(keys(iod2010)).hasSize(24).contains("barriers_score", "living_environment_decile", "health_rank");

		IodImport.Recognised iod2015 = recognise("iod2015_imd_lsoa11_england.csv");
		assertThat(iod2015.edition()).isEqualTo(IodEdition.IOD2015);
		assertThat(iod2015.vintage()).isEqualTo(LsoaVintage.LSOA2011);

		IodImport.Recognised file2 = recognise("iod2019_File_2_-_IoD2019_Domains_of_Deprivation.csv");
		assertThat(file2.edition()).isEqualTo(IodEdition.IOD2019);
		assertThat(file2.lsoaHeading()).isEqualTo("LSOA code (2011)");
		assertThat(keys(file2)).hasSize(16).contains("imd_rank", "imd_decile", "education_rank", "barriers_decile");
		assertThat(file2.notRecognised()).isEmpty();

		assertThat(keys(recognise("iod2019_File_6_-_IoD2019_Population_Denominators.csv"))).containsExactly(
				"population_total", "population_0_15", "population_16_59", "population_60_plus",
				"population_working_age");
		assertThat(keys(recognise("iod2019_imd_score_lsoa11_england.csv"))).containsExactly("imd_score", "imd_decile");
		assertThat(keys(recognise("iod2019_lsoa11_england_combined.csv"))).hasSize(22);

		IodImport.Recognised iod2025 = recognise("iod2025_lsoa21_england.csv");
		assertThat(iod2025.edition()).isEqualTo(IodEdition.IOD2025);
		assertThat(iod2025.vintage()).isEqualTo(LsoaVintage.LSOA2021);
		assertThat(keys(iod2025)).hasSize(24);

		assertThat(keys(recognise("iod2007_subdomains_lsoa01_leicestershire_leicester.csv"))).hasSize(27)
			.contains("indoors_decile", "adult_skills_rank", "education_score");
		assertThat(keys(recognise("iod2025_subdomains_lsoa21_leicestershire_leicester.csv"))).hasSize(18);
	}

	@Test
	void importsIod2004WithALeicesterLsoasScoreAndRankExactlyAsPublished() throws IOException {
		IodImport.Outcome outcome = importOfficial("iod2004_imd_lsoa01_england.csv");
		assertThat(outcome).isInstanceOfAny(IodImport.Imported.class, IodImport.AlreadyImported.class);
		if (outcome instanceof IodImport.Imported imported) {
			assertThat(imported.dataset().rowCount()).isEqualTo(32_482);
			assertThat(imported.dataset().partialCoverage()).isFalse();
			assertThat(imported.dataset().licence()).contains("Open Government Licence v3.0");
		}
		// "E01013600","00FN","Leicester",50.3,2238,1
		assertThat(indicators.values("iod2004", "imd_score", List.of("E01013600")))
			.containsExactly(Map.entry("E01013600", new BigDecimal("50.3")));
		assertThat(indicators.values("iod2004", "imd_rank", List.of("E01013600", "E01013601"))).containsExactly(
				Map.entry("E01013600", new BigDecimal("2238")), Map.entry("E01013601", new BigDecimal("3018")));
		assertThat(indicators.nationalCount(2004, LsoaVintage.LSOA2001)).isEqualTo(32_482);
	}

	@Test
	void refusesValuesOfADatasetThatDoesNotExistAsAForeignKeyViolation() {
		long missing = jdbc.sql("select coalesce(max(id), 0) + 1000 from indicator_datasets")
			.query(Long.class)
			.single();
		transactions.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			assertThatThrownBy(() -> jdbc.sql("""
					insert into indicator_values (area_code, dataset_id, lsoa_vintage, "values")
					values ('E01000001', :d, 2011, '{1}')
					""").param("d", missing).update()).isInstanceOf(DataIntegrityViolationException.class)
				.hasMessageContaining("Key (dataset_id)=(" + missing + ") is not present");
		});
		assertThat(jdbc.sql("select count(*) from indicator_values where dataset_id = :d")
			.param("d", missing)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void deletingADatasetDeletesItsValues() {
		transactions.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			long id = jdbc.sql("""
					insert into indicator_datasets (key, title, publisher, edition, lsoa_vintage, file_name, sha256,
					    licence, row_count, coverage, imported_by_name, import_millis)
					values ('iod2099', 'Test', 'Test', 2099, 2011, 'test.csv', repeat('f', 64), 'OGL', 1, 'PARTIAL',
					    'Import test', 0)
					returning id
					""").query(Long.class).single();
			jdbc.sql("""
					insert into indicator_values (area_code, dataset_id, lsoa_vintage, "values")
					values ('E01000001', :d, 2011, '{1}')
					""").param("d", id).update();
			assertThat(jdbc.sql("select count(*) from indicator_values where dataset_id = :d")
				.param("d", id)
				.query(Long.class)
				.single()).isOne();
			jdbc.sql("delete from indicator_datasets where id = :d").param("d", id).update();
			assertThat(jdbc.sql("select count(*) from indicator_values where dataset_id = :d")
				.param("d", id)
				.query(Long.class)
				.single()).isZero();
		});
	}

	@Test
	void importsAFileWhoseRowsAreNotInCodeOrderWithItsRowCountAndCoverage() throws IOException {
		List<String> lines = new ArrayList<>(
				Files.readAllLines(RealData.file("iod/iod2004_imd_lsoa01_england.csv")).subList(0, 30));
		List<String> rows = new ArrayList<>(lines.subList(1, 30));
		java.util.Collections.reverse(rows);
		byte[] bytes = (lines.get(0) + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
		assertThat(lines.get(1)).isEqualTo("\"E01000001\",\"00AA\",\"City of London\",6.52,28325,9");
		transactions.executeWithoutResult(tx -> {
			// In a transaction rolled back at the end, the edition is imported from this
			// file alone.
			tx.setRollbackOnly();
			jdbc.sql("delete from indicator_datasets where key = 'iod2004'").update();
			IodImport.Outcome outcome = iodImport.importFile("iod2004_reversed.csv", bytes, null, ADMIN);

			assertThat(outcome).isInstanceOf(IodImport.Imported.class);
			IndicatorDataset dataset = ((IodImport.Imported) outcome).dataset();
			assertThat(dataset.rowCount()).isEqualTo(29);
			assertThat(dataset.partialCoverage()).isTrue();
			assertThat(stored(dataset.id(), "E01000001", "imd_score")).isEqualTo("6.52");
			assertThat(stored(dataset.id(), "E01000001", "imd_rank")).isEqualTo("28325");
			assertThat(jdbc.sql("select count(*) from indicator_values where dataset_id = :id")
				.param("id", dataset.id())
				.query(Long.class)
				.single()).isEqualTo(29);
		});
	}

	/**
	 * The official England file with its row 3 and its last row given codes that are not
	 * LSOAs: one among the rows read before the import begins, one among those read while
	 * the rows before it are already being written.
	 */
	@Test
	void refusesBadRowsAnywhereInALargeFileNamingEachRowAndWritesNothing() throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(RealData.file("iod/iod2025_lsoa21_england.csv")));
		lines.set(2, lines.get(2).replaceFirst("^E01[0-9]{6}", "E01999998"));
		int last = lines.size();
		lines.set(last - 1, lines.get(last - 1).replaceFirst("^E01[0-9]{6}", "E01999999"));
		byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		assertThat(last).isGreaterThan(IodTable.HEAD_ROWS);

		IodImport.Refused refused = refusedWithNothingWritten("iod2025_lsoa21_england.csv", bytes, null);

		assertThat(refused.problems()).extracting(ImportProblem::toString)
			.containsExactly("Row 3, column lsoa21cd: 'E01999998' is not a 2021 LSOA code",
					"Row " + last + ", column lsoa21cd: 'E01999999' is not a 2021 LSOA code");
	}

	/**
	 * The edition is not held (in a transaction rolled back at the end), so the rows are
	 * written as they are checked: a bad last row, found after every other row has been
	 * sent to the database, still refuses the file and rolls its transaction back.
	 */
	@Test
	void aBadLastRowFoundAfterTheOtherRowsWereWrittenRollsTheImportBack() throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(RealData.file("iod/iod2025_lsoa21_england.csv")));
		int last = lines.size();
		lines.set(last - 1, lines.get(last - 1).replaceFirst(",[^,]+$", ",eleven"));
		byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		String heading = lines.get(0).substring(lines.get(0).lastIndexOf(',') + 1);
		transactions.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			jdbc.sql("delete from indicator_datasets where key = 'iod2025'").update();

			IodImport.Outcome outcome = iodImport.importFile("iod2025_lsoa21_england.csv", bytes, null, ADMIN);

			assertThat(outcome).isInstanceOf(IodImport.Refused.class);
			assertThat(((IodImport.Refused) outcome).problems()).extracting(ImportProblem::toString)
				.containsExactly("Row " + last + ", column " + heading + ": 'eleven' is not a number");
			assertThat(tx.isRollbackOnly()).isTrue();
		});
	}

	/**
	 * A row far down the file that the CSV reader refuses (more fields than it reads in
	 * one row), found after the rows before it were sent to the database.
	 */
	@Test
	void refusesAFileWithAnUnreadableRowAfterItsFirstRowsWithNothingWritten() throws Exception {
		byte[] official = Files.readAllBytes(RealData.file("iod/iod2025_lsoa21_england.csv"));
		byte[] tail = ("E01000001" + ",1".repeat(20_000) + "\n").getBytes(StandardCharsets.US_ASCII);
		byte[] bytes = Arrays.copyOf(official, official.length + tail.length);
		System.arraycopy(tail, 0, bytes, official.length, tail.length);
		String whole;
		try {
			IodTable.read("iod2025_lsoa21_england.csv", bytes);
			throw new AssertionError("a whole reading accepted a row of 20,001 fields");
		}
		catch (IodTable.Unreadable ex) {
			whole = ex.problem().toString();
		}
		assertThat(whole).contains("cannot be read as CSV").contains("33757");

		IodImport.Refused refused = refusedWithNothingWritten("iod2025_lsoa21_england.csv", bytes, null);

		assertThat(refused.problems()).extracting(ImportProblem::toString).containsExactly(whole);
	}

	@Test
	void mergesTheFilesOfOneEditionWithoutDuplicatingIndicators() throws IOException {
		// File 1 publishes its ranks with thousands separators: "1,928".
		assertThat(importOfficial("iod2019_File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv"))
			.isInstanceOfAny(IodImport.Imported.class, IodImport.AlreadyImported.class);
		IodImport.Outcome file2 = importOfficial("iod2019_File_2_-_IoD2019_Domains_of_Deprivation.csv");
		assertThat(file2).isInstanceOfAny(IodImport.Imported.class, IodImport.AlreadyImported.class);
		if (file2 instanceof IodImport.Imported imported) {
			assertThat(imported.indicatorsAlreadyPresent()).contains("imd_rank", "imd_decile");
			assertThat(imported.indicatorsAdded()).doesNotContain("imd_rank", "imd_decile");
		}
		// Whichever file of the edition came first (the demo loader may have imported the
		// combined file), each
		// indicator belongs to the edition exactly once.
		assertThat(jdbc.sql("""
				select d.key from indicator_dataset_columns c join indicator_definitions d on d.id = c.indicator_id
				where c.edition_key = 'iod2019' and d.key in ('income_rank', 'imd_decile', 'barriers_rank')
				group by d.key having count(*) = 1
				""").query(String.class).list()).containsExactlyInAnyOrder("income_rank", "imd_decile",
				"barriers_rank");
		assertThat(indicators.values("iod2019", "imd_rank", List.of("E01013600", "E01000001")))
			.containsEntry("E01013600", new BigDecimal("1928"))
			.containsEntry("E01000001", new BigDecimal("29199"));
		assertThat(indicators.values("iod2019", "barriers_rank", List.of("E01013600")))
			.containsExactly(Map.entry("E01013600", new BigDecimal("22051")));
		assertThat(jdbc.sql("""
				select count(*) from indicator_dataset_columns c join indicator_definitions d on d.id = c.indicator_id
				where c.edition_key = 'iod2019' and d.key = 'imd_rank'
				""").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from indicator_values_by_indicator
				where edition_key = 'iod2019' and indicator_key = 'imd_rank'
				""").query(Long.class).single()).isEqualTo(32_844);
	}

	@Test
	void reimportingTheSameFileChangesNothingAndSaysWhenItWasImported() throws IOException {
		importOfficial("iod2007_imd_lsoa01_england.csv");
		long datasets = rows("indicator_datasets");
		long values = rows("indicator_values");
		long audit = rows("audit_entries");

		IodImport.Outcome again = importOfficial("iod2007_imd_lsoa01_england.csv");

		assertThat(again).isInstanceOf(IodImport.AlreadyImported.class);
		assertThat(((IodImport.AlreadyImported) again).dataset().fileName())
			.isEqualTo("iod2007_imd_lsoa01_england.csv");
		assertThat(rows("indicator_datasets")).isEqualTo(datasets);
		assertThat(rows("indicator_values")).isEqualTo(values);
		assertThat(rows("audit_entries")).isEqualTo(audit);
	}

	@Test
	void importIsAuditedInTheSameTransaction() throws IOException {
		IodImport.Outcome outcome = importOfficial("iod2015_imd_lsoa11_england.csv");
		long id = outcome instanceof IodImport.Imported i ? i.dataset().id()
				: ((IodImport.AlreadyImported) outcome).dataset().id();
		assertThat(jdbc.sql("""
				select count(*) from audit_entries
				where record_type = 'indicator_dataset' and record_id = :id and action = 'imported'
				""").param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void importsAnXlsxWorkbookFromTheSheetWithTheLsoaColumn() throws Exception {
		List<CsvRecord> records = new ArrayList<>();
		try (CsvReader<CsvRecord> csv = CsvReader.builder()
			.ofCsvRecord(RealData.file("iod/iod2015_subdomains_lsoa11_leicestershire_leicester.csv"))) {
			csv.stream().limit(41).forEach(records::add);
		}
		Path xlsx = temp.resolve("IoD2015_subdomains_extract.xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			Workbook workbook = new Workbook(out, "NM Hub test", "1.0");
			Worksheet notes = workbook.newWorksheet("Notes");
			notes.value(0, 0, "English Indices of Deprivation 2015: sub-domains");
			Worksheet sheet = workbook.newWorksheet("IoD2015 Sub-domains");
			for (int r = 0; r < records.size(); r++) {
				List<String> fields = records.get(r).getFields();
				for (int c = 0; c < fields.size(); c++) {
					if (r == 0 || c == 0) {
						sheet.value(r, c, fields.get(c));
					}
					else {
						sheet.value(r, c, new BigDecimal(fields.get(c)));
					}
				}
			}
			workbook.finish();
		}
		IodImport.Outcome outcome = iodImport.importFile(xlsx.getFileName().toString(), Files.readAllBytes(xlsx), null,
				ADMIN);

		assertThat(outcome).isInstanceOfAny(IodImport.Imported.class, IodImport.AlreadyImported.class);
		if (outcome instanceof IodImport.Imported imported) {
			assertThat(imported.dataset().rowCount()).isEqualTo(40);
			assertThat(imported.dataset().partialCoverage()).isTrue();
			assertThat(imported.indicatorsAdded()).hasSize(18).contains("adult_skills_score");
		}
		// E01025631: children_and_young_people_sub_domain_score 0.072, rank 15061
		assertThat(indicators.values("iod2015", "children_young_people_score", List.of("E01025631")))
			.containsExactly(Map.entry("E01025631", new BigDecimal("0.072")));
		assertThat(indicators.values("iod2015", "children_young_people_rank", List.of("E01025631")))
			.containsExactly(Map.entry("E01025631", new BigDecimal("15061")));
	}

	// Refusals: each names the row and column, and nothing is written.

	private IodImport.Refused refusedWithNothingWritten(String name, byte[] bytes, Integer edition) {
		return refusedWithNothingWritten(name, bytes, edition, iodImport.maxBytes());
	}

	private IodImport.Refused refusedWithNothingWritten(String name, byte[] bytes, Integer edition, long limit) {
		long datasets = rows("indicator_datasets");
		long values = rows("indicator_values");
		long audit = rows("audit_entries");
		IodImport.Outcome outcome = iodImport.importFile(name, bytes, edition, ADMIN, limit);
		assertThat(outcome).isInstanceOf(IodImport.Refused.class);
		assertThat(rows("indicator_datasets")).isEqualTo(datasets);
		assertThat(rows("indicator_values")).isEqualTo(values);
		assertThat(rows("audit_entries")).isEqualTo(audit);
		return (IodImport.Refused) outcome;
	}

	/** The same file with a blank line at its end, so that its checksum is new. */
	private static byte[] notYetImported(byte[] bytes) {
		byte[] changed = Arrays.copyOf(bytes, bytes.length + 1);
		changed[bytes.length] = '\n';
		return changed;
	}

	/**
	 * The first 30 lines of the IoD 2004 file (heading on row 1), with one line changed.
	 */
	private static byte[] iod2004With(int row, String line) throws IOException {
		List<String> lines = new ArrayList<>(
				Files.readAllLines(RealData.file("iod/iod2004_imd_lsoa01_england.csv")).subList(0, 30));
		if (row > 0) {
			lines.set(row - 1, line);
		}
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void refusesAnUnknownLsoaCodeNamingRow17() throws IOException {
		IodImport.Refused refused = refusedWithNothingWritten("iod2004_extract.csv",
				iod2004With(17, "\"E01999999\",\"00AB\",\"Barking and Dagenham\",30.91,7752,3"), null);
		assertThat(refused.problems()).extracting(ImportProblem::toString)
			.containsExactly("Row 17, column lsoa01_code: 'E01999999' is not a 2001 LSOA code");
	}

	@Test
	void refusesAValueThatDiffersFromTheOneImportedForTheEditionNamingTheFile() throws IOException {
		importOfficial("iod2004_imd_lsoa01_england.csv");
		// Row 5 as published: "E01000004","00AA","City of London",15.77,17376,6
		IodImport.Refused refused = refusedWithNothingWritten("iod2004_extract.csv",
				iod2004With(5, "\"E01000004\",\"00AA\",\"City of London\",15.78,17376,6"), null);
		assertThat(refused.problems()).extracting(ImportProblem::toString)
			.containsExactly("Row 5, column IMD_score: 15.78 differs from 15.77, imported for IoD 2004 from "
					+ "iod2004_imd_lsoa01_england.csv");
	}

	/**
	 * A file that adds indicators to an edition and shares others with an earlier file:
	 * the shared values are compared while the new ones are written.
	 */
	@Test
	void addsIndicatorsToAnEditionWhileCheckingTheOnesItShares() throws IOException {
		importOfficial("iod2019_lsoa11_england_combined.csv");
		String name = "iod2019_subdomains_lsoa11_leicestershire_leicester.csv";
		byte[] bytes = Files.readAllBytes(RealData.file("iod/" + name));
		transactions.executeWithoutResult(tx -> {
			// In a transaction rolled back at the end, the sub-domains are not yet held.
			tx.setRollbackOnly();
			jdbc.sql("delete from indicator_datasets where key = 'iod2019' and file_name like '%subdomains%'").update();

			IodImport.Outcome outcome = iodImport.importFile(name, bytes, null, ADMIN);

			assertThat(outcome).isInstanceOf(IodImport.Imported.class);
			IodImport.Imported imported = (IodImport.Imported) outcome;
			assertThat(imported.indicatorsAlreadyPresent()).contains("education_rank", "education_decile");
			assertThat(imported.indicatorsAdded()).contains("adult_skills_rank", "indoors_decile");
			// E01013600: Adult_skills_rank 719, as published.
			assertThat(stored(imported.dataset().id(), "E01013600", "adult_skills_rank")).isEqualTo("719");
		});
	}

	@Test
	void refusesANonNumericRank() throws IOException {
		IodImport.Refused refused = refusedWithNothingWritten("iod2004_extract.csv",
				iod2004With(17, "\"E01000016\",\"00AB\",\"Barking and Dagenham\",30.91,abc,3"), null);
		assertThat(refused.problems()).extracting(ImportProblem::toString)
			.containsExactly("Row 17, column IMD_rank: 'abc' is not a whole number");
	}

	@Test
	void refusesADecileOutsideOneToTenAndARankBeyondEngland() throws IOException {
		byte[] bytes = iod2004With(17, "\"E01000016\",\"00AB\",\"Barking and Dagenham\",30.91,99999,11");
		assertThat(refusedWithNothingWritten("iod2004_extract.csv", bytes, null).problems())
			.extracting(ImportProblem::toString)
			.containsExactly(
					"Row 17, column IMD_rank: rank 99999 is outside 1 to 32,482 (the number of 2001 LSOAs in England)",
					"Row 17, column IMD_decile: decile 11 is outside 1 to 10");
	}

	@Test
	void refusesADuplicateLsoaNamingBothRows() throws IOException {
		byte[] bytes = iod2004With(17, "\"E01000002\",\"00AA\",\"City of London\",5.14,29941,10");
		assertThat(refusedWithNothingWritten("iod2004_extract.csv", bytes, null).problems())
			.extracting(ImportProblem::toString)
			.containsExactly("Row 17, column lsoa01_code: 'E01000002' appears again (it is first on row 3)");
	}

	@Test
	void refusesAFileWithoutAnLsoaColumnListingTheColumnsFound() throws IOException {
		byte[] bytes = iod2004With(1,
				"\"area\",\"lad04_code\",\"lad04_name\",\"IMD_score\",\"IMD_rank\",\"IMD_decile\"");
		List<ImportProblem> problems = refusedWithNothingWritten("iod2004_extract.csv", bytes, null).problems();
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).toString()).startsWith("Row 1: no LSOA code column was found")
			.contains("\"area\", \"lad04_code\"")
			.contains("NM Hub expects an LSOA code column");
	}

	@Test
	void refusesHeadingsWithNoRecognisableIndicator() throws IOException {
		byte[] bytes = iod2004With(1,
				"\"lsoa01_code\",\"lad04_code\",\"lad04_name\",\"Happiness\",\"Colour\",\"Mood\"");
		List<ImportProblem> problems = refusedWithNothingWritten("iod2004_extract.csv", bytes, null).problems();
		assertThat(problems).extracting(ImportProblem::toString)
			.singleElement()
			.asString()
			.startsWith("Row 1: no indicator column was recognised; the headings are: \"lsoa01_code\"")
			.contains("\"Happiness\"");
	}

	@Test
	void refusesA2011VintageFileDeclaredAsIod2004() throws IOException {
		byte[] bytes = notYetImported(Files.readAllBytes(RealData.file("iod/iod2015_imd_lsoa11_england.csv")));
		IodImport.Refused refused = refusedWithNothingWritten("deprivation.csv", bytes, 2004);
		assertThat(refused.problems()).extracting(ImportProblem::toString)
			.containsExactly(
					"Row 1, column lsoa11_code: holds 2011 LSOA codes, but IoD 2004 is published for 2001 LSOAs");
	}

	@Test
	void refusesAnEditionChosenAgainstTheFileName() throws IOException {
		byte[] bytes = notYetImported(Files.readAllBytes(RealData.file("iod/iod2015_imd_lsoa11_england.csv")));
		IodImport.Refused refused = refusedWithNothingWritten("iod2015_imd_lsoa11_england.csv", bytes, 2019);
		assertThat(refused.problems()).extracting(ImportProblem::toString)
			.containsExactly("The file is IoD 2015 (from its file name), but IoD 2019 was chosen.");
	}

	@Test
	void asksForTheEditionWhenTheFileDoesNotSayIt() throws IOException {
		IodImport.Refused refused = refusedWithNothingWritten("deprivation.csv", iod2004With(0, ""), null);
		assertThat(refused.problems()).extracting(ImportProblem::toString)
			.singleElement()
			.asString()
			.contains("could not tell which edition");
	}

	@Test
	void refusesTextThatIsNotUtf8NamingTheRow() throws IOException {
		byte[] bytes = iod2004With(17, "\"E01000016\",\"00AB\",\"Barking and Dagenham\",30.91,7752,3");
		String text = new String(bytes, StandardCharsets.UTF_8).replace("Barking and Dagenham\",30.91,7752",
				"Barking and D\u00e9genham\",30.91,7752");
		byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
		IodImport.Refused refused = refusedWithNothingWritten("iod2004_extract.csv", latin1, null);
		assertThat(refused.problems()).extracting(ImportProblem::toString)
			.singleElement()
			.asString()
			.startsWith("Row 17: the file is not UTF-8 text (byte 0xE9");
	}

	@Test
	void refusesAFileOverTheSizeLimit() throws IOException {
		byte[] bytes = iod2004With(0, "");
		IodImport.Refused refused = refusedWithNothingWritten("iod2004_extract.csv", bytes, null, 1024);
		assertThat(refused.problems()).extracting(ImportProblem::toString)
			.singleElement()
			.asString()
			.startsWith("The file is 0.0 MB; the largest file NM Hub imports is 0.0 MB");
	}

	@Test
	void reportsEveryBadRowNotJustTheFirst() throws IOException {
		List<String> lines = new ArrayList<>(
				Files.readAllLines(RealData.file("iod/iod2004_imd_lsoa01_england.csv")).subList(0, 300));
		for (int i = 1; i < lines.size(); i++) {
			lines.set(i, lines.get(i).replaceFirst(",[0-9]+,([0-9]+)$", ",x,$1"));
		}
		byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
		IodImport.Refused refused = refusedWithNothingWritten("iod2004_extract.csv", bytes, null);
		assertThat(refused.total()).isEqualTo(299);
		assertThat(Arrays.asList(refused.problems().get(0).row(), refused.problems().get(298).row())).containsExactly(2,
				300);
	}

}
