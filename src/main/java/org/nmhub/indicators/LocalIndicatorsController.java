package org.nmhub.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.UploadTypes;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.OfficialData;
import org.nmhub.places.Places;
import org.nmhub.shared.LsoaVintage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partnership's own indicators: upload a file (or pick one from the official data
 * folder), map its columns, import; and every member reads the datasets.
 */
@Controller
class LocalIndicatorsController {

	static final String UPLOAD_VIEW = "indicators/local-upload";

	static final String MAPPING_VIEW = "indicators/local-mapping";

	static final String SHOW_VIEW = "indicators/local-show";

	private static final int PREVIEW_ROWS = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final LocalImport localImport;

	private final LocalRepository repository;

	private final OfficialData officialData;

	private final Places places;

	private final NeighbourhoodProfiles profiles;

	LocalIndicatorsController(LocalImport localImport, LocalRepository repository, OfficialData officialData,
			Places places, NeighbourhoodProfiles profiles) {
		this.localImport = localImport;
		this.repository = repository;
		this.officialData = officialData;
		this.places = places;
		this.profiles = profiles;
	}

	@GetMapping("/p/{partnership}/indicators/local/upload")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String uploadForm(Model model) {
		return upload(model, null, List.of());
	}

	@PostMapping("/p/{partnership}/indicators/local/upload")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String upload(PartnershipContext context, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String officialFile, Model model) {
		String name;
		byte[] bytes;
		if (file != null && !file.isEmpty()) {
			name = file.getOriginalFilename() == null ? "upload"
					: Path.of(file.getOriginalFilename()).getFileName().toString();
			try {
				bytes = file.getBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Optional<String> wrongKind = UploadTypes.problem(IndicatorsController.FILE_LABEL,
					file.getOriginalFilename(), file.getContentType(), bytes, UploadTypes.Kind.CSV,
					UploadTypes.Kind.XLSX);
			if (wrongKind.isPresent()) {
				return upload(model, officialFile, List.of(ImportProblem.ofFile(wrongKind.get())));
			}
		}
		else if (officialFile != null && officialFiles().contains(officialFile)) {
			name = Path.of(officialFile).getFileName().toString();
			bytes = read(officialData.file(officialFile).orElseThrow());
		}
		else {
			return upload(model, officialFile,
					List.of(ImportProblem.ofFile("Choose a file to upload, or a file from the official data folder")));
		}
		try {
			LocalImport.table(name, bytes, localImport.maxBytes());
		}
		catch (IodTable.Unreadable ex) {
			return upload(model, officialFile, List.of(ex.problem()));
		}
		String token = HexFormat.of().formatHex(randomBytes());
		repository.stage(token, context.partnershipId().value(), context.user().userId(), name, bytes);
		return "redirect:/p/" + context.partnership().slug() + "/indicators/local/mapping/" + token;
	}

	@GetMapping("/p/{partnership}/indicators/local/mapping/{token}")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String mappingForm(PartnershipContext context, @PathVariable String token, Model model) {
		LocalRepository.Staged staged = staged(context, token);
		IodTable table = table(staged);
		List<String> headings = table.headings().stream().map(String::trim).toList();
		String area = guess(headings, "lsoa code", "lsoa", "area code", "code");
		String period = guess(headings, "month", "period", "year", "date");
		String name = staged.fileName().replaceFirst("\\.[A-Za-z]+$", "").replace('_', ' ').replace('-', ' ');
		boolean police = headings.contains("Crime type");
		LocalMappingForm form = new LocalMappingForm(area, period, "", "", "", "", "", "", "2011", name, "COUNT",
				"HIGHER_IS_WORSE", police ? "police.uk (Home Office)" : "",
				police ? "Contains public sector information licensed under the Open Government Licence v3.0." : "");
		return mapping(model, staged, table, form, List.of(), 0);
	}

	@PostMapping("/p/{partnership}/indicators/local/mapping/{token}")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String importMapped(PartnershipContext context, @PathVariable String token,
			@ModelAttribute("form") LocalMappingForm form, Model model, RedirectAttributes redirect) {
		LocalRepository.Staged staged = staged(context, token);
		IodTable table = table(staged);
		List<ImportProblem> problems = new ArrayList<>();
		LocalMapping mapping = mapping(form, problems);
		if (mapping == null) {
			return mapping(model, staged, table, form, problems, problems.size());
		}
		LocalImport.Outcome outcome = localImport.importFile(staged.fileName(), staged.content(), mapping,
				new LocalImport.Importer(context.partnershipId().value(), context.user().userId(),
						context.user().displayName()));
		String show = "redirect:/p/" + context.partnership().slug() + "/indicators/local/";
		if (outcome instanceof LocalImport.Imported imported) {
			repository.unstage(context.partnershipId().value(), token);
			redirect.addFlashAttribute("notice", "Imported " + imported.dataset().name() + " from " + staged.fileName()
					+ " in " + imported.dataset().importMillis() + " ms");
			return show + imported.dataset().id();
		}
		if (outcome instanceof LocalImport.AlreadyImported already) {
			repository.unstage(context.partnershipId().value(), token);
			redirect.addFlashAttribute("notice",
					staged.fileName() + " was already imported this way on "
							+ Dates.format(already.dataset().importedAt()) + " by " + already.dataset().importedByName()
							+ ": nothing was changed");
			return show + already.dataset().id();
		}
		LocalImport.Refused refused = (LocalImport.Refused) outcome;
		return mapping(model, staged, table, form, refused.problems(), refused.total());
	}

	@GetMapping("/p/{partnership}/indicators/local/{id}")
	String show(PartnershipContext context, @PathVariable String id, Model model) {
		long datasetId;
		try {
			datasetId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		LocalDataset dataset = repository.dataset(context.partnershipId().value(), datasetId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("dataset", dataset);
		model.addAttribute("importedOn", Dates.format(dataset.importedAt()));
		List<LocalRepository.PeriodTotal> totals = repository.periodTotals(context.partnershipId().value(), datasetId);
		model.addAttribute("totals", totals);
		model.addAttribute("neighbourhoods",
				neighbourhoods(context, dataset, totals.stream().map(LocalRepository.PeriodTotal::period).toList()));
		return SHOW_VIEW;
	}

	/**
	 * Each of the partnership's neighbourhoods with its figure for each period: the sum
	 * over its LSOAs (in the dataset's vintage) for counts, otherwise the simple mean of
	 * its LSOAs' values.
	 */
	private List<Map<String, Object>> neighbourhoods(PartnershipContext context, LocalDataset dataset,
			List<String> periods) {
		boolean sum = dataset.aggregation() == Aggregation.SUM;
		List<Map<String, Object>> rows = new ArrayList<>();
		for (NeighbourhoodRef neighbourhood : places.neighbourhoods(context.partnershipId())) {
			Optional<NeighbourhoodProfiles.Area> area = profiles.area(context, neighbourhood, dataset.vintage());
			if (area.isEmpty()) {
				continue;
			}
			Map<String, LocalRepository.AreaFigure> byPeriod = new HashMap<>();
			repository.figures(context.partnershipId().value(), dataset.id(), area.get().codes())
				.forEach(f -> byPeriod.put(f.period(), f));
			List<String> figures = periods.stream().map(p -> {
				LocalRepository.AreaFigure f = byPeriod.get(p);
				if (f == null) {
					return sum ? "0" : "No data";
				}
				return sum ? f.sum().toPlainString() : f.mean().setScale(2, RoundingMode.HALF_UP).toPlainString();
			}).toList();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", neighbourhood.name());
			row.put("lsoas", area.get().codes().size());
			row.put("figures", figures);
			rows.add(row);
		}
		return rows;
	}

	/** The form as a mapping, or {@code null} after adding its problems. */
	private static @Nullable LocalMapping mapping(LocalMappingForm form, List<ImportProblem> problems) {
		if (form.name().isEmpty()) {
			problems.add(ImportProblem.ofFile("Enter a name for the indicator"));
		}
		if (form.areaColumn().isEmpty()) {
			problems.add(ImportProblem.ofFile("Choose the column that holds the area code"));
		}
		if (form.periodColumn().isEmpty() && !LocalImport.isPeriod(form.fixedPeriod())) {
			problems.add(ImportProblem.ofFile("Choose the column that holds the period, or enter one period as "
					+ "2021-04 (a month), 2021 (a year) or 2021/22 (a financial year)"));
		}
		if (!form.filterColumn().isEmpty() && form.filterValue().isEmpty()) {
			problems.add(ImportProblem.ofFile("Enter the value to count in " + form.filterColumn()));
		}
		if (form.publisher().isEmpty()) {
			problems.add(ImportProblem.ofFile("Enter the publisher of the data"));
		}
		if (form.licence().isEmpty()) {
			problems.add(ImportProblem.ofFile("Enter the licence credit, e.g. the Open Government Licence"));
		}
		LsoaVintage vintage = switch (form.vintage()) {
			case "2001" -> LsoaVintage.LSOA2001;
			case "2011" -> LsoaVintage.LSOA2011;
			case "2021" -> LsoaVintage.LSOA2021;
			default -> null;
		};
		if (vintage == null) {
			problems.add(ImportProblem.ofFile("Choose the LSOAs of 2001, 2011 or 2021"));
		}
		Measure measure = switch (form.measure()) {
			case "COUNT" -> Measure.COUNT;
			case "RATE" -> Measure.RATE;
			case "SCORE" -> Measure.SCORE;
			default -> null;
		};
		if (measure == null) {
			problems.add(ImportProblem.ofFile("Choose whether the value is a count, a rate or a score"));
		}
		Polarity polarity = switch (form.polarity()) {
			case "HIGHER_IS_WORSE" -> Polarity.HIGHER_IS_WORSE;
			case "LOWER_IS_WORSE" -> Polarity.LOWER_IS_WORSE;
			case "NEUTRAL" -> Polarity.NEUTRAL;
			default -> null;
		};
		if (polarity == null) {
			problems.add(ImportProblem.ofFile("Choose which way is worse"));
		}
		if (!problems.isEmpty() || vintage == null || measure == null || polarity == null) {
			return null;
		}
		return new LocalMapping(form.areaColumn(), blank(form.periodColumn()),
				form.periodColumn().isEmpty() ? form.fixedPeriod() : null, blank(form.valueColumn()),
				blank(form.filterColumn()), blank(form.filterValue()), blank(form.numeratorColumn()),
				blank(form.denominatorColumn()), vintage, form.name(), measure, polarity,
				measure == Measure.COUNT ? Aggregation.SUM : Aggregation.POPULATION_WEIGHTED_MEAN, form.publisher(),
				form.licence());
	}

	private String mapping(Model model, LocalRepository.Staged staged, IodTable table, LocalMappingForm form,
			List<ImportProblem> problems, int total) {
		List<String> headings = table.headings().stream().map(String::trim).toList();
		List<List<String>> preview = table.lines()
			.stream()
			.limit(PREVIEW_ROWS)
			.map(l -> Stream.of(l.cells()).toList())
			.toList();
		Map<String, String> measures = new LinkedHashMap<>();
		measures.put("COUNT", "Count (added up over areas)");
		measures.put("RATE", "Rate (averaged, weighted by population)");
		measures.put("SCORE", "Score (averaged, weighted by population)");
		Map<String, String> polarities = new LinkedHashMap<>();
		polarities.put("HIGHER_IS_WORSE", "Higher is worse");
		polarities.put("LOWER_IS_WORSE", "Lower is worse");
		polarities.put("NEUTRAL", "Neither");
		model.addAttribute("token", staged.token());
		model.addAttribute("fileName", staged.fileName());
		model.addAttribute("rowCount", table.lines().size());
		model.addAttribute("headings", headings);
		model.addAttribute("preview", preview);
		model.addAttribute("form", form);
		model.addAttribute("measures", measures);
		model.addAttribute("polarities", polarities);
		model.addAttribute("vintages", List.of("2001", "2011", "2021"));
		model.addAttribute("problems",
				problems.stream().limit(IndicatorsController.PROBLEMS_SHOWN).map(ImportProblem::toString).toList());
		model.addAttribute("moreProblems", Math.max(0, total - IndicatorsController.PROBLEMS_SHOWN));
		return MAPPING_VIEW;
	}

	private String upload(Model model, @Nullable String officialFile, List<ImportProblem> problems) {
		model.addAttribute("officialFiles", officialFiles());
		model.addAttribute("officialFile", officialFile);
		model.addAttribute("problems", problems.stream().map(ImportProblem::toString).toList());
		model.addAttribute("maxSize", localImport.maxBytes() / 1_048_576 + " MB");
		return UPLOAD_VIEW;
	}

	private LocalRepository.Staged staged(PartnershipContext context, String token) {
		return repository.staged(context.partnershipId().value(), token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private IodTable table(LocalRepository.Staged staged) {
		try {
			return LocalImport.table(staged.fileName(), staged.content(), Long.MAX_VALUE);
		}
		catch (IodTable.Unreadable ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static String guess(List<String> headings, String... words) {
		for (String word : words) {
			for (String h : headings) {
				if (h.toLowerCase(Locale.ROOT).contains(word)) {
					return h;
				}
			}
		}
		return "";
	}

	private static @Nullable String blank(String s) {
		return s.isEmpty() ? null : s;
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/**
	 * The CSV and XLSX files in the official data folder's crime folder, e.g.
	 * {@code crime/2021-04-…csv}.
	 */
	private List<String> officialFiles() {
		return officialData.directory().map(d -> d.resolve("crime")).filter(Files::isDirectory).map(dir -> {
			try (Stream<Path> files = Files.list(dir)) {
				return files.map(f -> "crime/" + f.getFileName())
					.filter(n -> n.endsWith(".csv") || n.endsWith(".xlsx"))
					.sorted()
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).orElse(List.of());
	}

	private static byte[] read(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
