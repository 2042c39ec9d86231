package org.nmhub.engagement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.nmhub.shared.WorkbookLimits;

/**
 * The rows of a survey results file, CSV (UTF-8) or XLSX (the first sheet), with their
 * row numbers as a spreadsheet shows them. The first non-empty row holds the headings.
 */
record SurveyFile(List<String> headings, List<Line> lines) {

	record Line(int number, List<String> cells) {

		String cell(int column) {
			return column < cells.size() ? cells.get(column).trim() : "";
		}

	}

	static final class Unreadable extends Exception {

		Unreadable(String message) {
			super(message);
		}

	}

	static SurveyFile read(byte[] bytes) throws Unreadable {
		if (bytes.length == 0) {
			throw new Unreadable("The file is empty");
		}
		return WorkbookLimits.looksLikeXlsx(bytes) ? xlsx(bytes) : csv(bytes);
	}

	private static SurveyFile csv(byte[] bytes) throws Unreadable {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString()
				.replace("\uFEFF", "");
		}
		catch (CharacterCodingException ex) {
			throw new Unreadable(
					"The file is not UTF-8 text: save it as \"CSV UTF-8\" or as an Excel workbook (.xlsx)");
		}
		List<String> headings = null;
		List<Line> lines = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.skipEmptyLines(true)
			.allowMissingFields(true)
			.allowExtraFields(true)
			.ofCsvRecord(text)) {
			for (CsvRecord record : reader) {
				if (headings == null) {
					headings = record.getFields();
				}
				else {
					lines.add(new Line((int) record.getStartingLineNumber(), record.getFields()));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable("The file cannot be read as CSV: " + ex.getMessage());
		}
		if (headings == null) {
			throw new Unreadable("The file is empty");
		}
		return new SurveyFile(normalise(headings), lines);
	}

	private static SurveyFile xlsx(byte[] bytes) throws Unreadable {
		Optional<String> tooBig = WorkbookLimits.problem(bytes);
		if (tooBig.isPresent()) {
			throw new Unreadable(tooBig.get());
		}
		List<String> headings = null;
		List<Line> lines = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				var rows = workbook.getFirstSheet().openStream()) {
			for (Row row : (Iterable<Row>) rows::iterator) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : cell.getText() == null ? "" : cell.getText());
				}
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (headings == null) {
					headings = cells;
				}
				else {
					lines.add(new Line(row.getRowNum(), cells));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable("The file cannot be read as an Excel workbook (.xlsx): " + ex.getMessage());
		}
		if (headings == null) {
			throw new Unreadable("The workbook's first sheet is empty");
		}
		return new SurveyFile(normalise(headings), lines);
	}

	/** Headings in lower case with spaces, underscores and hyphens as single spaces. */
	private static List<String> normalise(List<String> headings) {
		return headings.stream().map(h -> h.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ")).toList();
	}

}
