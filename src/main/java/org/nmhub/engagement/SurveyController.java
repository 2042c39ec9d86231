package org.nmhub.engagement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.UploadTypes;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resident perception surveys: the results by neighbourhood, measure and year with their
 * confidence intervals, and importing a file of them. (They are shown here rather than on
 * the neighbourhood profile, which belongs to the indicators module: indicators cannot
 * depend on engagement without a cycle.)
 */
@Controller
class SurveyController {

	static final String VIEW = "engagement/surveys";

	/** The upload field's label on the page. */
	static final String FILE_LABEL = "File of survey results";

	private final SurveyRepository surveys;

	private final SurveyImport surveyImport;

	private final Places places;

	SurveyController(SurveyRepository surveys, SurveyImport surveyImport, Places places) {
		this.surveys = surveys;
		this.surveyImport = surveyImport;
		this.places = places;
	}

	@GetMapping("/p/{partnership}/engagement/surveys")
	String list(PartnershipContext context, @RequestParam(required = false) @Nullable String neighbourhood,
			Model model) {
		return prepare(context, neighbourhood, List.of(), model);
	}

	@PostMapping("/p/{partnership}/engagement/surveys")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String upload(PartnershipContext context, @RequestParam(required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			return prepare(context, null,
					List.of(new SurveyImport.Problem(null, null, "Choose a CSV or XLSX file of survey results")),
					model);
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			return prepare(context, null,
					List.of(new SurveyImport.Problem(null, null, "The file could not be read: " + ex.getMessage())),
					model);
		}
		Optional<String> wrongKind = UploadTypes.problem(FILE_LABEL, file.getOriginalFilename(), file.getContentType(),
				bytes, UploadTypes.Kind.CSV, UploadTypes.Kind.XLSX);
		if (wrongKind.isPresent()) {
			return prepare(context, null, List.of(new SurveyImport.Problem(null, null, wrongKind.get())), model);
		}
		String name = file.getOriginalFilename() == null ? "upload"
				: Path.of(file.getOriginalFilename().replace('\\', '/')).getFileName().toString();
		SurveyImport.Outcome outcome = surveyImport.importFile(context, name, bytes);
		if (!outcome.problems().isEmpty()) {
			return prepare(context, null, outcome.problems(), model);
		}
		redirect.addFlashAttribute("notice", outcome.imported() + " survey results imported from " + name);
		return "redirect:/p/" + context.partnership().slug() + "/engagement/surveys";
	}

	private String prepare(PartnershipContext context, @Nullable String neighbourhood,
			List<SurveyImport.Problem> problems, Model model) {
		List<NeighbourhoodRef> neighbourhoods = places.neighbourhoods(context.partnershipId());
		NeighbourhoodRef selected = neighbourhoods.stream()
			.filter(n -> n.key().equals(neighbourhood))
			.findFirst()
			.orElse(null);
		model.addAttribute("neighbourhoods", neighbourhoods);
		model.addAttribute("selected", selected == null ? "" : selected.key());
		model.addAttribute("results",
				surveys.results(context.partnershipId(), selected == null ? null : selected.id()));
		model.addAttribute("imports", surveys.imports(context.partnershipId()));
		model.addAttribute("importProblems", problems);
		model.addAttribute("canImport", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER,
				Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER));
		return VIEW;
	}

}
