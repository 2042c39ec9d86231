package org.nmhub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A seeded property-based generator of malformed import files: real files mutated
 * (truncated at random offsets, bytes flipped, huge lines inserted, lines duplicated or
 * dropped, cells replaced by hostile values) plus a fixed set of hostile shapes (empty,
 * heading only, binary, wrong encoding, unterminated quotes, deeply nested JSON, XLSX zip
 * bombs). The same seed gives the same files, so a failure names its seed and case and
 * can be replayed with {@code -Dnmhub.fuzz.seed=...}.
 */
public final class FuzzFiles {

	/** One generated file. */
	public record Case(String name, String fileName, byte[] bytes) {

		@Override
		public String toString() {
			return name + " (" + fileName + ", " + bytes.length + " bytes)";
		}

	}

	private static final String[] HOSTILE_CELLS = { "", " ", "\"", "\"\"\"", ",,,,", "NaN", "-0", "1e999999",
			"99999999999999999999999999999999", "-1", "0x1F", "=1+1", "@SUM(A1)", "E01", "E0100000%",
			"'; drop table lsoas; --", "<script>alert(1)</script>", "\u0000", "\uFEFF", "\u202E", "ﬀﬁ", "😀", "2019/20",
			"31/02/2020", "9999-99-99", "1,2", "Ï»¿", "\r", "\n\n\n" };

	private FuzzFiles() {
	}

	/** The seed of this run: {@code -Dnmhub.fuzz.seed}, or a fixed one. */
	public static long seed() {
		return Long.getLong("nmhub.fuzz.seed", 20_261_123L);
	}

	/** How many mutants per seed file: {@code -Dnmhub.fuzz.mutants}, default 16. */
	public static int mutantsPerSeed() {
		return Integer.getInteger("nmhub.fuzz.mutants", 16);
	}

	/** Random mutants of a real text file (CSV or GeoJSON). */
	public static List<Case> textMutants(String fileName, byte[] seed, Random random, int count) {
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int kind = random.nextInt(8);
			byte[] bytes;
			String name;
			switch (kind) {
				case 0 -> {
					int at = random.nextInt(Math.max(1, seed.length));
					bytes = Arrays.copyOf(seed, at);
					name = "truncated at " + at;
				}
				case 1 -> {
					bytes = seed.clone();
					int flips = 1 + random.nextInt(32);
					for (int f = 0; f < flips; f++) {
						bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
					}
					name = flips + " random bytes";
				}
				case 2 -> {
					int length = 1 << (16 + random.nextInt(7));
					bytes = insertLine(seed, random, repeat((byte) ('A' + random.nextInt(26)), length));
					name = "a line of " + length + " characters inserted";
				}
				case 3 -> {
					int length = 1 << (14 + random.nextInt(6));
					bytes = insertLine(seed, random, repeat((byte) ',', length));
					name = "a line of " + length + " commas inserted";
				}
				case 4 -> {
					bytes = replaceCells(seed, random, 1 + random.nextInt(40));
					name = "hostile cell values";
				}
				case 5 -> {
					bytes = shuffleLines(seed, random);
					name = "lines dropped and duplicated";
				}
				case 6 -> {
					bytes = new String(seed, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
					bytes = Arrays.copyOf(bytes, Math.min(bytes.length, 1 + random.nextInt(Math.max(1, bytes.length))));
					name = "re-encoded as UTF-16, truncated";
				}
				default -> {
					bytes = seed.clone();
					int at = random.nextInt(Math.max(1, bytes.length));
					int length = Math.min(bytes.length - at, 1 + random.nextInt(4096));
					for (int b = at; b < at + length; b++) {
						bytes[b] = (byte) random.nextInt(256);
					}
					name = length + " bytes of noise at " + at;
				}
			}
			cases.add(new Case("mutant " + i + ": " + name, fileName, bytes));
		}
		return cases;
	}

	/** Random mutants of a real XLSX file: truncated, bytes flipped inside the zip. */
	public static List<Case> xlsxMutants(String fileName, byte[] seed, Random random, int count) {
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			byte[] bytes;
			String name;
			if (random.nextBoolean()) {
				int at = 4 + random.nextInt(Math.max(1, seed.length - 4));
				bytes = Arrays.copyOf(seed, at);
				name = "truncated at " + at;
			}
			else {
				bytes = seed.clone();
				int flips = 1 + random.nextInt(16);
				for (int f = 0; f < flips; f++) {
					bytes[4 + random.nextInt(bytes.length - 4)] = (byte) random.nextInt(256);
				}
				name = flips + " random bytes";
			}
			cases.add(new Case("xlsx mutant " + i + ": " + name, fileName, bytes));
		}
		return cases;
	}

	/**
	 * Hostile shapes every importer must refuse cleanly; {@code headingLine} is the real
	 * file's first line.
	 */
	public static List<Case> hostile(String fileName, String headingLine, Random random) {
		String base = fileName.replaceFirst("\\.[^.]+$", "");
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("empty", fileName, new byte[0]));
		cases.add(new Case("heading only", fileName, (headingLine + "\n").getBytes(StandardCharsets.UTF_8)));
		cases.add(new Case("heading only, no newline", fileName, headingLine.getBytes(StandardCharsets.UTF_8)));
		cases.add(new Case("byte order mark only", fileName, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }));
		byte[] binary = new byte[65_536];
		random.nextBytes(binary);
		cases.add(new Case("random binary", fileName, binary));
		cases.add(new Case("NUL bytes", fileName, new byte[10_000]));
		cases.add(new Case("Latin-1 text", fileName,
				(headingLine + "\nCaf\u00e9,\u00a3100,\u00e9\u00e8\n").getBytes(StandardCharsets.ISO_8859_1)));
		cases.add(new Case("UTF-16 with BOM", fileName,
				(headingLine + "\nE01000001,1,2\n").getBytes(StandardCharsets.UTF_16)));
		cases.add(new Case("unterminated quote", fileName,
				(headingLine + "\n\"E01000001,1,2\n" + "x".repeat(100_000)).getBytes(StandardCharsets.UTF_8)));
		cases.add(new Case("one 8 MB line", fileName, repeat((byte) 'x', 8 << 20)));
		cases.add(new Case("one 2 MB heading of commas", fileName, repeat((byte) ',', 2 << 20)));
		cases.add(new Case("a million short lines", fileName,
				(headingLine + "\n" + "a\n".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8)));
		cases.add(new Case("deeply nested JSON", fileName, deepJson(100_000)));
		cases.add(new Case("deeply nested geometry", fileName, deepGeometry(5_000)));
		cases.add(new Case("JSON that is not a FeatureCollection", fileName,
				"{\"type\":\"FeatureCollection\",\"features\":{\"a\":1}}".getBytes(StandardCharsets.UTF_8)));
		cases.add(new Case("old Excel signature", base + ".xls", oleHeader(random)));
		cases.add(new Case("zip that is not a workbook", base + ".xlsx", zip("hello.txt", "hello".getBytes())));
		cases.add(new Case("XLSX zip bomb", base + ".xlsx", xlsxBomb(headingLine)));
		return cases;
	}

	/** A workbook of the CSV's rows (as text cells), for XLSX mutants. */
	public static byte[] xlsx(byte[] csv, int maxRows) {
		String[] lines = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "NMHubFuzz", "1.0");
			Worksheet sheet = workbook.newWorksheet("Data");
			for (int r = 0; r < Math.min(lines.length, maxRows); r++) {
				String[] cells = lines[r].split(",", -1);
				for (int c = 0; c < cells.length; c++) {
					sheet.value(r, c, cells[c].replace("\"", ""));
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * An XLSX whose worksheet inflates to about 1 GB of rows from a few MB: the heading
	 * row then the same row again and again.
	 */
	public static byte[] xlsxBomb(String headingLine) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			put(zip, "[Content_Types].xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
							+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
							+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
							+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
							+ "</Types>");
			put(zip, "_rels/.rels",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
							+ "</Relationships>");
			put(zip, "xl/workbook.xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
							+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
							+ "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			put(zip, "xl/_rels/workbook.xml.rels",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
							+ "</Relationships>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			StringBuilder heading = new StringBuilder();
			for (String cell : headingLine.split(",")) {
				heading.append("<c t=\"inlineStr\"><is><t>")
					.append(cell.replace("\"", "").replace("&", "&amp;").replace("<", "&lt;"))
					.append("</t></is></c>");
			}
			String row = "<row>" + heading + "</row>";
			zip.write(
					("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
							+ row)
						.getBytes(StandardCharsets.UTF_8));
			byte[] block = (row + "<row><c t=\"inlineStr\"><is><t>E01000001</t></is></c><c><v>1</v></c></row>")
				.repeat(Math.max(1, 1_000_000 / (row.length() + 70)))
				.getBytes(StandardCharsets.UTF_8);
			for (long written = 0; written < 1L << 30; written += block.length) {
				zip.write(block);
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static byte[] zip(String name, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] oleHeader(Random random) {
		byte[] bytes = new byte[4096];
		random.nextBytes(bytes);
		byte[] signature = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(signature, 0, bytes, 0, signature.length);
		return bytes;
	}

	private static byte[] deepJson(int depth) {
		return ("{\"type\":\"FeatureCollection\",\"features\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] deepGeometry(int depth) {
		return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
				+ "{\"LAD24CD\":\"E07000129\",\"LAD24NM\":\"Blaby\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
				+ "[".repeat(depth) + "1,2" + "]".repeat(depth) + "}}]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] repeat(byte b, int length) {
		byte[] bytes = new byte[length];
		Arrays.fill(bytes, b);
		return bytes;
	}

	private static byte[] insertLine(byte[] seed, Random random, byte[] line) {
		int at = lineStart(seed, random.nextInt(Math.max(1, seed.length)));
		ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + line.length + 1);
		out.write(seed, 0, at);
		out.write(line, 0, line.length);
		out.write('\n');
		out.write(seed, at, seed.length - at);
		return out.toByteArray();
	}

	private static int lineStart(byte[] bytes, int from) {
		int at = Math.min(from, bytes.length);
		while (at > 0 && bytes[at - 1] != '\n') {
			at--;
		}
		return at;
	}

	private static byte[] replaceCells(byte[] seed, Random random, int count) {
		String[] lines = new String(seed, StandardCharsets.UTF_8).split("\n", -1);
		for (int i = 0; i < count; i++) {
			int l = random.nextInt(lines.length);
			String[] cells = lines[l].split(",", -1);
			cells[random.nextInt(cells.length)] = HOSTILE_CELLS[random.nextInt(HOSTILE_CELLS.length)];
			lines[l] = String.join(",", cells);
		}
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] shuffleLines(byte[] seed, Random random) {
		String[] lines = new String(seed, StandardCharsets.UTF_8).split("\n", -1);
		List<String> out = new ArrayList<>();
		for (String line : lines) {
			int r = random.nextInt(10);
			if (r == 0) {
				continue;
			}
			out.add(line);
			if (r == 1) {
				out.add(line);
			}
		}
		return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
	}

}
