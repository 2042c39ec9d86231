package org.nmhub.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.UploadTypes;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.places.OfficialData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The imported datasets, and the administrator's import of an official file.
 */
@Controller
class IndicatorsController {

	static final String LIST_VIEW = "indicators/list";

	static final String IMPORT_VIEW = "indicators/import";

	static final int PROBLEMS_SHOWN = 100;

	/** The upload field's label on the page. */
	static final String FILE_LABEL = "Upload a file";

	private final Indicators indicators;

	private final IodImport iodImport;

	private final OfficialData officialData;

	private final LocalRepository localDatasets;

	IndicatorsController(Indicators indicators, IodImport iodImport, OfficialData officialData,
			LocalRepository localDatasets) {
		this.indicators = indicators;
		this.iodImport = iodImport;
		this.officialData = officialData;
		this.localDatasets = localDatasets;
	}

	@GetMapping("/p/{partnership}/indicators")
	String list(PartnershipContext context, Model model) {
		List<IndicatorDataset> datasets = indicators.datasets();
		model.addAttribute("datasets", datasets);
		model.addAttribute("importedOn",
				datasets.stream().collect(Collectors.toMap(IndicatorDataset::id, d -> Dates.format(d.importedAt()))));
		model.addAttribute("canImport", context.hasRole(Role.ADMINISTRATOR));
		List<LocalDataset> local = localDatasets.datasets(context.partnershipId().value());
		model.addAttribute("localDatasets", local);
		model.addAttribute("localImportedOn",
				local.stream().collect(Collectors.toMap(LocalDataset::id, d -> Dates.format(d.importedAt()))));
		model.addAttribute("canImportLocal", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER));
		return LIST_VIEW;
	}

	@GetMapping("/p/{partnership}/indicators/import")
	@RequiresRole(Role.ADMINISTRATOR)
	String newForm(Model model) {
		return form(model, null, null, List.of(), 0);
	}

	@PostMapping("/p/{partnership}/indicators/import")
	@RequiresRole(Role.ADMINISTRATOR)
	String create(PartnershipContext context, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String officialFile,
			@RequestParam(required = false) @Nullable Integer edition, Model model, RedirectAttributes redirect) {
		String name;
		byte[] bytes;
		boolean uploaded = file != null && !file.isEmpty();
		if (uploaded) {
			name = file.getOriginalFilename() == null ? "upload"
					: Path.of(file.getOriginalFilename()).getFileName().toString();
			bytes = bytes(file);
			Optional<String> wrongKind = UploadTypes.problem(FILE_LABEL, file.getOriginalFilename(),
					file.getContentType(), bytes, UploadTypes.Kind.CSV, UploadTypes.Kind.XLSX);
			if (wrongKind.isPresent()) {
				return form(model, null, edition, List.of(ImportProblem.ofFile(wrongKind.get())), 1);
			}
		}
		else if (officialFile != null && !officialFile.isBlank() && officialFiles().contains(officialFile)) {
			name = officialFile;
			bytes = read(officialData.file("iod/" + officialFile).orElseThrow());
		}
		else {
			return form(model, officialFile, edition,
					List.of(ImportProblem.ofFile("Choose a file to upload, or a file from the official data folder")),
					1);
		}
		IodImport.Importer importer = new IodImport.Importer(context.user().userId(), context.user().displayName(),
				context.partnershipId().value());
		IodImport.Outcome outcome = iodImport.importFile(name, bytes, edition, importer);
		String list = "redirect:/p/" + context.partnership().slug() + "/indicators";
		if (outcome instanceof IodImport.Imported imported) {
			redirect.addFlashAttribute("imported", imported);
			redirect.addFlashAttribute("notice", "Imported " + imported.dataset().title() + " from " + name);
			return list;
		}
		if (outcome instanceof IodImport.AlreadyImported already) {
			redirect.addFlashAttribute("notice",
					name + " was already imported on " + Dates.format(already.dataset().importedAt()) + " by "
							+ already.dataset().importedByName() + ": nothing was changed");
			return list;
		}
		IodImport.Refused refused = (IodImport.Refused) outcome;
		return form(model, uploaded ? null : officialFile, edition, refused.problems(), refused.total());
	}

	private String form(Model model, @Nullable String officialFile, @Nullable Integer edition,
			List<ImportProblem> problems, int total) {
		model.addAttribute("officialFiles", officialFiles());
		model.addAttribute("officialFile", officialFile);
		model.addAttribute("edition", edition);
		model.addAttribute("editions", List.of(IodEdition.values()).stream().map(IodEdition::year).toList());
		model.addAttribute("problems", problems.stream().limit(PROBLEMS_SHOWN).map(ImportProblem::toString).toList());
		model.addAttribute("moreProblems", Math.max(0, total - PROBLEMS_SHOWN));
		model.addAttribute("maxSize", iodImport.maxBytes() / 1_048_576 + " MB");
		return IMPORT_VIEW;
	}

	/** The Indices of Deprivation files in the official data folder, by name. */
	private List<String> officialFiles() {
		return officialData.directory().map(d -> d.resolve("iod")).filter(Files::isDirectory).map(dir -> {
			try (Stream<Path> files = Files.list(dir)) {
				return files.map(f -> f.getFileName().toString())
					.filter(n -> n.endsWith(".csv") || n.endsWith(".xlsx"))
					.sorted()
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).orElse(List.of());
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
