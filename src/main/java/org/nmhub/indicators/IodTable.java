package org.nmhub.indicators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.jspecify.annotations.Nullable;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.nmhub.shared.WorkbookLimits;

/**
 * A file's heading row and data rows as text, read from CSV (strict UTF-8, byte order
 * mark allowed) or from the sheet of an XLSX workbook whose heading row has an LSOA code
 * column. Row numbers are as a spreadsheet shows them: the heading row of a CSV is row 1.
 */
record IodTable(List<String> headings, int headingRow, List<IodTable.Line> lines, String sheetName) {

	record Line(int number, String[] cells) {
	}

	/** Thrown when the file cannot be read as a table at all. */
	static final class Unreadable extends Exception {

		private final ImportProblem problem;

		Unreadable(ImportProblem problem) {
			super(problem.toString());
			this.problem = problem;
		}

		ImportProblem problem() {
			return problem;
		}

	}

	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	static IodTable read(String fileName, byte[] bytes) throws Unreadable {
		if (WorkbookLimits.looksLikeXlsx(bytes)) {
			refuseOversized(bytes);
			return xlsx(bytes);
		}
		if (WorkbookLimits.looksLikeXls(bytes) || fileName.toLowerCase(Locale.ROOT).endsWith(".xls")) {
			throw new Unreadable(ImportProblem.ofFile("The file is an old Excel workbook (.xls). Save it as .xlsx or "
					+ "as CSV UTF-8 and import that."));
		}
		return csv(bytes);
	}

	/**
	 * Any table: a CSV, or the first sheet of an XLSX workbook with its first non-empty
	 * row as the headings.
	 */
	static IodTable readAny(String fileName, byte[] bytes) throws Unreadable {
		if (!WorkbookLimits.looksLikeXlsx(bytes)) {
			return read(fileName, bytes);
		}
		refuseOversized(bytes);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<String> headings = null;
			int headingRow = 0;
			List<Line> lines = new ArrayList<>();
			for (Iterator<Row> it = rows.iterator(); it.hasNext();) {
				Row row = it.next();
				String[] cells = cells(row, headings == null ? row.getCellCount() : headings.size());
				if (Stream.of(cells).allMatch(String::isEmpty)) {
					continue;
				}
				if (headings == null) {
					headings = List.of(cells);
					headingRow = row.getRowNum();
				}
				else {
					lines.add(new Line(row.getRowNum(), cells));
				}
			}
			if (headings == null) {
				throw new Unreadable(ImportProblem.ofFile("The workbook's first sheet is empty."));
			}
			return new IodTable(headings, headingRow, lines, workbook.getFirstSheet().getName());
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable(
					ImportProblem.ofFile("The file cannot be read as an Excel workbook: " + ex.getMessage()));
		}
	}

	private static void refuseOversized(byte[] workbook) throws Unreadable {
		Optional<String> problem = WorkbookLimits.problem(workbook);
		if (problem.isPresent()) {
			throw new Unreadable(ImportProblem.ofFile(problem.get()));
		}
	}

	private static IodTable csv(byte[] bytes) throws Unreadable {
		return csv(utf8(bytes));
	}

	private static IodTable csv(String text) throws Unreadable {
		try (Streamed file = streamed(text, Integer.MAX_VALUE)) {
			return file.head();
		}
	}

	/**
	 * A file read as the import goes: {@link #head()} holds the headings and the first
	 * rows, and {@link #rest()} reads the others one at a time as they are asked for, so
	 * that the import checks and writes each row while the database stores the rows
	 * before it, and never holds every row of a large file at once. A workbook is read
	 * whole: its head is the whole table and its rest is empty.
	 */
	static final class Streamed implements AutoCloseable {

		private final IodTable head;

		private final @Nullable CsvReader<CsvRecord> reader;

		private final @Nullable Iterator<CsvRecord> records;

		private Streamed(IodTable head, @Nullable CsvReader<CsvRecord> reader, @Nullable Iterator<CsvRecord> records) {
			this.head = head;
			this.reader = reader;
			this.records = records;
		}

		IodTable head() {
			return head;
		}

		/**
		 * The rows after the head's, in file order, read as they are iterated; a row that
		 * cannot be read throws {@link UnreadableRow}.
		 */
		Iterator<Line> rest() {
			Iterator<CsvRecord> source = records;
			if (source == null) {
				return Collections.emptyIterator();
			}
			return new Iterator<>() {

				@Override
				public boolean hasNext() {
					try {
						return source.hasNext();
					}
					catch (RuntimeException ex) {
						throw new UnreadableRow(unreadable(ex));
					}
				}

				@Override
				public Line next() {
					try {
						return line(source.next());
					}
					catch (RuntimeException ex) {
						throw new UnreadableRow(unreadable(ex));
					}
				}

			};
		}

		@Override
		public void close() {
			if (reader != null) {
				try {
					reader.close();
				}
				catch (IOException ex) {
					// A reader of text in memory has nothing to release.
				}
			}
		}

	}

	/** Thrown while iterating {@link Streamed#rest()} when a row cannot be read. */
	static final class UnreadableRow extends RuntimeException {

		private final ImportProblem problem;

		UnreadableRow(ImportProblem problem) {
			super(problem.toString(), null, false, false);
			this.problem = problem;
		}

		ImportProblem problem() {
			return problem;
		}

	}

	/** The rows {@link #readStreamed} reads before it returns. */
	static final int HEAD_ROWS = 1_000;

	/**
	 * Reads the file as {@link #read} does, but a CSV's rows after its first
	 * {@code headRows} only as {@link Streamed#rest()} is iterated.
	 */
	static Streamed readStreamed(String fileName, byte[] bytes, int headRows) throws Unreadable {
		if (WorkbookLimits.looksLikeXlsx(bytes) || WorkbookLimits.looksLikeXls(bytes)
				|| fileName.toLowerCase(Locale.ROOT).endsWith(".xls")) {
			return new Streamed(read(fileName, bytes), null, null);
		}
		return streamed(utf8(bytes), headRows);
	}

	private static Streamed streamed(String text, int headRows) throws Unreadable {
		CsvReader<CsvRecord> reader = CsvReader.builder()
			.skipEmptyLines(true)
			.allowMissingFields(true)
			.allowExtraFields(true)
			.ofCsvRecord(text);
		try {
			Iterator<CsvRecord> records = reader.iterator();
			List<String> headings = null;
			List<Line> lines = new ArrayList<>(Math.min(headRows, 40_000));
			while (lines.size() < headRows && records.hasNext()) {
				CsvRecord record = records.next();
				if (headings == null) {
					headings = new ArrayList<>(record.getFields());
					if (!headings.isEmpty()) {
						headings.set(0, headings.get(0).replace("\uFEFF", ""));
					}
				}
				else {
					lines.add(line(record));
				}
			}
			if (headings == null) {
				throw new Unreadable(ImportProblem.ofFile("The file is empty."));
			}
			return new Streamed(new IodTable(headings, 1, lines, ""), reader, records);
		}
		catch (RuntimeException ex) {
			throw new Unreadable(unreadable(ex));
		}
	}

	private static Line line(CsvRecord record) {
		return new Line((int) record.getStartingLineNumber(), record.getFields().toArray(String[]::new));
	}

	private static ImportProblem unreadable(RuntimeException ex) {
		return ImportProblem.ofFile("The file cannot be read as CSV: " + ex.getMessage());
	}

	/**
	 * The file's text. A file of ASCII bytes (after any byte order mark), as official
	 * files are, is its own UTF-8 text and needs no decoding; any other is decoded
	 * strictly, so a byte that is not UTF-8 is reported with its row.
	 */
	private static String utf8(byte[] bytes) throws Unreadable {
		int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
				? 3 : 0;
		String ascii = new String(bytes, start, bytes.length - start, StandardCharsets.US_ASCII);
		if (ascii.indexOf('\uFFFD') < 0) {
			// Every byte was ASCII: US-ASCII reads any other as U+FFFD.
			return ascii;
		}
		return decoded(bytes);
	}

	private static String decoded(byte[] bytes) throws Unreadable {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		var result = decoder.decode(in, out, true);
		if (result.isError()) {
			int offset = in.position();
			int row = 1;
			for (int i = 0; i < offset; i++) {
				if (bytes[i] == '\n') {
					row++;
				}
			}
			throw new Unreadable(new ImportProblem(row, null, String.format(
					"the file is not UTF-8 text (byte 0x%02X at position %d cannot be read). Save it as \"CSV UTF-8\" "
							+ "and import it again",
					bytes[offset] & 0xFF, offset)));
		}
		try {
			decoder.flush(out);
		}
		catch (RuntimeException ex) {
			throw new Unreadable(ImportProblem.ofFile("The file is not UTF-8 text."));
		}
		out.flip();
		return out.toString();
	}

	private static IodTable xlsx(byte[] bytes) throws Unreadable {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<String> sheetsSeen = new ArrayList<>();
			for (Sheet sheet : workbook.getSheets().toList()) {
				sheetsSeen.add(sheet.getName());
				Optional<IodTable> table = xlsxSheet(sheet);
				if (table.isPresent()) {
					return table.get();
				}
			}
			throw new Unreadable(ImportProblem.ofFile("No sheet of the workbook (" + String.join(", ", sheetsSeen)
					+ ") has a heading row with an LSOA code column within its first 10 rows."));
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable(
					ImportProblem.ofFile("The file cannot be read as an Excel workbook: " + ex.getMessage()));
		}
	}

	private static Optional<IodTable> xlsxSheet(Sheet sheet) throws IOException {
		try (Stream<Row> rows = sheet.openStream()) {
			Iterator<Row> it = rows.iterator();
			List<String> headings = null;
			int headingRow = 0;
			while (it.hasNext() && headings == null) {
				Row row = it.next();
				if (row.getRowNum() > 10) {
					return Optional.empty();
				}
				String[] cells = cells(row, row.getCellCount());
				for (String c : cells) {
					if (IodColumns.lsoaCodeColumn(c).isPresent()) {
						headings = List.of(cells);
						headingRow = row.getRowNum();
						break;
					}
				}
			}
			if (headings == null) {
				return Optional.empty();
			}
			List<Line> lines = new ArrayList<>(40_000);
			while (it.hasNext()) {
				Row row = it.next();
				String[] cells = cells(row, headings.size());
				if (Stream.of(cells).allMatch(String::isEmpty)) {
					continue;
				}
				lines.add(new Line(row.getRowNum(), cells));
			}
			return Optional.of(new IodTable(headings, headingRow, lines, sheet.getName()));
		}
	}

	private static String[] cells(Row row, int count) {
		String[] cells = new String[count];
		for (int i = 0; i < count; i++) {
			Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
			cells[i] = cell == null ? "" : text(cell);
		}
		return cells;
	}

	/**
	 * A cell as the file shows it. Numbers are stored by Excel as binary floating point,
	 * so they are rounded to the 15 significant digits Excel displays.
	 */
	private static String text(Cell cell) {
		if (cell.getType() == CellType.NUMBER) {
			return new BigDecimal(cell.getRawValue()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
		}
		if (cell.getType() == CellType.EMPTY) {
			return "";
		}
		String text = cell.getText();
		return text == null ? "" : text;
	}

}
