package org.nmhub.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables as CSV or XLSX downloads. Text that a spreadsheet would run as a formula
 * (starting {@code = + - @}, tab or carriage return) is prefixed with an apostrophe;
 * numbers stay numbers and dates stay dates in XLSX.
 */
public final class TableExport {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private TableExport() {
	}

	/** A cell value as text a spreadsheet will not run. */
	public static String neutralise(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	public static byte[] csvBytes(List<String> header, List<? extends List<?>> rows) {
		StringWriter out = new StringWriter();
		try (CsvWriter csv = CsvWriter.builder().build(out)) {
			csv.writeRecord(header.stream().map(TableExport::neutralise).toList());
			for (List<?> row : rows) {
				List<String> cells = new ArrayList<>(row.size());
				for (Object cell : row) {
					cells.add(csvCell(cell));
				}
				csv.writeRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A byte-order mark so that Excel reads UTF-8 (e.g. the pound sign) correctly.
		return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
	}

	private static String csvCell(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (cell instanceof Number || cell instanceof LocalDate || cell instanceof Boolean) {
			return cell.toString();
		}
		return neutralise(cell.toString());
	}

	public static byte[] xlsxBytes(String sheetName, List<String> header, List<? extends List<?>> rows) {
		return xlsxBytes(List.of(new Sheet(sheetName, header, rows)));
	}

	/** One worksheet of a workbook: its name, header row and rows. */
	public record Sheet(String name, List<String> header, List<? extends List<?>> rows) {
	}

	/**
	 * A workbook of several sheets (names are made safe and unique; formulas
	 * neutralised).
	 */
	public static byte[] xlsxBytes(List<Sheet> sheets) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "NM Hub", "1.0");
			java.util.Set<String> used = new java.util.HashSet<>();
			for (Sheet s : sheets) {
				String name = safeSheetName(s.name());
				for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
					String suffix = " " + n;
					String base = safeSheetName(s.name());
					name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base)
							+ suffix;
				}
				write(workbook.newWorksheet(name), s.header(), s.rows());
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A workbook download of several sheets. */
	public static ResponseEntity<byte[]> xlsx(String filename, List<Sheet> sheets) {
		return download(withExtension(filename, ".xlsx"), XLSX, xlsxBytes(sheets));
	}

	private static void write(Worksheet sheet, List<String> header, List<? extends List<?>> rows) {
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, neutralise(header.get(c)));
			sheet.style(0, c).bold().set();
		}
		int r = 1;
		for (List<?> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				Object cell = row.get(c);
				if (cell == null) {
					continue;
				}
				if (cell instanceof Number number) {
					sheet.value(r, c, number);
				}
				else if (cell instanceof LocalDate date) {
					sheet.value(r, c, date);
					sheet.style(r, c).format("yyyy-mm-dd").set();
				}
				else if (cell instanceof LocalDateTime time) {
					sheet.value(r, c, time);
					sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
				}
				else if (cell instanceof OffsetDateTime time) {
					sheet.value(r, c, time.toLocalDateTime());
					sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
				}
				else if (cell instanceof Boolean bool) {
					sheet.value(r, c, bool);
				}
				else {
					sheet.value(r, c, neutralise(cell.toString()));
				}
			}
			r++;
		}
	}

	private static String safeSheetName(String name) {
		String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
		if (cleaned.isEmpty()) {
			return "Sheet1";
		}
		return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
	}

	/** A CSV download named {@code filename} (".csv" added if missing). */
	public static ResponseEntity<byte[]> csv(String filename, List<String> header, List<? extends List<?>> rows) {
		return download(withExtension(filename, ".csv"), CSV, csvBytes(header, rows));
	}

	/** An XLSX download named {@code filename} (".xlsx" added if missing). */
	public static ResponseEntity<byte[]> xlsx(String filename, List<String> header, List<? extends List<?>> rows) {
		String name = withExtension(filename, ".xlsx");
		return download(name, XLSX, xlsxBytes(name.substring(0, name.length() - 5), header, rows));
	}

	/** A PDF download. */
	public static ResponseEntity<byte[]> pdf(String filename, byte[] pdf) {
		return download(withExtension(filename, ".pdf"), MediaType.APPLICATION_PDF, pdf);
	}

	private static String withExtension(String filename, String extension) {
		return filename.endsWith(extension) ? filename : filename + extension;
	}

	private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
