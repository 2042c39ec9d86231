package org.nmhub.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The check every upload page makes before its importer reads a file: the file's name
 * must end in an extension the importer takes, the type the browser declared must fit it
 * (or be the generic {@code application/octet-stream}), and the first bytes must not
 * contradict it (an XLSX is a ZIP archive; a CSV or GeoJSON file is not a ZIP, PDF, image
 * or old Excel file). The importers still read every byte and refuse what they cannot
 * use; this gives a plain answer naming the field for a wrong kind of file.
 */
public final class UploadTypes {

	/** The kinds of file NM Hub imports. */
	public enum Kind {

		CSV("CSV", List.of(".csv"),
				Set.of("text/csv", "text/plain", "application/csv", "text/comma-separated-values", "text/x-csv",
						"application/x-csv", "text/x-comma-separated-values", "application/vnd.ms-excel")),

		XLSX("XLSX", List.of(".xlsx"),
				Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip",
						"application/x-zip-compressed", "application/vnd.ms-excel")),

		GEOJSON("GeoJSON", List.of(".geojson", ".json"), Set.of("application/geo+json", "application/vnd.geo+json",
				"application/json", "text/json", "text/plain", "application/x-geojson"));

		private final String label;

		private final List<String> extensions;

		private final Set<String> contentTypes;

		Kind(String label, List<String> extensions, Set<String> contentTypes) {
			this.label = label;
			this.extensions = extensions;
			this.contentTypes = contentTypes;
		}

	}

	/** Types a browser sends when it does not know the file's type. */
	private static final Set<String> GENERIC = Set.of("", "application/octet-stream", "binary/octet-stream",
			"application/x-download", "application/force-download");

	private UploadTypes() {
	}

	/**
	 * Why this uploaded file is not of a kind the field takes, as a message naming the
	 * field; empty when it may be read.
	 * @param field the field's label as the page shows it, e.g. "File of survey results"
	 * @param fileName the name the browser gave, or null
	 * @param contentType the type the browser declared, or null
	 * @param head the file's first bytes (8 are enough)
	 * @param accepted the kinds the importer reads
	 */
	public static Optional<String> problem(String field, @Nullable String fileName, @Nullable String contentType,
			byte[] head, Kind... accepted) {
		Set<Kind> kinds = EnumSet.copyOf(Arrays.asList(accepted));
		String wanted = field + ": the selected file must be " + describe(kinds);
		String name = fileName == null ? "" : fileName.strip();
		String lower = name.toLowerCase(Locale.ROOT);
		Optional<Kind> byName = kinds.stream().filter(k -> k.extensions.stream().anyMatch(lower::endsWith)).findFirst();
		if (byName.isEmpty()) {
			String shown = name.isEmpty() ? "the file has no name" : name + " is not";
			String hint = lower.endsWith(".xls") && kinds.contains(Kind.XLSX)
					? ". Save the old Excel workbook as .xlsx or as CSV UTF-8 and upload that" : "";
			return Optional.of(wanted + " (" + shown + ")" + hint);
		}
		Kind kind = byName.get();
		String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		if (!GENERIC.contains(type) && !kind.contentTypes.contains(type)) {
			return Optional.of(wanted + " (" + name + " was sent as " + type + ")");
		}
		Optional<String> actually = signature(head);
		boolean zip = actually.isPresent() && actually.get().equals("a ZIP archive");
		if (kind == Kind.XLSX && !zip) {
			return Optional.of(wanted + " (" + name + " is not an Excel workbook"
					+ actually.map(what -> ": it is " + what).orElse("") + ")");
		}
		if (kind != Kind.XLSX && actually.isPresent()) {
			return Optional.of(wanted + " (" + name + " is " + actually.get() + ", not " + kind.label + " text)");
		}
		return Optional.empty();
	}

	private static String describe(Set<Kind> kinds) {
		List<String> labels = new ArrayList<>(kinds.stream().map(k -> k.label).toList());
		String last = labels.remove(labels.size() - 1);
		String list = labels.isEmpty() ? last : String.join(", ", labels) + " or " + last;
		String extensions = kinds.stream().flatMap(k -> k.extensions.stream()).collect(Collectors.joining(", "));
		return "a " + list + " file (" + extensions + ")";
	}

	/** What the first bytes say a binary file is, if they say. */
	private static Optional<String> signature(byte[] head) {
		if (startsWith(head, 'P', 'K', 3, 4)) {
			return Optional.of("a ZIP archive");
		}
		if (WorkbookLimits.looksLikeXls(head)) {
			return Optional.of("an old Excel workbook (.xls)");
		}
		if (startsWith(head, '%', 'P', 'D', 'F')) {
			return Optional.of("a PDF document");
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF)
				|| startsWith(head, 'G', 'I', 'F', '8')) {
			return Optional.of("an image");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] head, int... signature) {
		if (head.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((head[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
