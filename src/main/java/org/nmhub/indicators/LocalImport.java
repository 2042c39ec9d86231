package org.nmhub.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports a partnership's own indicator from any CSV or XLSX read by a
 * {@link LocalMapping}: checks every row first (area codes against the LSOAs of the
 * chosen vintage, periods, numbers, duplicates), and only with no problem at all writes
 * the dataset and its values in one transaction, with COPY. Rows with no area code, and
 * rows for areas outside England, are left out and counted rather than refused. The same
 * file read the same way is imported once.
 */
@Component
class LocalImport {

	/** Who is importing, into which partnership. */
	record Importer(long partnershipId, @Nullable Long userId, String name) {
	}

	sealed interface Outcome permits Imported, AlreadyImported, Refused {

	}

	record Imported(LocalDataset dataset) implements Outcome {

	}

	record AlreadyImported(LocalDataset dataset) implements Outcome {

	}

	/**
	 * @param total how many problems there were (the list holds at most the first 1,000)
	 */
	record Refused(List<ImportProblem> problems, int total) implements Outcome {

		static Refused of(ImportProblem problem) {
			return new Refused(List.of(problem), 1);
		}

	}

	private static final int KEPT_PROBLEMS = 1000;

	private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

	private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

	private static final Pattern FINANCIAL_YEAR = Pattern.compile("([0-9]{4})/([0-9]{2})");

	private final Geography geography;

	private final LocalRepository repository;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final long maxBytes;

	LocalImport(Geography geography, LocalRepository repository, TransactionTemplate transactions,
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

	/** Whether a period is 'YYYY-MM', 'YYYY' or a financial year 'YYYY/YY'. */
	static boolean isPeriod(String period) {
		if (MONTH.matcher(period).matches() || YEAR.matcher(period).matches()) {
			return true;
		}
		var fy = FINANCIAL_YEAR.matcher(period);
		return fy.matches() && (Integer.parseInt(fy.group(1)) + 1) % 100 == Integer.parseInt(fy.group(2));
	}

	/** The file as a table, refusing an oversized or unreadable one. */
	static IodTable table(String fileName, byte[] bytes, long limit) throws IodTable.Unreadable {
		if (bytes.length > limit) {
			throw new IodTable.Unreadable(ImportProblem.ofFile("The file is " + megabytes(bytes.length)
					+ "; the largest file NM Hub imports is " + megabytes(limit) + " (NMHUB_MAX_IMPORT)."));
		}
		return IodTable.readAny(fileName, bytes);
	}

	Outcome importFile(String fileName, byte[] bytes, LocalMapping mapping, Importer importer) {
		return importFile(fileName, bytes, mapping, importer, maxBytes);
	}

	Outcome importFile(String fileName, byte[] bytes, LocalMapping mapping, Importer importer, long limit) {
		long started = System.nanoTime();
		IodTable table;
		try {
			table = table(fileName, bytes, limit);
		}
		catch (IodTable.Unreadable ex) {
			return Refused.of(ex.problem());
		}
		String sha256 = IodImport.sha256(bytes);
		Optional<LocalDataset> existing = repository.datasetWithChecksum(importer.partnershipId(), sha256,
				mapping.key());
		if (existing.isPresent()) {
			return new AlreadyImported(existing.get());
		}
		Rows rows = new Rows(table, mapping);
		if (rows.columnsFound()) {
			Set<String> codes = geography.lsoaCodes(mapping.vintage());
			if (codes.isEmpty()) {
				return Refused.of(ImportProblem.ofFile("NM Hub does not hold the " + mapping.vintage().year()
						+ " LSOAs yet, so it cannot check the area codes. Import the ONS geography first."));
			}
			rows.check(codes);
		}
		if (rows.total > 0) {
			return new Refused(rows.problems, rows.total);
		}
		List<LocalRepository.Value> values = rows.values();
		if (values.isEmpty()) {
			return Refused
				.of(ImportProblem.ofFile("No row of the file has a value to import" + (mapping.filterColumn() == null
						? "." : " where " + mapping.filterColumn() + " is " + mapping.filterValue() + ".")));
		}
		LocalRepository.NewDataset dataset = new LocalRepository.NewDataset(importer.partnershipId(), mapping, fileName,
				sha256, table.lines().size(), rows.withoutArea, rows.outsideEngland, rows.filteredOut, values.size(),
				importer.userId(), importer.name());
		long id = transactions.execute(tx -> {
			long datasetId = repository.insertDataset(dataset);
			repository.copyValues(datasetId, values);
			Map<String, @Nullable Object> after = new LinkedHashMap<>();
			after.put("name", mapping.name());
			after.put("file", fileName);
			after.put("sha256", sha256);
			after.put("mapping", mapping.describe());
			after.put("values", values.size());
			after.put("rowsWithoutArea", rows.withoutArea);
			after.put("rowsOutsideEngland", rows.outsideEngland);
			events.publishEvent(
					new LocalIndicatorImported(datasetId, importer.partnershipId(), mapping.name(),
							new AuditedChange(importer.partnershipId(), importer.userId(), importer.name(), "imported",
									"indicator_local_dataset", String.valueOf(datasetId), "Imported " + mapping.name()
											+ " from " + fileName + " (" + values.size() + " values)",
									Map.of(), after)));
			repository.recordImportTime(datasetId, (System.nanoTime() - started) / 1_000_000);
			return datasetId;
		});
		return new Imported(repository.dataset(importer.partnershipId(), id).orElseThrow());
	}

	/** Reads and checks every row against the mapping. */
	private static final class Rows {

		final IodTable table;

		final LocalMapping mapping;

		final List<ImportProblem> problems = new ArrayList<>();

		int total;

		int withoutArea;

		int outsideEngland;

		int filteredOut;

		int area = -1;

		int period = -1;

		int value = -1;

		int filter = -1;

		int numerator = -1;

		int denominator = -1;

		final Map<String, LocalRepository.Value> byAreaAndPeriod = new LinkedHashMap<>();

		final Map<String, long[]> counts = new LinkedHashMap<>();

		Rows(IodTable table, LocalMapping mapping) {
			this.table = table;
			this.mapping = mapping;
			area = column(mapping.areaColumn(), "the area code");
			if (mapping.periodColumn() != null) {
				period = column(mapping.periodColumn(), "the period");
			}
			else if (mapping.fixedPeriod() == null || !isPeriod(mapping.fixedPeriod())) {
				problem(0, null, "the period '" + (mapping.fixedPeriod() == null ? "" : mapping.fixedPeriod())
						+ "' is not a month (2021-04), a year (2021) or a financial year (2021/22)");
			}
			if (mapping.valueColumn() != null) {
				value = column(mapping.valueColumn(), "the value");
			}
			if (mapping.filterColumn() != null) {
				filter = column(mapping.filterColumn(), "the filter");
			}
			if (mapping.numeratorColumn() != null) {
				numerator = column(mapping.numeratorColumn(), "the numerator");
			}
			if (mapping.denominatorColumn() != null) {
				denominator = column(mapping.denominatorColumn(), "the denominator");
			}
			if (table.lines().isEmpty()) {
				problem(0, null, "the file has a heading row but no data rows");
			}
		}

		boolean columnsFound() {
			return total == 0;
		}

		private int column(String heading, String what) {
			List<String> headings = table.headings();
			for (int i = 0; i < headings.size(); i++) {
				if (headings.get(i).trim().equals(heading)) {
					return i;
				}
			}
			problem(table.headingRow(), heading, "the column chosen for " + what
					+ " is not in the file (its headings are " + String.join(", ", headings) + ")");
			return -1;
		}

		void problem(int row, @Nullable String column, String message) {
			if (problems.size() < KEPT_PROBLEMS) {
				problems.add(new ImportProblem(row, column, message));
			}
			total++;
		}

		void check(Set<String> codes) {
			Map<String, Integer> firstRow = new HashMap<>();
			for (IodTable.Line line : table.lines()) {
				String[] cells = line.cells();
				if (filter >= 0 && !cell(cells, filter).equalsIgnoreCase(mapping.filterValue())) {
					filteredOut++;
					continue;
				}
				String code = cell(cells, area);
				if (code.isEmpty()) {
					withoutArea++;
					continue;
				}
				String upper = code.toUpperCase(Locale.ROOT);
				if (upper.startsWith("W") || upper.startsWith("S") || upper.startsWith("N") || upper.startsWith("95")) {
					outsideEngland++;
					continue;
				}
				boolean ok = true;
				if (!codes.contains(code)) {
					problem(line.number(), mapping.areaColumn(),
							code + " is not a " + mapping.vintage().year() + " LSOA");
					ok = false;
				}
				String p = period >= 0 ? cell(cells, period) : mapping.fixedPeriod();
				if (p.isEmpty()) {
					problem(line.number(), mapping.periodColumn(), "the period is missing");
					ok = false;
				}
				else if (!isPeriod(p)) {
					problem(line.number(), mapping.periodColumn(),
							"'" + p + "' is not a month (2021-04), a year (2021) or a financial year (2021/22)");
					ok = false;
				}
				String key = code + "\t" + p;
				if (value < 0) {
					if (ok) {
						counts.computeIfAbsent(key, k -> new long[1])[0]++;
					}
					continue;
				}
				String v = number(line, value, mapping.valueColumn(), true);
				String n = numerator >= 0 ? number(line, numerator, mapping.numeratorColumn(), false) : null;
				String d = denominator >= 0 ? number(line, denominator, mapping.denominatorColumn(), false) : null;
				if (v == null || !ok) {
					continue;
				}
				Integer first = firstRow.putIfAbsent(key, line.number());
				if (first != null) {
					problem(line.number(), mapping.areaColumn(),
							code + " in " + p + " appears again (it is first on row " + first + ")");
					continue;
				}
				byAreaAndPeriod.put(key, new LocalRepository.Value(code, p, v, n, d));
			}
		}

		/**
		 * The cell as plain decimal text, or {@code null} (with a problem if required).
		 */
		private @Nullable String number(IodTable.Line line, int index, @Nullable String heading, boolean required) {
			String raw = cell(line.cells(), index);
			if (raw.isEmpty()) {
				if (required) {
					problem(line.number(), heading, "the value is missing");
				}
				return null;
			}
			String number = IodImport.number(raw);
			if (number == null) {
				problem(line.number(), heading, "'" + raw + "' is not a number");
			}
			return number;
		}

		List<LocalRepository.Value> values() {
			if (value >= 0) {
				return List.copyOf(byAreaAndPeriod.values());
			}
			List<LocalRepository.Value> values = new ArrayList<>(counts.size());
			counts.forEach((key, count) -> {
				int tab = key.indexOf('\t');
				values.add(new LocalRepository.Value(key.substring(0, tab), key.substring(tab + 1),
						BigDecimal.valueOf(count[0]).toPlainString(), null, null));
			});
			return values;
		}

		private static String cell(String[] cells, int index) {
			return index < cells.length ? cells[index].trim() : "";
		}

	}

	private static String megabytes(long bytes) {
		return String.format(Locale.UK, "%.1f MB", bytes / 1_048_576.0);
	}

}
