package org.nmhub.performance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.shared.WorkbookLimits;
import org.nmhub.access.OrganisationRef;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Partnerships;
import org.nmhub.performance.Views.Block;
import org.nmhub.performance.Views.Indicator;
import org.nmhub.performance.Views.Outcome;
import org.nmhub.performance.Views.Target;
import org.nmhub.performance.Views.Version;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The framework as a table of one row per indicator, for export and import (CSV or XLSX).
 * An import is checked row by row first; any problem (unknown block, duplicate code, bad
 * number or date, target without a baseline…) refuses the whole file, and nothing is
 * saved. Indicators already in the version are updated by code; new outcomes are added to
 * their block.
 */
@Service
class FrameworkTransfer {

	static final List<String> HEADER = List.of("block_code", "block_name", "outcome_code", "outcome_title",
			"indicator_code", "indicator_title", "definition", "unit", "polarity", "data_source", "frequency",
			"lead_partner", "data_owner", "mandatory", "baseline_value", "baseline_date", "targets");

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private final FrameworkRepository framework;

	private final Partnerships partnerships;

	private final PerformanceAudit audit;

	FrameworkTransfer(FrameworkRepository framework, Partnerships partnerships, PerformanceAudit audit) {
		this.framework = framework;
		this.partnerships = partnerships;
		this.audit = audit;
	}

	/** A problem in an imported file, by row (1 = the heading row) and column. */
	record ImportProblem(int row, String column, String message) {

	}

	/** What an import did, or why it did nothing. */
	record ImportResult(int added, int updated, int outcomesAdded, List<ImportProblem> problems) {

	}

	List<List<?>> rows(long p, Version v) {
		Map<Long, Block> blocks = framework.blocks(p, v.id()).stream().collect(Collectors.toMap(Block::id, b -> b));
		Map<Long, Outcome> outcomes = framework.outcomes(p, v.id())
			.stream()
			.collect(Collectors.toMap(Outcome::id, o -> o));
		Map<Long, List<Target>> targets = framework.targets(p, v.id())
			.stream()
			.collect(Collectors.groupingBy(Target::indicatorId));
		List<List<?>> rows = new ArrayList<>();
		for (Indicator i : framework.indicators(p, v.id())) {
			Outcome o = outcomes.get(i.outcomeId());
			Block b = blocks.get(o.blockId());
			List<@Nullable Object> row = new ArrayList<>();
			row.add(b.code());
			row.add(b.name());
			row.add(o.code());
			row.add(o.title());
			row.add(i.code());
			row.add(i.title());
			row.add(i.definition());
			row.add(i.unit());
			row.add(i.polarity().name());
			row.add(i.dataSource());
			row.add(i.frequency());
			row.add(i.leadOrganisation());
			row.add(i.dataOwner());
			row.add(i.mandatory() ? "mandatory" : "local");
			row.add(i.baselineValue());
			row.add(i.baselineDate() == null ? null : i.baselineDate().toString());
			row.add(targets.getOrDefault(i.id(), List.of())
				.stream()
				.map(t -> t.date() + "=" + Forms.text(t.value()))
				.collect(Collectors.joining("; ")));
			rows.add(row);
		}
		return rows;
	}

	@Transactional
	ImportResult importFile(PartnershipContext context, Version v, String fileName, byte[] bytes) {
		long p = context.partnershipId().value();
		List<ImportProblem> problems = new ArrayList<>();
		if (bytes.length == 0) {
			return refused(new ImportProblem(0, "", "The file is empty"));
		}
		if (bytes.length > MAX_BYTES) {
			return refused(new ImportProblem(0, "", "The file is larger than 5 MB"));
		}
		List<String[]> table;
		try {
			table = WorkbookLimits.looksLikeXlsx(bytes) ? xlsx(bytes) : csv(bytes);
		}
		catch (Unreadable ex) {
			return refused(new ImportProblem(ex.row, "", ex.getMessage()));
		}
		if (table.isEmpty()) {
			return refused(new ImportProblem(0, "", "The file is empty"));
		}
		Map<String, Integer> columns = new HashMap<>();
		String[] heading = table.get(0);
		for (int c = 0; c < heading.length; c++) {
			columns.put(heading[c].replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), c);
		}
		for (String required : List.of("block_code", "outcome_code", "indicator_code", "indicator_title")) {
			if (!columns.containsKey(required)) {
				problems.add(new ImportProblem(1, required, "The column " + required + " is missing"));
			}
		}
		if (!problems.isEmpty()) {
			return refused(problems);
		}
		Map<String, Block> blocks = new HashMap<>();
		framework.blocks(p, v.id()).forEach(b -> blocks.put(b.code().toLowerCase(Locale.ROOT), b));
		Map<String, Outcome> outcomes = new HashMap<>();
		framework.outcomes(p, v.id()).forEach(o -> outcomes.put(o.code().toLowerCase(Locale.ROOT), o));
		Map<String, Indicator> indicators = new HashMap<>();
		framework.indicators(p, v.id()).forEach(i -> indicators.put(i.code().toLowerCase(Locale.ROOT), i));
		Map<String, Long> organisations = new HashMap<>();
		for (OrganisationRef o : partnerships.organisations(context.partnershipId())) {
			organisations.put(o.name().toLowerCase(Locale.ROOT), o.id());
		}
		Set<String> seen = new HashSet<>();
		Map<String, String[]> newOutcomes = new LinkedHashMap<>();
		List<Parsed> parsed = new ArrayList<>();
		for (int r = 1; r < table.size(); r++) {
			Row row = new Row(r + 1, table.get(r), columns);
			if (row.allBlank()) {
				continue;
			}
			int before = problems.size();
			String blockCode = row.get("block_code");
			Block block = blockCode == null ? null : blocks.get(blockCode.toLowerCase(Locale.ROOT));
			if (blockCode == null) {
				problems.add(row.problem("block_code", "Enter the block's code"));
			}
			else if (block == null) {
				problems.add(row.problem("block_code",
						"Unknown block " + blockCode + ": add the block to the version first"));
			}
			String outcomeCode = row.get("outcome_code");
			if (outcomeCode == null) {
				problems.add(row.problem("outcome_code", "Enter the outcome's code"));
			}
			else if (block != null) {
				Outcome existing = outcomes.get(outcomeCode.toLowerCase(Locale.ROOT));
				String[] pending = newOutcomes.get(outcomeCode.toLowerCase(Locale.ROOT));
				if (existing != null && existing.blockId() != block.id()
						|| pending != null && !pending[0].equalsIgnoreCase(blockCode)) {
					problems
						.add(row.problem("outcome_code", "The outcome " + outcomeCode + " belongs to another block"));
				}
				else if (existing == null && pending == null) {
					String title = row.get("outcome_title");
					if (title == null) {
						problems.add(row.problem("outcome_title",
								"The outcome " + outcomeCode + " is new: enter its title"));
					}
					else {
						newOutcomes.put(outcomeCode.toLowerCase(Locale.ROOT),
								new String[] { blockCode, outcomeCode, title });
					}
				}
			}
			String code = row.get("indicator_code");
			if (code == null) {
				problems.add(row.problem("indicator_code", "Enter the indicator's code"));
			}
			else if (!seen.add(code.toLowerCase(Locale.ROOT))) {
				problems.add(row.problem("indicator_code", "The indicator code " + code + " is in the file twice"));
			}
			String title = row.get("indicator_title");
			if (title == null) {
				problems.add(row.problem("indicator_title", "Enter what the indicator measures"));
			}
			TargetPolarity polarity = polarity(row.get("polarity"));
			if (polarity == null) {
				problems.add(row.problem("polarity", "Polarity must be HIGHER_IS_BETTER or LOWER_IS_BETTER"));
			}
			Frequency frequency = row.get("frequency") == null ? Frequency.QUARTERLY
					: Optional.ofNullable(row.get("frequency"))
						.flatMap(f -> Stream.of(Frequency.values())
							.filter(x -> x.name().equalsIgnoreCase(f.replace('-', '_').replace(' ', '_')))
							.findFirst())
						.orElse(null);
			if (frequency == null) {
				problems.add(row.problem("frequency", "Frequency must be QUARTERLY, SIX_MONTHLY, ANNUAL or MONTHLY"));
			}
			Long lead = organisation(row, "lead_partner", organisations, problems);
			Long owner = organisation(row, "data_owner", organisations, problems);
			String mandatoryText = row.get("mandatory");
			Boolean mandatory = mandatoryText == null ? Boolean.FALSE
					: switch (mandatoryText.toLowerCase(Locale.ROOT)) {
						case "mandatory", "yes", "true", "y" -> Boolean.TRUE;
						case "local", "no", "false", "n" -> Boolean.FALSE;
						default -> null;
					};
			if (mandatory == null) {
				problems.add(row.problem("mandatory", "Mandatory must be 'mandatory' or 'local'"));
			}
			List<FieldProblem> fieldProblems = new ArrayList<>();
			BigDecimal baseline = FrameworkEditing.number(row.get("baseline_value"), "baseline_value",
					"The baseline value", fieldProblems);
			LocalDate baselineDate = FrameworkEditing.date(excelDate(row.get("baseline_date")), "baseline_date",
					"The baseline date", fieldProblems);
			if (baseline != null && baselineDate == null && row.get("baseline_date") == null) {
				fieldProblems.add(new FieldProblem("baseline_date", "Enter the date of the baseline value"));
			}
			List<Point> targets = targets(row.get("targets"), fieldProblems);
			if (!targets.isEmpty() && (baseline == null || baselineDate == null)) {
				fieldProblems.add(new FieldProblem("targets", "Targets need a baseline value and date"));
			}
			fieldProblems.forEach(f -> problems.add(row.problem(f.field(), f.message())));
			if (problems.size() == before) {
				parsed.add(new Parsed(outcomeCode,
						new IndicatorValues(0, code, title, row.get("definition"), row.get("unit"), polarity,
								row.get("data_source"), frequency, lead, owner, mandatory, baseline, baselineDate, null,
								null, BigDecimal.ONE, null),
						targets));
			}
		}
		if (!problems.isEmpty()) {
			return refused(problems);
		}
		Map<String, Long> outcomeIds = new HashMap<>();
		outcomes.forEach((code, o) -> outcomeIds.put(code, o.id()));
		for (String[] o : newOutcomes.values()) {
			outcomeIds.put(o[1].toLowerCase(Locale.ROOT), framework.insertOutcome(p, v.id(),
					blocks.get(o[0].toLowerCase(Locale.ROOT)).id(), o[1], o[2], "Imported from " + fileName));
		}
		int added = 0;
		int updated = 0;
		for (Parsed row : parsed) {
			IndicatorValues values = row.values()
				.withOutcome(outcomeIds.get(row.outcomeCode().toLowerCase(Locale.ROOT)));
			Indicator existing = indicators.get(values.code().toLowerCase(Locale.ROOT));
			long id;
			if (existing == null) {
				id = framework.insertIndicator(p, v.id(), values, "Imported from " + fileName);
				added++;
			}
			else {
				id = existing.id();
				framework.updateIndicator(p, id, values.withLimits(existing.minimumValue(), existing.maximumValue(),
						existing.weight(), existing.neighbourhoodIndicator()));
				updated++;
			}
			framework.replaceTargets(p, id, row.targets());
		}
		audit.record(context, "imported", "performance version", v.id(),
				"Imported the framework from " + fileName + ": " + added + " indicators added, " + updated
						+ " updated, " + newOutcomes.size() + " outcomes added",
				Map.of(), Map.of("file", fileName, "added", added, "updated", updated));
		return new ImportResult(added, updated, newOutcomes.size(), List.of());
	}

	private record Parsed(String outcomeCode, IndicatorValues values, List<Point> targets) {

	}

	private static ImportResult refused(ImportProblem problem) {
		return refused(List.of(problem));
	}

	private static ImportResult refused(List<ImportProblem> problems) {
		return new ImportResult(0, 0, 0, problems);
	}

	private static @Nullable TargetPolarity polarity(@Nullable String text) {
		if (text == null) {
			return TargetPolarity.HIGHER_IS_BETTER;
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
		if (t.equals("HIGHER") || t.equals("HIGHER_IS_BETTER")) {
			return TargetPolarity.HIGHER_IS_BETTER;
		}
		if (t.equals("LOWER") || t.equals("LOWER_IS_BETTER")) {
			return TargetPolarity.LOWER_IS_BETTER;
		}
		return null;
	}

	private static @Nullable Long organisation(Row row, String column, Map<String, Long> organisations,
			List<ImportProblem> problems) {
		String name = row.get(column);
		if (name == null) {
			return null;
		}
		Long id = organisations.get(name.toLowerCase(Locale.ROOT));
		if (id == null) {
			problems.add(row.problem(column, "Unknown organisation " + name + ": it is not a partner"));
		}
		return id;
	}

	/** "2007-03-31=150; 2008-03-31=200". */
	private static List<Point> targets(@Nullable String text, List<FieldProblem> problems) {
		List<Point> targets = new ArrayList<>();
		if (text == null) {
			return targets;
		}
		Set<LocalDate> dates = new HashSet<>();
		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			String[] pair = part.split("=", 2);
			List<FieldProblem> local = new ArrayList<>();
			LocalDate date = pair.length == 2 ? FrameworkEditing.date(pair[0], "targets", "A target date", local)
					: null;
			BigDecimal value = pair.length == 2 ? FrameworkEditing.number(pair[1], "targets", "A target", local) : null;
			if (date == null || value == null || !dates.add(date)) {
				problems.add(new FieldProblem("targets",
						"Targets must be written as date=value separated by semicolons, one per date, like 2007-03-31=150; 2008-03-31=200 (not '"
								+ part.trim() + "')"));
				return List.of();
			}
			targets.add(new Point(date, value));
		}
		return targets;
	}

	/** A date as typed, or an Excel serial day number turned into one. */
	private static @Nullable String excelDate(@Nullable String text) {
		if (text != null && text.matches("\\d{5}(\\.0+)?")) {
			return EXCEL_EPOCH.plusDays(Long.parseLong(text.replaceAll("\\..*", ""))).toString();
		}
		return text;
	}

	/** One row of the file with its columns by heading. */
	private record Row(int number, String[] cells, Map<String, Integer> columns) {

		@Nullable String get(String column) {
			Integer c = columns.get(column);
			if (c == null || c >= cells.length || cells[c] == null || cells[c].isBlank()) {
				return null;
			}
			return cells[c].trim();
		}

		boolean allBlank() {
			return Stream.of(cells).allMatch(c -> c == null || c.isBlank());
		}

		ImportProblem problem(String column, String message) {
			return new ImportProblem(number, column, message);
		}

	}

	static final class Unreadable extends Exception {

		private final int row;

		Unreadable(int row, String message) {
			super(message);
			this.row = row;
		}

	}

	private static List<String[]> csv(byte[] bytes) throws Unreadable {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new Unreadable(0, "The file is not UTF-8 text: save it as \"CSV UTF-8\" and import it again");
		}
		List<String[]> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.skipEmptyLines(true)
			.allowMissingFields(true)
			.allowExtraFields(true)
			.ofCsvRecord(text)) {
			for (CsvRecord record : reader) {
				rows.add(record.getFields().toArray(String[]::new));
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable(0, "The file cannot be read as CSV: " + ex.getMessage());
		}
		return rows;
	}

	private static List<String[]> xlsx(byte[] bytes) throws Unreadable {
		Optional<String> tooBig = WorkbookLimits.problem(bytes);
		if (tooBig.isPresent()) {
			throw new Unreadable(0, tooBig.get());
		}
		List<String[]> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
			stream.forEach(row -> {
				String[] cells = new String[row.getCellCount()];
				for (int c = 0; c < cells.length; c++) {
					Cell cell = row.getCell(c);
					cells[c] = cell == null || cell.getType() == CellType.EMPTY ? ""
							: cell.getType() == CellType.NUMBER
									? new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString()
									: String.valueOf(cell.getText());
				}
				rows.add(cells);
			});
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable(0, "The file cannot be read as an Excel workbook: " + ex.getMessage());
		}
		return rows;
	}

}
