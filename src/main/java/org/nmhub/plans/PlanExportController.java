package org.nmhub.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.nmhub.access.PartnershipContext;
import org.nmhub.printing.PdfRenderer;
import org.nmhub.printing.TableExport;
import org.nmhub.shared.Slugs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A plan as a printable PDF, and its actions as CSV or XLSX, for signed-in members.
 */
@Controller
class PlanExportController {

	static final String PRINT_VIEW = "plans/print";

	static final List<String> HEADER = List.of("Priority", "Place or person", "LAA theme", "Action", "Level",
			"Reference", "Lead organisation", "Lead officer", "Supporting partners", "Starts", "Due", "Resources (£)",
			"Cash or in kind", "Resources from", "LAA outcome", "LAA indicator", "Success measure", "Parish plan item",
			"RAG", "Per cent complete", "State");

	private final ActionPlans plans;

	private final PdfRenderer pdf;

	PlanExportController(ActionPlans plans, PdfRenderer pdf) {
		this.plans = plans;
		this.pdf = pdf;
	}

	@GetMapping("/p/{partnership}/plans/{planId}/plan.pdf")
	ResponseEntity<byte[]> pdf(PartnershipContext context, @PathVariable long planId) {
		Plan plan = find(context, planId);
		List<Priority> priorities = plans.priorities(plan);
		LaaLabels laa = plans.laaLabels(context.partnershipId());
		byte[] document = pdf.render(PRINT_VIEW,
				Map.of("plan", PlanView.of(plan), "priorities", PlanView.priorities(priorities, LocalDate.now(), laa),
						"health", PlanView.health(PlanHealth.of(priorities)), "partnershipName",
						context.partnership().name()));
		return TableExport.pdf(filename(plan), document);
	}

	@GetMapping("/p/{partnership}/plans/{planId}/actions.csv")
	ResponseEntity<byte[]> csv(PartnershipContext context, @PathVariable long planId) {
		Plan plan = find(context, planId);
		return TableExport.csv(filename(plan) + "-actions", HEADER, rows(context, plan));
	}

	@GetMapping("/p/{partnership}/plans/{planId}/actions.xlsx")
	ResponseEntity<byte[]> xlsx(PartnershipContext context, @PathVariable long planId) {
		Plan plan = find(context, planId);
		return TableExport.xlsx(filename(plan) + "-actions", HEADER, rows(context, plan));
	}

	private List<List<?>> rows(PartnershipContext context, Plan plan) {
		LaaLabels laa = plans.laaLabels(context.partnershipId());
		LocalDate today = LocalDate.now();
		List<List<?>> rows = new ArrayList<>();
		for (Priority p : plans.priorities(plan)) {
			for (Action a : p.actions()) {
				rows.add(Arrays.asList(p.title(), p.category().label(), p.laaTheme(), a.title(), a.level(),
						a.reference(), a.leadOrganisationName(), a.leadOfficerName(),
						String.join(", ", a.supportingPartners()), a.startsOn(), a.dueOn(), a.resourcesAmount(),
						a.resourcesKind() == null ? null : a.resourcesKind().label(), a.resourcesSource(),
						laa.outcome(a.laaOutcomeId()), laa.indicator(a.laaIndicatorId()), a.successMeasure(),
						a.parishPlanItem(), a.rag() == null ? null : a.rag().label(), a.percentComplete(),
						PlanView.action(a, today, laa).state()));
			}
		}
		return rows;
	}

	private static String filename(Plan plan) {
		return Slugs.of(plan.title()) + "-v" + plan.planVersion();
	}

	private Plan find(PartnershipContext context, long planId) {
		return plans.plan(context.partnershipId(), planId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
