package org.nmhub.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.printing.PdfRenderer;
import org.nmhub.printing.TableExport;
import org.nmhub.shared.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation report of a neighbourhood, a district or the partnership as a page, PDF
 * and workbook, and the partnership's template for it.
 */
@Controller
class EvaluationReportController {

	static final String PRINT_VIEW = "evaluation/report-print";

	private final EvaluationReports reports;

	private final PdfRenderer pdf;

	EvaluationReportController(EvaluationReports reports, PdfRenderer pdf) {
		this.reports = reports;
		this.pdf = pdf;
	}

	@GetMapping("/p/{partnership}/evaluation/report")
	String page(PartnershipContext context, @RequestParam(required = false) String scope, Model model) {
		EvaluationReports.Coverage coverage = coverage(context, scope);
		model.addAttribute("report", reports.report(context, coverage));
		model.addAttribute("coverages", reports.coverages(context));
		model.addAttribute("scope", coverage.value());
		model.addAttribute("mayTailor", mayTailor(context));
		return "evaluation/report";
	}

	@GetMapping("/p/{partnership}/evaluation/report.pdf")
	ResponseEntity<byte[]> pdf(PartnershipContext context, @RequestParam(required = false) String scope) {
		EvaluationReports.Coverage coverage = coverage(context, scope);
		Map<String, Object> model = new HashMap<>();
		model.put("report", reports.report(context, coverage));
		return TableExport.pdf(filename(coverage), pdf.render(PRINT_VIEW, model));
	}

	@GetMapping("/p/{partnership}/evaluation/report.xlsx")
	ResponseEntity<byte[]> xlsx(PartnershipContext context, @RequestParam(required = false) String scope) {
		EvaluationReports.Coverage coverage = coverage(context, scope);
		EvaluationReport report = reports.report(context, coverage);
		List<TableExport.Sheet> sheets = new ArrayList<>();
		List<List<String>> summary = new ArrayList<>();
		summary.add(List.of("Report", report.title()));
		summary.add(List.of("Covering", report.scopeName()));
		summary.add(List.of("Produced", report.generated()));
		for (EvaluationReport.Part part : report.parts()) {
			for (String paragraph : part.paragraphs()) {
				summary.add(List.of(part.heading(), paragraph));
			}
		}
		sheets.add(new TableExport.Sheet("Summary", List.of("Section", "Text"), summary));
		for (EvaluationReport.Part part : report.parts()) {
			for (EvaluationReport.Table table : part.tables()) {
				sheets.add(new TableExport.Sheet(table.caption(), table.header(), table.rows()));
			}
		}
		return TableExport.xlsx(filename(coverage), sheets);
	}

	@GetMapping("/p/{partnership}/evaluation/report/template")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String template(PartnershipContext context, Model model) {
		ReportTemplate template = reports.template(context);
		return templatePage(context, template.title(), template.sections().stream().map(ReportSection::name).toList(),
				template.indicatorKeys(), List.of(), model);
	}

	@PostMapping("/p/{partnership}/evaluation/report/template")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String saveTemplate(PartnershipContext context, @RequestParam(defaultValue = "") String title,
			@RequestParam(name = "sections", required = false) List<String> sections,
			@RequestParam(name = "indicators", required = false) List<String> indicators, Model model,
			RedirectAttributes redirect) {
		List<String> chosenSections = sections == null ? List.of() : sections;
		List<String> chosenIndicators = indicators == null ? List.of() : indicators;
		List<FieldProblem> problems = reports.saveTemplate(context, title, chosenSections, chosenIndicators);
		if (!problems.isEmpty()) {
			return templatePage(context, title, chosenSections, chosenIndicators, problems, model);
		}
		redirect.addFlashAttribute("notice", "The evaluation report template is saved");
		return "redirect:/p/" + context.partnership().slug() + "/evaluation/report";
	}

	private String templatePage(PartnershipContext context, String title, List<String> sections,
			List<String> indicators, List<FieldProblem> problems, Model model) {
		model.addAttribute("title", title);
		model.addAttribute("sections", ReportSection.values());
		model.addAttribute("chosenSections", sections);
		model.addAttribute("indicators", reports.frozenIndicators(context));
		model.addAttribute("chosenIndicators", indicators);
		model.addAttribute("problems", problems);
		return "evaluation/report-template";
	}

	private EvaluationReports.Coverage coverage(PartnershipContext context, String scope) {
		return reports.coverage(context, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean mayTailor(PartnershipContext context) {
		return context.role() == Role.ADMINISTRATOR || context.role() == Role.PERFORMANCE_OFFICER;
	}

	private static String filename(EvaluationReports.Coverage coverage) {
		return "evaluation-" + coverage.value().replaceAll("[^A-Za-z0-9-]+", "-");
	}

}
