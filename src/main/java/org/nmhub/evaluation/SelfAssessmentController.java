package org.nmhub.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.shared.FinancialYear;
import org.nmhub.shared.FormValues;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Self-assessments: the side-by-side overview, starting one, filling it in, peer review.
 */
@Controller
class SelfAssessmentController {

	private static final int FIRST_YEAR = 2006;

	private final SelfAssessments assessments;

	private final SelfAssessmentRepository repository;

	SelfAssessmentController(SelfAssessments assessments, SelfAssessmentRepository repository) {
		this.assessments = assessments;
		this.repository = repository;
	}

	/** One row of the side-by-side table: a district or neighbourhood and its scores. */
	record GridRow(long id, String name, String kind, boolean submitted, List<String> cells) {
	}

	/** An element as the pages show it. */
	record ElementView(String key, String label, boolean essential) {
	}

	static int currentYear() {
		return FinancialYear.of(LocalDate.now()).startYear();
	}

	@GetMapping("/p/{partnership}/evaluation")
	String overview(PartnershipContext context, @RequestParam(required = false) String year, Model model) {
		int chosen = year == null ? currentYear()
				: FormValues.whole(year)
					.map(Long::intValue)
					.filter(y -> y >= FIRST_YEAR && y <= currentYear())
					.orElse(currentYear());
		List<GridRow> rows = repository.summaries(context.partnershipId().value(), chosen)
			.stream()
			.map(s -> new GridRow(s.id(), s.scopeName(),
					s.scopeKind().equals("DISTRICT") ? "District" : "Neighbourhood", s.submitted(),
					java.util.Arrays.stream(Element.values()).map(e -> {
						Integer score = s.score(e);
						return score == null ? "–" : score + " " + Score.of(score).map(Score::label).orElse("");
					}).toList()))
			.toList();
		model.addAttribute("year", chosen);
		model.addAttribute("yearLabel", new FinancialYear(chosen).label());
		model.addAttribute("years",
				IntStream.rangeClosed(FIRST_YEAR, currentYear())
					.map(y -> currentYear() + FIRST_YEAR - y)
					.mapToObj(FinancialYear::new)
					.toList());
		model.addAttribute("rows", rows);
		model.addAttribute("elements", elements());
		model.addAttribute("scopes",
				assessments.scopes(context)
					.stream()
					.map(s -> Map.of("value", s.value(), "label",
							(s.kind() == Scope.Kind.DISTRICT ? "District: " : "Neighbourhood: ") + s.name()))
					.toList());
		return "evaluation/overview";
	}

	@PostMapping("/p/{partnership}/evaluation/self-assessments")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String start(PartnershipContext context, @RequestParam(defaultValue = "") String scope,
			@RequestParam(defaultValue = "") String year, RedirectAttributes redirect) {
		Optional<Scope> chosen = assessments.scope(context, scope);
		Optional<Integer> chosenYear = FormValues.whole(year)
			.map(Long::intValue)
			.filter(y -> y >= FIRST_YEAR && y <= currentYear());
		String base = "/p/" + context.partnership().slug() + "/evaluation";
		if (chosen.isEmpty() || chosenYear.isEmpty()) {
			redirect.addFlashAttribute("problem", chosen.isEmpty() ? "Select a district or neighbourhood you look after"
					: "Select a year from 2006/07 to this year");
			return "redirect:" + base;
		}
		long id = assessments.start(context, chosen.get(), chosenYear.get());
		return "redirect:" + base + "/self-assessments/" + id;
	}

	@GetMapping("/p/{partnership}/evaluation/self-assessments/{id}")
	String show(PartnershipContext context, @PathVariable String id, Model model) {
		SelfAssessment assessment = load(context, id);
		return page(context, assessment, model);
	}

	@PostMapping("/p/{partnership}/evaluation/self-assessments/{id}")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER })
	String save(PartnershipContext context, @PathVariable String id, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		SelfAssessment assessment = load(context, id);
		Scope scope = assessments.scopeOf(context, assessment).orElseThrow(() -> forbidden());
		if (!SelfAssessments.mayWrite(context, scope)) {
			throw forbidden();
		}
		boolean submit = "submit".equals(form.get("action"));
		List<FieldProblem> problems = assessments.save(context, assessment, form, submit);
		if (!problems.isEmpty()) {
			model.addAttribute("problems", problems);
			boolean conflict = problems.stream().anyMatch(p -> p.field().equals("form"));
			model.addAttribute("typed", conflict ? Map.of() : form);
			return page(context, conflict ? load(context, id) : assessment, model);
		}
		redirect.addFlashAttribute("notice", (submit ? "Submitted" : "Saved") + " the " + assessment.year()
				+ " self-assessment of " + assessment.scopeName());
		return "redirect:/p/" + context.partnership().slug() + "/evaluation/self-assessments/" + assessment.id();
	}

	@PostMapping("/p/{partnership}/evaluation/self-assessments/{id}/reviews")
	@RequiresRole({ Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR })
	String review(PartnershipContext context, @PathVariable String id, @RequestParam(defaultValue = "") String comment,
			Model model, RedirectAttributes redirect) {
		SelfAssessment assessment = load(context, id);
		Scope scope = assessments.scopeOf(context, assessment).orElseThrow(() -> forbidden());
		List<FieldProblem> problems = assessments.review(context, assessment, scope, comment);
		if (!problems.isEmpty()) {
			model.addAttribute("problems", problems);
			model.addAttribute("typedComment", comment);
			return page(context, assessment, model);
		}
		redirect.addFlashAttribute("notice", "Your peer review has been added");
		return "redirect:/p/" + context.partnership().slug() + "/evaluation/self-assessments/" + assessment.id();
	}

	private String page(PartnershipContext context, SelfAssessment assessment, Model model) {
		Optional<Scope> scope = assessments.scopeOf(context, assessment);
		model.addAttribute("assessment", assessment);
		model.addAttribute("editable", !assessment.submitted() && scope.isPresent()
				&& SelfAssessments.mayWrite(context, scope.get()) && context.role().canWrite());
		model.addAttribute("mayReview", scope.isPresent() && SelfAssessments.mayPeerReview(context, scope.get()));
		model.addAttribute("scores", Score.values());
		List<Map<String, Object>> rows = new ArrayList<>();
		@SuppressWarnings("unchecked")
		Map<String, String> typed = (Map<String, String>) model.asMap().getOrDefault("typed", Map.of());
		for (SelfAssessment.Row row : assessment.rows()) {
			String key = row.element().key();
			rows.add(
					Map.of("key", key, "label", row.element().label(), "essential", row.element().essential(), "score",
							typed.getOrDefault("score-" + key,
									row.score() == null ? "" : String.valueOf(row.score().value())),
							"scoreLabel",
							row.score() == null ? "Not scored" : row.score().value() + " – " + row.score().label(),
							"weak", row.weak(), "prefilled", row.prefilledLines(), "evidence",
							typed.getOrDefault("evidence-" + key, row.evidence()), "action",
							typed.getOrDefault("action-" + key, row.improvementAction())));
		}
		model.addAttribute("rows", rows);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "evaluation/self-assessment";
	}

	private SelfAssessment load(PartnershipContext context, String id) {
		return FormValues.whole(id)
			.flatMap(key -> repository.load(context.partnershipId().value(), key))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static List<ElementView> elements() {
		return java.util.Arrays.stream(Element.values())
			.map(e -> new ElementView(e.key(), e.label(), e.essential()))
			.toList();
	}

	private static ResponseStatusException forbidden() {
		return new ResponseStatusException(HttpStatus.FORBIDDEN);
	}

}
