package org.nmhub.printing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableExportTests {

	private static final List<String> HEADER = List.of("Name", "Amount", "Date");

	private static final List<List<?>> ROWS = List.of(
			List.of("=HYPERLINK(\"http://evil\",\"click\")", new BigDecimal("1300000.00"), LocalDate.of(2007, 3, 31)),
			List.of("+1+1", new BigDecimal("-250.50"), LocalDate.of(2009, 4, 1)), Arrays.asList("@SUM(A1)", null, null),
			List.of("-2+3", 7, LocalDate.of(2006, 11, 20)),
			List.of("Plain, with a comma", 0, LocalDate.of(2006, 3, 24)));

	@Test
	void csvNeutralisesFormulasButKeepsNumbersAndDates() {
		String csv = new String(TableExport.csvBytes(HEADER, ROWS), StandardCharsets.UTF_8);

		assertThat(csv).startsWith("\uFEFFName,Amount,Date");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",1300000.00,2007-03-31")
			.contains("'+1+1,-250.50,2009-04-01")
			.contains("'@SUM(A1),,")
			.contains("'-2+3,7,2006-11-20")
			.contains("\"Plain, with a comma\",0,2006-03-24");
	}

	@Test
	void xlsxKeepsNumbersAsNumbersAndNeutralisesText() throws IOException {
		byte[] xlsx = TableExport.xlsxBytes("Funding: awards/bids [2007]", HEADER, ROWS);

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getFirstSheet();
			assertThat(sheet.getName()).isEqualTo("Funding  awards bids  2007");
			List<Row> rows = sheet.read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Name");
			assertThat(rows.get(1).getCellText(0)).startsWith("'=HYPERLINK");
			assertThat(rows.get(1).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("1300000");
			assertThat(rows.get(2).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("-250.50");
			assertThat(rows.get(3).getCellText(0)).isEqualTo("'@SUM(A1)");
			assertThat(rows.get(4).getCellText(0)).isEqualTo("'-2+3");
			assertThat(rows.get(1).getCellAsDate(2).map(d -> d.toLocalDate())).contains(LocalDate.of(2007, 3, 31));
		}
	}

	@Test
	void downloadsCarryTheirTypeAndFileName() {
		var response = TableExport.csv("profile", HEADER, ROWS);
		assertThat(response.getHeaders().getContentType()).isEqualTo(TableExport.CSV);
		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("profile.csv");
		assertThat(TableExport.xlsx("plan.xlsx", HEADER, ROWS).getHeaders().getContentDisposition().getFilename())
			.isEqualTo("plan.xlsx");
	}

	@Test
	void aWorkbookOfSeveralSheetsGivesEachAUniqueSafeNameAndNeutralisesEverySheet() throws IOException {
		byte[] xlsx = TableExport.xlsxBytes(List.of(new TableExport.Sheet("Summary", HEADER, ROWS),
				new TableExport.Sheet("Overdue actions: plan [2008/09]", HEADER, ROWS),
				new TableExport.Sheet("summary", HEADER, ROWS),
				new TableExport.Sheet("A caption much longer than thirty-one characters", HEADER, ROWS),
				new TableExport.Sheet("A caption much longer than thirty-one characters", HEADER, ROWS)));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName)
				.containsExactly("Summary", "Overdue actions  plan  2008 09", "summary 2",
						"A caption much longer than thir", "A caption much longer than th 2");
			for (org.dhatim.fastexcel.reader.Sheet sheet : sheets) {
				assertThat(sheet.read().get(1).getCellText(0)).startsWith("'=HYPERLINK");
			}
		}
	}

}
