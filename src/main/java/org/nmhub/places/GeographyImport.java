package org.nmhub.places;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.nmhub.access.PartnershipContext;
import org.nmhub.places.GeographyFileKind.Format;
import org.nmhub.places.GeographyRepository.BoundaryRow;
import org.nmhub.places.GeographyRepository.ChangeRow;
import org.nmhub.places.GeographyRepository.ImportRecord;
import org.nmhub.places.GeographyRepository.LsoaRow;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.LsoaVintage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;

/**
 * Imports the ONS lookups and boundary files as published, all or nothing: the file is
 * recognised by its header (or its features' properties), every row is checked, and only
 * a file without problems is written, in one transaction, with its provenance and an
 * audit entry. A file already imported (same SHA-256) is not written again.
 * <p>
 * Welsh rows of the England and Wales lookups are skipped (NM Hub covers England) and
 * counted in the summary.
 */
@Service
class GeographyImport {

	/** How many problems are collected before giving up on a file. */
	static final int MAX_PROBLEMS = 10_000;

	private static final Pattern LSOA = Pattern.compile("[EW]01\\d{6}");

	private static final Pattern MSOA = Pattern.compile("[EW]02\\d{6}");

	private static final Pattern WARD = Pattern.compile("[EW]05\\d{6}");

	private static final Pattern DISTRICT = Pattern.compile("[EW]0[6-9]\\d{6}");

	private static final Pattern AREA = Pattern.compile("[EW]\\d{8}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Who imports: a partnership's administrator, or NM Hub's demo loader. */
	record Importer(@Nullable Long userId, String name, @Nullable Long partnershipId) {

		static final Importer DEMO = new Importer(null, "NM Hub demo data", null);

		static Importer of(PartnershipContext context) {
			return new Importer(context.user().userId(), context.user().displayName(), context.partnershipId().value());
		}

	}

	enum Status {

		IMPORTED, ALREADY_IMPORTED, REFUSED

	}

	/**
	 * What happened to one file.
	 *
	 * @param rows England rows (or features) in the file
	 * @param changed rows inserted or changed in the database
	 * @param welshRowsSkipped Welsh rows of an England and Wales lookup, not imported
	 */
	record Outcome(String fileName, @Nullable GeographyFileKind kind, Status status, int rows, int changed,
			int welshRowsSkipped, List<ImportProblem> problems, long millis, String summary) {

		boolean refused() {
			return status == Status.REFUSED;
		}

	}

	private final GeographyRepository repository;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	private final long maxBytes;

	GeographyImport(GeographyRepository repository, ApplicationEventPublisher events,
			TransactionOperations transactions, @Value("${nmhub.geography.max-file-size:100MB}") DataSize maxFileSize) {
		this.repository = repository;
		this.events = events;
		this.transactions = transactions;
		this.maxBytes = maxFileSize.toBytes();
	}

	/** Reads, checks and (only if there are no problems) writes one file. */
	Outcome importFile(Importer importer, String fileName, InputStream in) throws IOException {
		long started = System.nanoTime();
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		if (bytes.length > maxBytes) {
			return refused(fileName, null, started,
					List.of(ImportProblem.ofFile(
							"The file is larger than the " + size(maxBytes) + " limit (NMHUB_GEOGRAPHY_MAX_FILE_SIZE). "
									+ "Import the file as published by ONS, or raise the limit.")));
		}
		String sha256 = sha256(bytes);
		Optional<ImportRecord> earlier = repository.findImport(sha256);
		if (earlier.isPresent()) {
			ImportRecord e = earlier.get();
			GeographyFileKind kind = GeographyFileKind.valueOf(e.kind());
			return new Outcome(fileName, kind, Status.ALREADY_IMPORTED, e.rowsWritten(), 0, e.rowsSkipped(), List.of(),
					millis(started), "This file (" + kind.label() + ") was already imported as " + e.fileName() + " by "
							+ e.importedBy() + " on " + e.importedAt().toLocalDate() + ". Nothing changed.");
		}
		List<ImportProblem> problems = new ArrayList<>();
		String text = utf8(bytes, problems);
		if (text == null) {
			return refused(fileName, null, started, problems);
		}
		Parsed parsed = text.stripLeading().startsWith("{") ? parseGeoJson(text, problems) : parseCsv(text, problems);
		if (!problems.isEmpty() || parsed == null) {
			return refused(fileName, parsed == null ? null : parsed.kind(), started, problems);
		}
		Written written = transactions.execute(tx -> write(importer, fileName, sha256, parsed));
		String summary = parsed.kind().label() + ": " + parsed.rows() + " rows imported (" + written.changed()
				+ " new or changed)"
				+ (parsed.welsh() > 0 ? "; " + parsed.welsh() + " Welsh rows skipped (NM Hub covers England)" : "")
				+ ".";
		return new Outcome(fileName, parsed.kind(), Status.IMPORTED, parsed.rows(), written.changed(), parsed.welsh(),
				List.of(), millis(started), summary);
	}

	private static Outcome refused(String fileName, @Nullable GeographyFileKind kind, long started,
			List<ImportProblem> problems) {
		return new Outcome(fileName, kind, Status.REFUSED, 0, 0, 0, List.copyOf(problems), millis(started),
				"The file was not imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
						+ ". Nothing was written.");
	}

	private static String size(long bytes) {
		return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
	}

	private static long millis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	// --- parsed content, per kind of file ---

	/** A file that passed every check, ready to write. */
	private record Parsed(GeographyFileKind kind, int rows, int welsh, List<LsoaRow> lsoas, List<ChangeRow> changes,
			List<BoundaryRow> boundaries) {
	}

	private record Written(long importId, int changed) {
	}

	private Written write(Importer importer, String fileName, String sha256, Parsed parsed) {
		GeographyFileKind kind = parsed.kind();
		int changed = switch (kind) {
			case LSOA11_LOOKUP -> repository.upsertLsoas(2011, parsed.lsoas(),
					List.of("name", "msoa_code", "msoa_name", "ward_code", "ward_name", "lad_code", "lad_name"));
			case LSOA21_WARD_LOOKUP -> repository.upsertLsoas(2021, parsed.lsoas(),
					List.of("name", "ward_code", "ward_name", "lad_code", "lad_name"));
			case LSOA21_MSOA_LOOKUP -> repository.upsertLsoas(2021, parsed.lsoas(),
					List.of("name", "msoa_code", "msoa_name", "lad_code", "lad_name"));
			case LSOA01_LSOA11_CHANGES -> repository.upsertLsoas(2001, parsed.lsoas(), List.of("name"))
					+ repository.upsertChanges(2001, 2011, parsed.changes()) + repository.deriveLsoa2001Districts();
			case LSOA11_LSOA21_CHANGES -> repository.upsertChanges(2011, 2021, parsed.changes());
			case LSOA01_BOUNDARIES, LSOA11_BOUNDARIES, LSOA21_BOUNDARIES ->
				repository.updateLsoaGeometries(kind.vintage(), parsed.lsoas());
			default -> repository.upsertBoundaries(kind.layer(), kind.vintage(), parsed.boundaries());
		};
		long id = repository.recordImport(kind, fileName, sha256, parsed.rows(), parsed.welsh(), importer.userId(),
				importer.name(), importer.partnershipId());
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("kind", kind.label());
		after.put("fileName", fileName);
		after.put("sha256", sha256);
		after.put("rows", parsed.rows());
		after.put("changed", changed);
		after.put("welshRowsSkipped", parsed.welsh());
		events.publishEvent(new GeographyImported(id, kind.label(), kind.vintage(), fileName, sha256, parsed.rows(),
				new AuditedChange(importer.partnershipId(), importer.userId(), importer.name(), "imported",
						"geography-import", String.valueOf(id),
						"Imported " + kind.label() + " from " + fileName + " (" + parsed.rows() + " rows)", Map.of(),
						after)));
		return new Written(id, changed);
	}

	// --- encoding ---

	/** The text of a UTF-8 file without its byte order mark, or null with a problem. */
	private static @Nullable String utf8(byte[] bytes, List<ImportProblem> problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int offset = in.position();
			long line = 1;
			for (int i = 0; i < offset; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			problems.add(new ImportProblem(line, "", String.format(Locale.ROOT,
					"the file is not UTF-8: byte 0x%02X (at byte %d) is not valid UTF-8. Save it as \"CSV UTF-8\" "
							+ "(or GeoJSON in UTF-8) and import it again.",
					bytes[offset] & 0xFF, offset)));
			return null;
		}
		decoder.flush(out);
		out.flip();
		String text = out.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// --- recognising a file ---

	/**
	 * The kind whose columns the file has, or null with a problem naming the columns
	 * found, and those missing from the nearest kind (or every kind's columns).
	 */
	private static @Nullable GeographyFileKind recognise(Format format, Set<String> found, String foundDescription,
			List<ImportProblem> problems) {
		for (GeographyFileKind kind : GeographyFileKind.values()) {
			if (kind.format() == format && found.containsAll(kind.columns())) {
				return kind;
			}
		}
		GeographyFileKind nearest = null;
		long overlap = 0;
		for (GeographyFileKind kind : GeographyFileKind.values()) {
			long shared = kind.columns().stream().filter(found::contains).count();
			if (kind.format() == format && shared > overlap) {
				nearest = kind;
				overlap = shared;
			}
		}
		if (nearest != null && overlap * 2 >= nearest.columns().size()) {
			for (String column : nearest.columns()) {
				if (!found.contains(column)) {
					problems.add(new ImportProblem(1, column,
							"column " + column + " is missing: this looks like the " + nearest.label() + ", which has "
									+ String.join(", ", nearest.columns()) + ". The file has " + foundDescription
									+ "."));
				}
			}
			return null;
		}
		String expected = java.util.Arrays.stream(GeographyFileKind.values())
			.filter(k -> k.format() == format)
			.map(k -> k.label() + " (" + String.join(", ", k.columns()) + ")")
			.collect(Collectors.joining("; "));
		problems.add(new ImportProblem(1, "",
				"NM Hub does not recognise this file. It has " + foundDescription + ". NM Hub recognises these "
						+ (format == Format.CSV ? "lookups" : "boundary files") + ": " + expected + "."));
		return null;
	}

	// --- CSV lookups ---

	private @Nullable Parsed parseCsv(String text, List<ImportProblem> problems) {
		List<CsvRecord> records;
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowMissingFields(true)
			.allowExtraFields(true)
			.skipEmptyLines(true)
			.ofCsvRecord(text)) {
			records = reader.stream().toList();
		}
		catch (CsvParseException ex) {
			problems.add(ImportProblem.ofFile("the file is not a readable CSV file: " + ex.getMessage()));
			return null;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		if (records.isEmpty()) {
			problems.add(ImportProblem.ofFile("the file is empty"));
			return null;
		}
		Map<String, Integer> header = new HashMap<>();
		List<String> names = records.get(0).getFields();
		for (int i = 0; i < names.size(); i++) {
			header.putIfAbsent(names.get(i).strip().toUpperCase(Locale.ROOT), i);
		}
		String description = names.isEmpty() ? "no columns" : "the columns " + String.join(", ", names);
		GeographyFileKind kind = recognise(Format.CSV, header.keySet(), description, problems);
		if (kind == null) {
			return null;
		}
		Rows rows = new Rows(header, problems);
		List<LsoaRow> lsoas = new ArrayList<>();
		List<ChangeRow> changes = new ArrayList<>();
		int welsh = 0;
		int count = 0;
		Set<String> seen = new HashSet<>();
		Map<String, String> names2001 = new LinkedHashMap<>();
		Set<String> known2011 = kind == GeographyFileKind.LSOA01_LSOA11_CHANGES
				|| kind == GeographyFileKind.LSOA11_LSOA21_CHANGES ? known(LsoaVintage.LSOA2011, kind, problems)
						: Set.of();
		Set<String> known2021 = kind == GeographyFileKind.LSOA11_LSOA21_CHANGES
				? known(LsoaVintage.LSOA2021, kind, problems) : Set.of();
		if (!problems.isEmpty()) {
			return null;
		}
		for (CsvRecord record : records.subList(1, records.size())) {
			if (problems.size() >= MAX_PROBLEMS) {
				break;
			}
			rows.start(record);
			String code = rows.code(kind.codeColumn(), LSOA, "an LSOA code (E01 and six digits)");
			if (code != null && code.startsWith("W")) {
				welsh++;
				continue;
			}
			count++;
			switch (kind) {
				case LSOA11_LOOKUP, LSOA21_WARD_LOOKUP, LSOA21_MSOA_LOOKUP -> {
					String name = rows.text(kind.nameColumn());
					boolean hasMsoa = kind != GeographyFileKind.LSOA21_WARD_LOOKUP;
					boolean hasWard = kind != GeographyFileKind.LSOA21_MSOA_LOOKUP;
					String vintage = kind == GeographyFileKind.LSOA11_LOOKUP ? "11" : "21";
					String msoa = hasMsoa ? rows.code("MSOA" + vintage + "CD", MSOA, "an MSOA code (E02…)") : null;
					String msoaName = hasMsoa ? rows.optionalText("MSOA" + vintage + "NM") : null;
					String wardColumn = kind == GeographyFileKind.LSOA11_LOOKUP ? "WD17" : "WD24";
					String ward = hasWard ? rows.code(wardColumn + "CD", WARD, "a ward code (E05…)") : null;
					String wardName = hasWard ? rows.optionalText(wardColumn + "NM") : null;
					String ladColumn = kind == GeographyFileKind.LSOA11_LOOKUP ? "LAD21" : "LAD24";
					String lad = rows.code(ladColumn + "CD", DISTRICT, "a district code (E06, E07, E08 or E09…)");
					String ladName = rows.text(ladColumn + "NM");
					if (code != null && !seen.add(code)) {
						rows.problem(kind.codeColumn(), code + " appears more than once");
					}
					if (code != null && name != null) {
						lsoas.add(new LsoaRow(code, name, msoa, msoaName, ward, wardName, lad, ladName, null));
					}
				}
				case LSOA01_LSOA11_CHANGES, LSOA11_LSOA21_CHANGES -> {
					boolean from2001 = kind == GeographyFileKind.LSOA01_LSOA11_CHANGES;
					String toColumn = from2001 ? "LSOA11CD" : "LSOA21CD";
					String to = rows.code(toColumn, LSOA, "an LSOA code (E01 and six digits)");
					String change = rows.text("CHGIND");
					if (change != null && !Set.of("U", "S", "M", "X").contains(change)) {
						rows.problem("CHGIND", "\"" + change
								+ "\" is not a change indicator (U unchanged, S split, M merged, X irregular)");
					}
					if (from2001) {
						String name = rows.text("LSOA01NM");
						if (code != null && name != null) {
							names2001.putIfAbsent(code, name);
						}
						rows.known(toColumn, to, LsoaVintage.LSOA2011, known2011);
					}
					else {
						rows.known("LSOA11CD", code, LsoaVintage.LSOA2011, known2011);
						rows.known(toColumn, to, LsoaVintage.LSOA2021, known2021);
					}
					if (code != null && to != null && !seen.add(code + ">" + to)) {
						rows.problem(toColumn, code + " to " + to + " appears more than once");
					}
					if (code != null && to != null && change != null && change.length() == 1) {
						changes.add(new ChangeRow(code, to, change.charAt(0)));
					}
				}
				default -> throw new IllegalStateException(kind.name());
			}
		}
		names2001.forEach((code, name) -> lsoas.add(LsoaRow.named(code, name)));
		return new Parsed(kind, count, welsh, lsoas, changes, List.of());
	}

	/** The LSOA codes already loaded for a vintage; a problem if there are none. */
	private Set<String> known(LsoaVintage vintage, GeographyFileKind kind, List<ImportProblem> problems) {
		Set<String> codes = repository.lsoaCodes(vintage);
		if (codes.isEmpty()) {
			problems.add(ImportProblem.ofFile("no " + vintage.year() + " LSOAs are loaded yet, so the " + kind.label()
					+ " cannot be checked. Import the ONS lookup of " + vintage.year() + " LSOAs first ("
					+ (vintage == LsoaVintage.LSOA2011 ? GeographyFileKind.LSOA11_LOOKUP.label()
							: vintage == LsoaVintage.LSOA2021 ? GeographyFileKind.LSOA21_WARD_LOOKUP.label()
									: GeographyFileKind.LSOA01_LSOA11_CHANGES.label())
					+ ")."));
		}
		return codes;
	}

	/** Reads one row at a time, collecting problems that name its row and column. */
	private final class Rows {

		private final Map<String, Integer> header;

		private final List<ImportProblem> problems;

		private @Nullable CsvRecord record;

		private @Nullable Map<String, JsonNode> properties;

		private long row;

		Rows(Map<String, Integer> header, List<ImportProblem> problems) {
			this.header = header;
			this.problems = problems;
		}

		void start(CsvRecord record) {
			this.record = record;
			this.row = record.getStartingLineNumber();
		}

		void start(long feature, Map<String, JsonNode> properties) {
			this.properties = properties;
			this.row = feature;
		}

		long row() {
			return row;
		}

		@Nullable String raw(String column) {
			if (properties != null) {
				JsonNode value = properties.get(column);
				return value == null || value.isNull() ? null : value.asString().strip();
			}
			Integer index = header.get(column);
			if (index == null || record == null || index >= record.getFieldCount()) {
				return null;
			}
			return record.getField(index).strip();
		}

		@Nullable String optionalText(String column) {
			String value = raw(column);
			return value == null || value.isEmpty() ? null : value;
		}

		@Nullable String text(String column) {
			String value = optionalText(column);
			if (value == null) {
				problem(column, "is empty");
			}
			return value;
		}

		@Nullable String code(String column, Pattern pattern, String what) {
			String value = text(column);
			if (value != null && !pattern.matcher(value).matches()) {
				problem(column, "\"" + value + "\" is not " + what);
				return null;
			}
			return value;
		}

		void known(String column, @Nullable String code, LsoaVintage vintage, Set<String> codes) {
			if (code == null || code.startsWith("W") || codes.contains(code)) {
				return;
			}
			List<Integer> others = new ArrayList<>();
			for (LsoaVintage other : LsoaVintage.values()) {
				if (other != vintage && problems.size() < 100 && repository.lsoa(other, code).isPresent()) {
					others.add(other.year());
				}
			}
			problem(column, code + " is not a " + vintage.year() + " LSOA"
					+ (others.isEmpty() ? ""
							: " (it is a " + others.stream().map(String::valueOf).collect(Collectors.joining(" and "))
									+ " LSOA: is this file of another vintage?)")
					+ " — import the ONS lookup first");
		}

		void problem(String column, String message) {
			problems.add(new ImportProblem(row, column, message));
		}

	}

	// --- GeoJSON boundaries ---

	private @Nullable Parsed parseGeoJson(String text, List<ImportProblem> problems) {
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			problems.add(ImportProblem.ofFile("the file is not valid GeoJSON: " + ex.getOriginalMessage()));
			return null;
		}
		JsonNode features = root.get("features");
		if (!"FeatureCollection".equals(root.path("type").asString("")) || features == null || !features.isArray()
				|| features.isEmpty()) {
			problems.add(ImportProblem.ofFile("the file is not a GeoJSON FeatureCollection with features"));
			return null;
		}
		Map<String, JsonNode> first = properties(features.get(0));
		GeographyFileKind kind = recognise(Format.GEOJSON, first.keySet(),
				"features with the properties " + String.join(", ", first.keySet()), problems);
		if (kind == null) {
			return null;
		}
		Set<String> known = kind.isLsoaBoundaries() ? known(LsoaVintage.ofYear(kind.vintage()), kind, problems)
				: Set.of();
		if (!problems.isEmpty()) {
			return null;
		}
		GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);
		GeoJsonReader reader = new GeoJsonReader(factory);
		WKBWriter wkb = new WKBWriter(2);
		Rows rows = new Rows(Map.of(), problems);
		List<LsoaRow> lsoas = new ArrayList<>();
		List<BoundaryRow> boundaries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		long number = 0;
		for (JsonNode feature : features) {
			number++;
			if (problems.size() >= MAX_PROBLEMS) {
				break;
			}
			rows.start(number, properties(feature));
			String codeColumn = kind.codeColumn();
			String code = kind.isLsoaBoundaries() ? rows.code(codeColumn, LSOA, "an LSOA code (E01 and six digits)")
					: rows.code(codeColumn, AREA, "an ONS area code (E or W and eight digits)");
			String name = rows.text(kind.nameColumn());
			String lad = kind.columns().size() > 2 ? rows.code(kind.columns().get(2), DISTRICT, "a district code")
					: kind.layer() != null && kind.layer().equals("district") ? code : null;
			Geometry geometry = geometry(reader, feature, rows);
			if (code != null && !seen.add(code)) {
				rows.problem(codeColumn, code + " appears more than once (feature " + number + ")");
			}
			if (kind.isLsoaBoundaries() && code != null && !known.contains(code)) {
				rows.known(codeColumn, code, LsoaVintage.ofYear(kind.vintage()), known);
			}
			if (code == null || name == null || geometry == null) {
				continue;
			}
			byte[] bytes = wkb.write(geometry);
			if (kind.isLsoaBoundaries()) {
				lsoas.add(new LsoaRow(code, name, null, null, null, null, null, null, bytes));
			}
			else {
				boundaries.add(new BoundaryRow(code, name, lad, bytes));
			}
		}
		return new Parsed(kind, (int) number, 0, lsoas, List.of(), boundaries);
	}

	private static Map<String, JsonNode> properties(JsonNode feature) {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		JsonNode node = feature.get("properties");
		if (node != null && node.isObject()) {
			node.properties().forEach(e -> properties.put(e.getKey().strip().toUpperCase(Locale.ROOT), e.getValue()));
		}
		return properties;
	}

	private static @Nullable Geometry geometry(GeoJsonReader reader, JsonNode feature, Rows rows) {
		JsonNode node = feature.get("geometry");
		if (node == null || node.isNull()) {
			rows.problem("geometry", "the feature has no geometry");
			return null;
		}
		Geometry geometry;
		try {
			geometry = reader.read(node.toString());
		}
		catch (ParseException | RuntimeException ex) {
			rows.problem("geometry", "the geometry cannot be read: " + ex.getMessage());
			return null;
		}
		if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon) || geometry.isEmpty()) {
			rows.problem("geometry",
					"the geometry is a " + geometry.getGeometryType() + ", not a Polygon or MultiPolygon");
			return null;
		}
		for (Coordinate c : new Coordinate[] { geometry.getEnvelopeInternal().centre() }) {
			if (Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
				rows.problem("geometry",
						"the coordinates are not longitude and latitude (they look like British National Grid "
								+ "metres): export the file in WGS84 (EPSG:4326), as GeoJSON requires");
				return null;
			}
		}
		return geometry;
	}

}
