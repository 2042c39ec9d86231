package org.nmhub.indicators;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.nmhub.places.Geography;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.LsoaVintage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports an official Indices of Deprivation file as published (any edition, CSV or
 * XLSX): recognises its edition, LSOA vintage and columns, and checks every row as it
 * streams the values with COPY in one transaction, which is rolled back if any row is
 * wrong, so a file is written whole or not at all. A file already imported (same SHA-256)
 * changes nothing. A file of an edition already partly imported adds only the indicators
 * the edition does not yet hold, after checking that the ones it shares hold the same
 * values.
 */
@Component
class IodImport {

	/** Who is importing, for the provenance and the audit log. */
	record Importer(@Nullable Long userId, String name, @Nullable Long partnershipId) {

		static final Importer DEMO = new Importer(null, "NM Hub demo data", null);

	}

	sealed interface Outcome permits Imported, AlreadyImported, Refused {

	}

	/**
	 * @param indicatorsAdded what the file added to its edition
	 * @param indicatorsAlreadyPresent what the edition held already, from another file,
	 * with the same values
	 * @param columnsNotRecognised headings neither an indicator nor a description of the
	 * area
	 */
	record Imported(IndicatorDataset dataset, String editionFoundIn, List<String> indicatorsAdded,
			List<String> indicatorsAlreadyPresent, List<String> columnsNotRecognised,
			long millis) implements Outcome, java.io.Serializable {

	}

	record AlreadyImported(IndicatorDataset dataset) implements Outcome {

	}

	/**
	 * @param total how many problems there were (the list holds at most the first 1,000)
	 */
	record Refused(List<ImportProblem> problems, int total) implements Outcome {

		static Refused of(ImportProblem problem) {
			return new Refused(List.of(problem), 1);
		}

	}

	/** A recognised indicator column. */
	record Column(int index, String heading, IndicatorDefinition definition) {
	}

	/** What the file is, from its name and headings. */
	record Recognised(IodEdition edition, String editionFoundIn, LsoaVintage vintage, int lsoaColumn,
			String lsoaHeading, List<Column> indicators, List<String> notRecognised) {
	}

	private static final Logger log = LoggerFactory.getLogger(IodImport.class);

	private static final int KEPT_PROBLEMS = 1000;

	private static final Pattern THOUSANDS = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

	private final Geography geography;

	private final IndicatorRepository repository;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final long maxBytes;

	IodImport(Geography geography, IndicatorRepository repository, TransactionTemplate transactions,
			ApplicationEventPublisher events, @Value("${nmhub.indicators.max-file-size:50MB}") DataSize maxSize) {
		this.geography = geography;
		this.repository = repository;
		this.transactions = transactions;
		this.events = events;
		this.maxBytes = maxSize.toBytes();
	}

	long maxBytes() {
		return maxBytes;
	}

	Outcome importFile(String fileName, byte[] bytes, @Nullable Integer declaredEdition, Importer importer) {
		return importFile(fileName, bytes, declaredEdition, importer, maxBytes);
	}

	Outcome importFile(String fileName, byte[] bytes, @Nullable Integer declaredEdition, Importer importer,
			long limit) {
		long started = System.nanoTime();
		if (bytes.length > limit) {
			return Refused.of(ImportProblem.ofFile("The file is " + megabytes(bytes.length)
					+ "; the largest file NM Hub imports is " + megabytes(limit) + " (NMHUB_MAX_IMPORT)."));
		}
		String sha256 = sha256(bytes);
		Optional<IndicatorDataset> existing = repository.datasetWithChecksum(sha256);
		if (existing.isPresent()) {
			return new AlreadyImported(existing.get());
		}
		try (IodTable.Streamed parts = IodTable.readStreamed(fileName, bytes, IodTable.HEAD_ROWS)) {
			return importFile(fileName, sha256, parts, declaredEdition, importer, started);
		}
		catch (IodTable.Unreadable ex) {
			return Refused.of(ex.problem());
		}
	}

	private Outcome importFile(String fileName, String sha256, IodTable.Streamed parts,
			@Nullable Integer declaredEdition, Importer importer, long started) {
		List<ImportProblem> problems = new ArrayList<>();
		Recognised file = recognise(parts.head(), fileName, declaredEdition, problems);
		if (file == null) {
			return new Refused(problems, problems.size());
		}
		long read = System.nanoTime();
		Set<String> codes = geography.lsoaCodes(file.vintage());
		long codesLoaded = System.nanoTime();
		if (codes.isEmpty()) {
			problems.add(ImportProblem.ofFile("NM Hub does not hold the " + file.vintage().year()
					+ " LSOAs yet, so it cannot check the area codes. Import the ONS geography first."));
			return new Refused(problems, 1);
		}
		Rows rows = new Rows(file, codes, repository);
		long[] phases = new long[4];
		Long id;
		try {
			id = transactions.execute(tx -> {
				Long written = write(fileName, sha256, file, parts, rows, importer, started, phases);
				if (written == null) {
					tx.setRollbackOnly();
				}
				return written;
			});
		}
		catch (IodTable.UnreadableRow ex) {
			return Refused.of(ex.problem());
		}
		if (id == null) {
			return new Refused(rows.problems, rows.total);
		}
		if (log.isDebugEnabled()) {
			long committed = System.nanoTime();
			log.debug(
					"{}: read the first rows and recognised {} ms, LSOAs {} ms, written {} ms (read, checked and COPY {} "
							+ "ms; ANALYZE {} ms, listeners to IndicatorValuesImported {} ms, commit {} ms)",
					fileName, (read - started) / 1_000_000, (codesLoaded - read) / 1_000_000,
					(committed - codesLoaded) / 1_000_000, phases[0] / 1_000_000, phases[3] / 1_000_000,
					phases[1] / 1_000_000, (committed - phases[2]) / 1_000_000);
		}
		IndicatorDataset written = repository.dataset(id).orElseThrow();
		return new Imported(written, file.editionFoundIn(), rows.added.stream().map(c -> c.definition().key()).toList(),
				rows.present.stream().map(c -> c.definition().key()).toList(), file.notRecognised(),
				written.importMillis());
	}

	/**
	 * Writes the dataset, reading and checking each row as it streams the rows to the
	 * database, so that the database stores each batch while the next rows are read and
	 * checked. A row that cannot be read throws {@link IodTable.UnreadableRow}, which
	 * rolls the transaction back. At the first problem it stops writing rows but goes on
	 * checking, to list every problem, and returns {@code null}: the caller rolls the
	 * transaction back, so nothing is written. {@code phases} receives how long the
	 * reading, checks and COPY, ANALYZE and the listeners took, and when the work before
	 * the commit ended, for the debug log.
	 */
	private @Nullable Long write(String fileName, String sha256, Recognised file, IodTable.Streamed parts, Rows rows,
			Importer importer, long started, long[] phases) {
		Map<String, Integer> ids = repository
			.ensureDefinitions(file.indicators().stream().map(Column::definition).toList());
		// The row count and coverage are recorded once every row has been read.
		IndicatorRepository.NewDataset dataset = new IndicatorRepository.NewDataset(file.edition(), file.vintage(),
				fileName, sha256, 0, false, file.notRecognised(), importer.userId(), importer.name(),
				importer.partnershipId());
		long id = repository.insertDataset(dataset);
		repository.insertColumns(id, file.edition().key(),
				rows.added.stream().map(c -> ids.get(c.definition().key())).toList(),
				rows.added.stream().map(Column::heading).toList());
		// Read before the COPY begins: the connection serves one statement at a time.
		rows.loadEarlierValues();
		long copying = System.nanoTime();
		try (IndicatorRepository.ValuesCopy copy = rows.added.isEmpty() ? null
				: repository.copyValues(id, file.vintage())) {
			for (IodTable.Line line : parts.head().lines()) {
				rows.check(line, copy);
			}
			for (Iterator<IodTable.Line> rest = parts.rest(); rest.hasNext();) {
				rows.check(rest.next(), copy);
			}
			if (rows.total > 0) {
				return null;
			}
			if (copy != null) {
				copy.finish();
			}
		}
		phases[0] = System.nanoTime() - copying;
		repository.recordRows(id, rows.written(), rows.written() < rows.englandLsoas);
		long analysing = System.nanoTime();
		if (!rows.added.isEmpty()) {
			repository.analyseValues();
		}
		phases[3] = System.nanoTime() - analysing;
		List<String> keys = rows.added.stream().map(c -> c.definition().key()).toList();
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("file", fileName);
		after.put("sha256", sha256);
		after.put("edition", file.edition().year());
		after.put("lsoaVintage", file.vintage().year());
		after.put("rows", rows.written());
		after.put("indicators", keys);
		long publishing = System.nanoTime();
		events.publishEvent(new IndicatorValuesImported(id, file.edition().key(), file.vintage(), keys,
				new AuditedChange(importer.partnershipId(), importer.userId(), importer.name(), "imported",
						"indicator_dataset", String.valueOf(id), "Imported " + file.edition().title() + " from "
								+ fileName + " (" + rows.written() + " areas, " + keys.size() + " indicators)",
						Map.of(), after)));
		phases[1] = System.nanoTime() - publishing;
		repository.recordImportTime(id, (System.nanoTime() - started) / 1_000_000);
		phases[2] = System.nanoTime();
		return id;
	}

	/**
	 * Recognises the edition, LSOA vintage and columns, adding a problem for anything it
	 * cannot; {@code null} if the file cannot be imported.
	 */
	@Nullable Recognised recognise(IodTable table, String fileName, @Nullable Integer declaredYear,
			List<ImportProblem> problems) {
		int size = problems.size();
		List<String> headings = table.headings();
		int lsoaColumn = -1;
		Optional<LsoaVintage> headingVintage = Optional.empty();
		List<Column> indicators = new ArrayList<>();
		List<String> notRecognised = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (int i = 0; i < headings.size(); i++) {
			String heading = headings.get(i).trim();
			Optional<Optional<LsoaVintage>> lsoa = IodColumns.lsoaCodeColumn(heading);
			Optional<IndicatorDefinition> indicator = IodColumns.indicator(heading);
			if (lsoa.isPresent() && lsoaColumn < 0) {
				lsoaColumn = i;
				headingVintage = lsoa.get();
			}
			else if (indicator.isPresent()) {
				String earlier = seen.putIfAbsent(indicator.get().key(), heading);
				if (earlier != null) {
					problems.add(new ImportProblem(table.headingRow(), heading,
							"holds " + indicator.get().name() + ", as column " + earlier + " does"));
				}
				else {
					indicators.add(new Column(i, heading, indicator.get()));
				}
			}
			else if (!heading.isEmpty() && lsoa.isEmpty() && !IodColumns.isDescriptive(heading)) {
				notRecognised.add(heading);
			}
		}
		String found = "the headings are: " + String.join(", ", headings.stream().map(h -> "\"" + h + "\"").toList());
		if (lsoaColumn < 0) {
			problems.add(new ImportProblem(table.headingRow(), null,
					"no LSOA code column was found; " + found + ". NM Hub expects " + IodColumns.expected() + "."));
		}
		if (indicators.isEmpty()) {
			problems.add(new ImportProblem(table.headingRow(), null, "no indicator column was recognised; " + found
					+ ". NM Hub expects " + IodColumns.expected() + "."));
		}
		if (table.lines().isEmpty()) {
			problems.add(ImportProblem.ofFile("The file has a heading row but no data rows."));
		}
		IodEdition edition = null;
		String foundIn = "chosen on the form";
		Optional<IodEdition> detected = IodColumns.editionNamedIn(fileName);
		String detectedIn = "its file name";
		if (detected.isEmpty()) {
			detected = headings.stream().map(IodColumns::editionNamedIn).flatMap(Optional::stream).findFirst();
			detectedIn = "its headings";
		}
		if (detected.isEmpty()) {
			detected = yearColumn(table, "imd_year", "iod_year").flatMap(IodEdition::ofYear);
			detectedIn = "its imd_year column";
		}
		if (declaredYear != null) {
			edition = IodEdition.ofYear(declaredYear).orElse(null);
			if (edition == null) {
				problems.add(ImportProblem.ofFile("There is no edition " + declaredYear
						+ " of the Indices of Deprivation (there are 2004, 2007, 2010, 2015, 2019 and 2025)."));
			}
			else if (detected.isPresent() && detected.get() != edition) {
				problems.add(ImportProblem.ofFile("The file is IoD " + detected.get().year() + " (from " + detectedIn
						+ "), but IoD " + declaredYear + " was chosen."));
			}
		}
		else if (detected.isPresent()) {
			edition = detected.get();
			foundIn = "from " + detectedIn;
		}
		else {
			problems.add(ImportProblem.ofFile("NM Hub could not tell which edition of the Indices of Deprivation this "
					+ "is: neither its name nor its headings say. Choose the edition and import it again."));
		}
		LsoaVintage vintage = null;
		if (edition != null && lsoaColumn >= 0) {
			vintage = headingVintage
				.or(() -> yearColumn(table, "lsoa_year").flatMap(y -> Optional.of(LsoaVintage.ofYear(y))))
				.orElse(edition.vintage());
			if (vintage != edition.vintage()) {
				problems.add(new ImportProblem(table.headingRow(), headings.get(lsoaColumn).trim(),
						"holds " + vintage.year() + " LSOA codes, but IoD " + edition.year() + " is published for "
								+ edition.vintage().year() + " LSOAs"));
			}
		}
		if (problems.size() > size || edition == null || vintage == null) {
			return null;
		}
		return new Recognised(edition, foundIn, vintage, lsoaColumn, headings.get(lsoaColumn).trim(), indicators,
				notRecognised);
	}

	private static Optional<Integer> yearColumn(IodTable table, String... names) {
		for (int i = 0; i < table.headings().size(); i++) {
			if (List.of(names).contains(IodColumns.normalise(table.headings().get(i))) && !table.lines().isEmpty()
					&& table.lines().get(0).cells().length > i) {
				try {
					return Optional.of(Integer.parseInt(table.lines().get(0).cells()[i].trim()));
				}
				catch (NumberFormatException ex) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Checks each row, passing the values of the indicators the file adds to the COPY
	 * while no problem has been found.
	 */
	private static final class Rows {

		final Recognised file;

		final Set<String> codes;

		final Map<String, IndicatorRepository.Supply> supplied;

		final IndicatorRepository repository;

		final List<Column> added = new ArrayList<>();

		final List<Column> present = new ArrayList<>();

		/**
		 * The values the edition already holds for each column the file shares, by area.
		 */
		final List<Map<String, BigDecimal>> earlier = new ArrayList<>();

		final List<ImportProblem> problems = new ArrayList<>();

		final Map<String, Integer> rowOf = new HashMap<>(80_000);

		/**
		 * England's LSOAs of the vintage: the lowest rank, and the rows of a full file.
		 */
		final long englandLsoas;

		int total;

		Rows(Recognised file, Set<String> codes, IndicatorRepository repository) {
			this.repository = repository;
			this.supplied = repository.supplied(file.edition().key());
			this.file = file;
			this.codes = codes;
			for (Column c : file.indicators()) {
				(supplied.containsKey(c.definition().key()) ? present : added).add(c);
			}
			this.englandLsoas = codes.stream().filter(c -> c.startsWith("E")).count();
		}

		void problem(int row, @Nullable String column, String message) {
			if (problems.size() < KEPT_PROBLEMS) {
				problems.add(new ImportProblem(row, column, message));
			}
			total++;
		}

		/** Checks one row; while every row so far is right, writes it. */
		void check(IodTable.Line line, IndicatorRepository.@Nullable ValuesCopy copy) {
			String[] cells = line.cells();
			String code = cell(cells, file.lsoaColumn()).trim();
			if (code.isEmpty()) {
				problem(line.number(), file.lsoaHeading(), "the LSOA code is missing");
			}
			else if (!codes.contains(code)) {
				problem(line.number(), file.lsoaHeading(),
						"'" + code + "' is not a " + file.vintage().year() + " LSOA code");
			}
			else {
				Integer first = rowOf.putIfAbsent(code, line.number());
				if (first != null) {
					problem(line.number(), file.lsoaHeading(),
							"'" + code + "' appears again (it is first on row " + first + ")");
				}
			}
			String[] row = new String[added.size()];
			for (int j = 0; j < added.size(); j++) {
				row[j] = value(line, added.get(j));
			}
			for (int j = 0; j < present.size(); j++) {
				String v = value(line, present.get(j));
				BigDecimal before = earlier.get(j).get(code);
				if (v != null && before != null && before.compareTo(new BigDecimal(v)) != 0) {
					Column column = present.get(j);
					problem(line.number(), column.heading(),
							v + " differs from " + before.toPlainString() + ", imported for IoD "
									+ file.edition().year() + " from "
									+ supplied.get(column.definition().key()).fileName());
				}
			}
			if (total == 0 && copy != null) {
				copy.row(code, row);
			}
		}

		/**
		 * The rows written: while no problem has been found, every row read so far has
		 * its own known LSOA code.
		 */
		int written() {
			return rowOf.size();
		}

		/**
		 * Reads the values of the columns the file shares with earlier files of its
		 * edition.
		 */
		void loadEarlierValues() {
			for (Column column : present) {
				IndicatorRepository.Supply supply = supplied.get(column.definition().key());
				earlier.add(repository.values(supply.datasetId(), supply.position()));
			}
		}

		/** The value as plain decimal text, or {@code null} after adding a problem. */
		private @Nullable String value(IodTable.Line line, Column column) {
			String raw = cell(line.cells(), column.index()).trim();
			Measure measure = column.definition().measure();
			if (raw.isEmpty()) {
				problem(line.number(), column.heading(), "the value is missing");
				return null;
			}
			String number = number(raw);
			boolean whole = number != null && number.indexOf('.') < 0;
			switch (measure) {
				case DECILE -> {
					if (!whole) {
						problem(line.number(), column.heading(), "'" + raw + "' is not a whole number");
						return null;
					}
					if (!within(number, 1, 10)) {
						problem(line.number(), column.heading(), "decile " + raw + " is outside 1 to 10");
						return null;
					}
				}
				case RANK -> {
					// Official ranks are whole, except tied sub-domain ranks published as
					// n.5.
					if (number == null || !(whole || number.endsWith(".5"))) {
						problem(line.number(), column.heading(), "'" + raw + "' is not a whole number");
						return null;
					}
					String integral = whole ? number : number.substring(0, number.indexOf('.'));
					if (!within(integral, 1, englandLsoas) || (!whole && !within(integral, 1, englandLsoas - 1))) {
						problem(line.number(), column.heading(),
								"rank " + raw + " is outside 1 to "
										+ NumberFormat.getIntegerInstance(Locale.UK).format(englandLsoas)
										+ " (the number of " + file.vintage().year() + " LSOAs in England)");
						return null;
					}
				}
				case COUNT -> {
					if (!whole || number.startsWith("-")) {
						problem(line.number(), column.heading(), "'" + raw + "' is not a whole number");
						return null;
					}
				}
				default -> {
					if (number == null) {
						problem(line.number(), column.heading(), "'" + raw + "' is not a number");
						return null;
					}
				}
			}
			return number;
		}

		private static String cell(String[] cells, int index) {
			return index < cells.length ? cells[index] : "";
		}

		private static boolean within(String integer, long min, long max) {
			if (integer.length() > 12) {
				return false;
			}
			long v = Long.parseLong(integer);
			return v >= min && v <= max;
		}

	}

	/**
	 * A number as plain decimal text: "29,199" becomes 29199 and 1e-04 becomes 0.0001;
	 * {@code null} if it is not a number.
	 */
	static @Nullable String number(String raw) {
		if (isPlainDecimal(raw)) {
			return raw;
		}
		if (raw.indexOf(',') >= 0) {
			return THOUSANDS.matcher(raw).matches() ? raw.replace(",", "") : null;
		}
		try {
			return new BigDecimal(raw).toPlainString();
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Whether the text is an optional minus, digits, and optionally a point and digits.
	 */
	private static boolean isPlainDecimal(String s) {
		int n = s.length();
		int i = (n > 0 && s.charAt(0) == '-') ? 1 : 0;
		int start = i;
		while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
			i++;
		}
		if (i == start) {
			return false;
		}
		if (i == n) {
			return true;
		}
		if (s.charAt(i) != '.' || ++i == n) {
			return false;
		}
		while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
			i++;
		}
		return i == n;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.UK, "%.1f MB", bytes / 1_048_576.0);
	}

}
