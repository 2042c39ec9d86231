package org.nmhub.places;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.nmhub.shared.UploadTypes;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national reference geography: which layers are loaded, where each file came from,
 * and (for administrators) importing an ONS lookup or boundary file, uploaded or from the
 * official data folder.
 */
@Controller
class GeographyController {

	static final String VIEW = "places/geography";

	/** How many problems the page lists; the rest are counted. */
	static final int PROBLEMS_SHOWN = 100;

	/** The upload field's label on the page. */
	static final String FILE_LABEL = "Upload an ONS lookup (CSV) or boundary file (GeoJSON)";

	private final Geography geography;

	private final GeographyRepository repository;

	private final GeographyImport imports;

	private final OfficialData officialData;

	GeographyController(Geography geography, GeographyRepository repository, GeographyImport imports,
			OfficialData officialData) {
		this.geography = geography;
		this.repository = repository;
		this.imports = imports;
		this.officialData = officialData;
	}

	@GetMapping("/p/{partnership}/geography")
	String show(PartnershipContext context, Model model) {
		model.addAttribute("layers", geography.layers());
		model.addAttribute("imports", repository.imports());
		model.addAttribute("changes2001", repository.changeCount(2001));
		model.addAttribute("changes2011", repository.changeCount(2011));
		model.addAttribute("officialFiles",
				officialData.directory().isPresent()
						? PlacesGeographyDemoData.FILES.stream().filter(f -> officialData.file(f).isPresent()).toList()
						: List.of());
		model.addAttribute("canImport", context.role() == Role.ADMINISTRATOR);
		model.addAttribute("problemsShown", PROBLEMS_SHOWN);
		return VIEW;
	}

	@PostMapping("/p/{partnership}/geography/uploads")
	@RequiresRole(Role.ADMINISTRATOR)
	String upload(PartnershipContext context, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(context, model, "file", List.of(ImportProblem.ofFile("Choose a file to upload")), null);
		}
		String name = Optional.ofNullable(file.getOriginalFilename())
			.map(n -> Path.of(n.replace('\\', '/')).getFileName().toString())
			.orElse("upload");
		byte[] head;
		try (InputStream in = file.getInputStream()) {
			head = in.readNBytes(8);
		}
		Optional<String> wrongKind = UploadTypes.problem(FILE_LABEL, file.getOriginalFilename(), file.getContentType(),
				head, UploadTypes.Kind.CSV, UploadTypes.Kind.GEOJSON);
		if (wrongKind.isPresent()) {
			return refused(context, model, "file", List.of(ImportProblem.ofFile(wrongKind.get())), null);
		}
		try (InputStream in = file.getInputStream()) {
			return outcome(context, imports.importFile(GeographyImport.Importer.of(context), name, in), model, redirect,
					"file");
		}
	}

	@PostMapping("/p/{partnership}/geography/official")
	@RequiresRole(Role.ADMINISTRATOR)
	String loadOfficial(PartnershipContext context, @RequestParam(name = "file", defaultValue = "") String file,
			Model model, RedirectAttributes redirect) throws IOException {
		Optional<Path> path = PlacesGeographyDemoData.FILES.contains(file) ? officialData.file(file) : Optional.empty();
		if (path.isEmpty()) {
			return refused(context, model, "official-file",
					List.of(ImportProblem.ofFile("Choose one of the files in the official data folder")), null);
		}
		try (InputStream in = Files.newInputStream(path.get())) {
			return outcome(context,
					imports.importFile(GeographyImport.Importer.of(context), path.get().getFileName().toString(), in),
					model, redirect, "official-file");
		}
	}

	private String outcome(PartnershipContext context, GeographyImport.Outcome outcome, Model model,
			RedirectAttributes redirect, String field) {
		if (outcome.refused()) {
			return refused(context, model, field, outcome.problems(), outcome);
		}
		redirect.addFlashAttribute("notice", outcome.summary());
		return "redirect:/p/" + context.partnership().slug() + "/geography";
	}

	private String refused(PartnershipContext context, Model model, String field, List<ImportProblem> problems,
			GeographyImport.Outcome outcome) {
		show(context, model);
		model.addAttribute("errorField", field);
		model.addAttribute("problems", problems.stream().limit(PROBLEMS_SHOWN).toList());
		model.addAttribute("moreProblems", Math.max(0, problems.size() - PROBLEMS_SHOWN));
		model.addAttribute("refusedFile", outcome == null ? null : outcome.fileName());
		return VIEW;
	}

}
