package org.nmhub.engagement;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.shared.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports resident perception survey results (neighbourhood, year, measure, percentage,
 * sample size) from CSV or XLSX, computing each result's 95% confidence interval. Every
 * row is checked first; any problem refuses the whole file, naming row and column.
 */
@Service
class SurveyImport {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_ROWS = 20_000;

	/** The columns, with the headings accepted for each. */
	static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("neighbourhood", List.of("neighbourhood", "neighborhood", "area"));
		COLUMNS.put("year", List.of("year", "survey year"));
		COLUMNS.put("measure", List.of("measure", "question", "indicator"));
		COLUMNS.put("percent", List.of("percent", "percentage", "%", "per cent", "value"));
		COLUMNS.put("sample size", List.of("sample size", "sample", "base", "respondents", "n"));
	}

	/** A problem with the file, at a row and column where there is one. */
	record Problem(@Nullable Integer row, @Nullable String column, String message) {
	}

	record Result(long neighbourhoodId, int year, String measure, BigDecimal percent, int sampleSize, BigDecimal ciLow,
			BigDecimal ciHigh) {
	}

	record Outcome(List<Problem> problems, int imported) {
	}

	private final SurveyRepository surveys;

	private final Places places;

	private final ApplicationEventPublisher events;

	SurveyImport(SurveyRepository surveys, Places places, ApplicationEventPublisher events) {
		this.surveys = surveys;
		this.places = places;
		this.events = events;
	}

	@Transactional
	Outcome importFile(PartnershipContext context, String fileName, byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			return refused(null, null, "The file is larger than 5 MB: split it into smaller files");
		}
		String sha256 = sha256(bytes);
		Optional<String> already = surveys.importedAs(context.partnershipId(), sha256);
		if (already.isPresent()) {
			return refused(null, null, "This file was already imported (" + already.get() + "); nothing was changed");
		}
		SurveyFile file;
		try {
			file = SurveyFile.read(bytes);
		}
		catch (SurveyFile.Unreadable ex) {
			return refused(null, null, ex.getMessage());
		}
		List<Problem> problems = new ArrayList<>();
		Map<String, Integer> columns = new HashMap<>();
		COLUMNS.forEach((column, headings) -> {
			for (int i = 0; i < file.headings().size(); i++) {
				if (headings.contains(file.headings().get(i))) {
					columns.put(column, i);
					break;
				}
			}
			if (!columns.containsKey(column)) {
				problems.add(new Problem(1, column, "There is no " + column + " column (headings read: "
						+ String.join(", ", file.headings()) + ")"));
			}
		});
		if (!problems.isEmpty()) {
			return new Outcome(problems, 0);
		}
		if (file.lines().isEmpty()) {
			return refused(null, null, "The file has headings but no results");
		}
		if (file.lines().size() > MAX_ROWS) {
			return refused(null, null, "The file has more than " + String.format("%,d", MAX_ROWS) + " rows");
		}
		Map<String, NeighbourhoodRef> neighbourhoods = new HashMap<>();
		for (NeighbourhoodRef n : places.neighbourhoods(context.partnershipId())) {
			neighbourhoods.put(n.name().toLowerCase(Locale.ROOT), n);
			neighbourhoods.put(n.key(), n);
		}
		Set<String> held = surveys.heldKeys(context.partnershipId());
		Set<String> seen = new HashSet<>();
		List<Result> results = new ArrayList<>();
		for (SurveyFile.Line line : file.lines()) {
			int row = line.number();
			String name = line.cell(columns.get("neighbourhood"));
			NeighbourhoodRef neighbourhood = neighbourhoods.get(name.toLowerCase(Locale.ROOT));
			if (neighbourhood == null) {
				problems.add(new Problem(row, "neighbourhood", name.isEmpty() ? "The neighbourhood is missing"
						: "\"" + clip(name) + "\" is not one of the partnership's neighbourhoods"));
			}
			Integer year = whole(line.cell(columns.get("year")), 1990, 2100);
			if (year == null) {
				problems.add(new Problem(row, "year",
						"The year must be a year such as 2008, not \"" + clip(line.cell(columns.get("year"))) + "\""));
			}
			String measure = line.cell(columns.get("measure"));
			if (measure.isEmpty() || measure.length() > 200) {
				problems.add(new Problem(row, "measure", "The measure must be named, in 200 characters or fewer"));
			}
			BigDecimal percent = decimal(line.cell(columns.get("percent")).replace("%", "").trim());
			if (percent == null || percent.compareTo(BigDecimal.ZERO) < 0
					|| percent.compareTo(BigDecimal.valueOf(100)) > 0) {
				problems.add(new Problem(row, "percent", "The percentage must be a number from 0 to 100, not \""
						+ clip(line.cell(columns.get("percent"))) + "\""));
				percent = null;
			}
			Integer sample = whole(line.cell(columns.get("sample size")).replace(",", ""), 1, 10_000_000);
			if (sample == null) {
				problems.add(new Problem(row, "sample size", "The sample size must be a whole number of people, not \""
						+ clip(line.cell(columns.get("sample size"))) + "\""));
			}
			if (neighbourhood == null || year == null || percent == null || sample == null || measure.isEmpty()
					|| measure.length() > 200) {
				continue;
			}
			String key = neighbourhood.id() + "|" + year + "|" + measure.toLowerCase(Locale.ROOT);
			if (!seen.add(key)) {
				problems.add(new Problem(row, "measure",
						"Another row already gives " + measure + " for " + neighbourhood.name() + " in " + year));
				continue;
			}
			if (held.contains(key)) {
				problems.add(new Problem(row, "measure",
						measure + " for " + neighbourhood.name() + " in " + year + " has already been imported"));
				continue;
			}
			BigDecimal[] interval = wilson(percent, sample);
			results.add(new Result(neighbourhood.id(), year, measure, percent.setScale(2, RoundingMode.HALF_UP), sample,
					interval[0], interval[1]));
		}
		if (!problems.isEmpty()) {
			return new Outcome(problems, 0);
		}
		long importId = surveys.insertImport(context.partnershipId(), fileName, sha256, results.size(),
				context.user().userId(), context.user().displayName());
		surveys.insertResults(context.partnershipId(), importId, results);
		events.publishEvent(new EngagementChanged(context.partnershipId(), "survey-import", importId,
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "created", "survey-import", String.valueOf(importId),
						"Imported " + results.size() + " resident survey results from " + fileName, Map.of(),
						Map.of("file", fileName, "sha256", sha256, "results", results.size()))));
		return new Outcome(List.of(), results.size());
	}

	/**
	 * The 95% Wilson score interval of a percentage from a sample, in percent to two
	 * decimal places (it stays within 0 to 100 and behaves for small samples).
	 */
	static BigDecimal[] wilson(BigDecimal percent, int n) {
		double p = percent.doubleValue() / 100;
		double z = 1.959963984540054;
		double z2 = z * z;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2.0 * n)) / denominator;
		double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
		return new BigDecimal[] { bounded(centre - half), bounded(centre + half) };
	}

	private static BigDecimal bounded(double proportion) {
		double clamped = Math.max(0, Math.min(1, proportion));
		return BigDecimal.valueOf(clamped * 100).setScale(2, RoundingMode.HALF_UP);
	}

	private static Outcome refused(@Nullable Integer row, @Nullable String column, String message) {
		return new Outcome(List.of(new Problem(row, column, message)), 0);
	}

	private static @Nullable Integer whole(String text, int min, int max) {
		if (!text.matches("\\d{1,9}(\\.0+)?")) {
			return null;
		}
		int value = Integer.parseInt(text.replaceAll("\\.0+$", ""));
		return value < min || value > max ? null : value;
	}

	private static @Nullable BigDecimal decimal(String text) {
		if (!text.matches("-?\\d{1,6}(\\.\\d{1,12})?")) {
			return null;
		}
		return new BigDecimal(text);
	}

	private static String clip(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
