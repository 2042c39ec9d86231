package org.nmhub.performance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.performance.Forms.ReviewDecisionForm;
import org.nmhub.performance.Forms.ReviewForm;
import org.nmhub.performance.FrameworkEditing.Saved;
import org.nmhub.performance.ReviewRepository.Review;
import org.nmhub.performance.Views.Version;
import org.nmhub.printing.PdfRenderer;
import org.nmhub.printing.TableExport;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Six-monthly reviews: the list, starting a review cycle, its board report as a page and
 * as PDF, and recording decisions against it.
 */
@Controller
@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
		Role.BOARD_MEMBER })
class ReviewController {

	static final String LIST_VIEW = "performance/reviews";

	static final String REPORT_VIEW = "performance/review";

	static final String PRINT_VIEW = "performance/review-print";

	private final ReviewRepository repository;

	private final Reviews reviews;

	private final BoardReports reports;

	private final FrameworkRepository framework;

	private final PdfRenderer pdf;

	private final Lookup lookup;

	ReviewController(ReviewRepository repository, Reviews reviews, BoardReports reports, FrameworkRepository framework,
			PdfRenderer pdf, Lookup lookup) {
		this.repository = repository;
		this.reviews = reviews;
		this.reports = reports;
		this.framework = framework;
		this.pdf = pdf;
		this.lookup = lookup;
	}

	private static boolean canEdit(PartnershipContext context) {
		return context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER);
	}

	@GetMapping("/p/{partnership}/performance/reviews")
	String list(PartnershipContext context, Model model) {
		model.addAttribute("form", ReviewForm.empty());
		return listPage(context, model);
	}

	private String listPage(PartnershipContext context, Model model) {
		long p = context.partnershipId().value();
		model.addAttribute("reviews", repository.reviews(p));
		model.addAttribute("version", framework.currentVersion(p).orElse(null));
		model.addAttribute("canEdit", canEdit(context));
		return LIST_VIEW;
	}

	@PostMapping("/p/{partnership}/performance/reviews")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String create(PartnershipContext context, @ModelAttribute("form") ReviewForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Version v = framework.currentVersion(context.partnershipId().value()).orElseThrow(Lookup::notFound);
		Saved saved = reviews.create(context, v, form);
		if (Lookup.reject(saved.problems(), errors)) {
			return listPage(context, model);
		}
		redirect.addFlashAttribute("notice", "The review has been started: its board report is below");
		return "redirect:/p/" + context.partnership().slug() + "/performance/reviews/" + saved.id();
	}

	private Review review(PartnershipContext context, long id) {
		return repository.review(context.partnershipId().value(), id).orElseThrow(Lookup::notFound);
	}

	@GetMapping("/p/{partnership}/performance/reviews/{id}")
	String show(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("form", ReviewDecisionForm.empty());
		return reportPage(context, review(context, id), model);
	}

	private String reportPage(PartnershipContext context, Review review, Model model) {
		model.addAttribute("report", reports.report(context, review));
		model.addAttribute("canEdit", canEdit(context));
		model.addAttribute("outcomes", lookup.outcomes(context, review.versionId()));
		return REPORT_VIEW;
	}

	@GetMapping("/p/{partnership}/performance/reviews/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(PartnershipContext context, @PathVariable long id) {
		Review review = review(context, id);
		Map<String, Object> model = new HashMap<>();
		model.put("report", reports.report(context, review));
		return TableExport.pdf("board-report-" + review.heldOn(), pdf.render(PRINT_VIEW, model));
	}

	@PostMapping("/p/{partnership}/performance/reviews/{id}/decisions")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String decide(PartnershipContext context, @PathVariable long id, @ModelAttribute("form") ReviewDecisionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Review review = review(context, id);
		if (Lookup.reject(reviews.decide(context, review, form).problems(), errors)) {
			return reportPage(context, review, model);
		}
		redirect.addFlashAttribute("notice", "The decision has been recorded against the review");
		return "redirect:/p/" + context.partnership().slug() + "/performance/reviews/" + id;
	}

}
