package org.nmhub.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Limits checked on an uploaded XLSX (a ZIP of XML parts) before a spreadsheet reader
 * inflates it, so that a "zip bomb" (a few megabytes that unpack to gigabytes) is refused
 * with a plain message instead of exhausting memory (docs/adr/0029). The reader itself
 * (fastexcel) has no such limits.
 */
public final class WorkbookLimits {

	/** The most the parts of one workbook may unpack to. */
	public static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

	/**
	 * The largest unpacked-to-packed ratio of a part over 1 MB (as Apache POI's default).
	 */
	public static final long MAX_RATIO = 100;

	/** The most parts a workbook may have. */
	public static final int MAX_ENTRIES = 10_000;

	private static final long RATIO_FROM = 1024 * 1024;

	private WorkbookLimits() {
	}

	/**
	 * Whether the bytes start as a ZIP archive (an XLSX) does. Unlike fastexcel's
	 * {@code ReadableWorkbook.isOOXMLZipHeader}, safe for files shorter than four bytes.
	 */
	public static boolean looksLikeXlsx(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	/**
	 * Whether the bytes start as an old Excel (.xls, OLE2) file does; safe for short
	 * files.
	 */
	public static boolean looksLikeXls(byte[] bytes) {
		byte[] signature = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		if (bytes.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (bytes[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Why the workbook must not be read, or empty when it is within the limits (or is not
	 * a readable ZIP at all, which the reader then reports in its own words).
	 */
	public static Optional<String> problem(byte[] workbook) {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					return Optional.of("The workbook has more than " + MAX_ENTRIES + " parts, so NM Hub does not read "
							+ "it. Save the sheet as CSV UTF-8 and import that.");
				}
				long unpacked = 0;
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					unpacked += n;
					total += n;
					if (total > MAX_UNPACKED_BYTES) {
						return Optional.of("The workbook unpacks to more than " + (MAX_UNPACKED_BYTES >> 20)
								+ " MB, so NM Hub does not read it. Save the sheet as CSV UTF-8 and import that.");
					}
				}
				long packed = entry.getCompressedSize();
				if (unpacked > RATIO_FROM && packed > 0 && unpacked / packed > MAX_RATIO) {
					return Optional.of("The workbook's part " + entry.getName() + " unpacks to " + unpacked / packed
							+ " times its packed size, as a \"zip bomb\" does, so NM Hub does not read it. "
							+ "Save the sheet as CSV UTF-8 and import that.");
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

}
