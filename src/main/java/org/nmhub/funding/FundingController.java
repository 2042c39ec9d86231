package org.nmhub.funding;

import java.util.List;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.funding.FundingChoices.BidStatus;
import org.nmhub.funding.FundingChoices.CapitalRevenue;
import org.nmhub.funding.FundingChoices.ContributionStatus;
import org.nmhub.funding.FundingChoices.ContributionType;
import org.nmhub.funding.FundingChoices.StreamKind;
import org.nmhub.funding.FundingChoices.TargetKind;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The funding overview, streams, bids and awards, and partners' contributions.
 */
@Controller
class FundingController {

	static final String OVERVIEW_VIEW = "funding/overview";

	static final String NEW_STREAM_VIEW = "funding/new-stream";

	static final String NEW_BID_VIEW = "funding/new-bid";

	static final String BID_VIEW = "funding/bid";

	static final String NEW_CONTRIBUTION_VIEW = "funding/new-contribution";

	private final Funding funding;

	private final Directory directory;

	FundingController(Funding funding, Directory directory) {
		this.funding = funding;
		this.directory = directory;
	}

	@GetMapping("/p/{partnership}/funding")
	String overview(PartnershipContext context, Model model) {
		List<Bid> bids = funding.bids(context.partnershipId());
		model.addAttribute("streams", funding.streams(context.partnershipId()));
		model.addAttribute("bids", bids);
		model.addAttribute("years", Funding.profileYears(bids));
		model.addAttribute("flagged", bids.stream().filter(Bid::flagged).count());
		model.addAttribute("canEdit", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER));
		model.addAttribute("approaching",
				context.hasRole(Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER, Role.ADMINISTRATOR)
						? directory.approachingDeadlines(context.partnershipId()) : List.of());
		return OVERVIEW_VIEW;
	}

	@GetMapping("/p/{partnership}/funding/streams/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String newStream(PartnershipContext context, Model model) {
		model.addAttribute("form", StreamForm.empty());
		return prepareStream(model);
	}

	@PostMapping("/p/{partnership}/funding/streams/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String createStream(PartnershipContext context, @ModelAttribute("form") StreamForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = funding.createStream(context, form);
		if (!problems.isEmpty()) {
			reject(errors, problems);
			return prepareStream(model);
		}
		redirect.addFlashAttribute("notice", Funding.text(form.name()) + " has been added");
		return "redirect:/p/" + context.partnership().slug() + "/funding";
	}

	private String prepareStream(Model model) {
		model.addAttribute("kinds", StreamKind.values());
		model.addAttribute("capitalRevenues", CapitalRevenue.values());
		return NEW_STREAM_VIEW;
	}

	@GetMapping("/p/{partnership}/funding/bids/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String newBid(PartnershipContext context, Model model) {
		model.addAttribute("form", BidForm.empty());
		return prepareBid(context, model);
	}

	@PostMapping("/p/{partnership}/funding/bids/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String createBid(PartnershipContext context, @ModelAttribute("form") BidForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Funding.Created created = funding.createBid(context, form);
		if (!created.problems().isEmpty()) {
			reject(errors, created.problems());
			return prepareBid(context, model);
		}
		redirect.addFlashAttribute("notice", Funding.text(form.reference()) + " has been recorded");
		return "redirect:/p/" + context.partnership().slug() + "/funding/bids/" + created.id();
	}

	private String prepareBid(PartnershipContext context, Model model) {
		model.addAttribute("streams", funding.streams(context.partnershipId()));
		model.addAttribute("targetKinds", TargetKind.values());
		model.addAttribute("statuses", BidStatus.values());
		model.addAttribute("rows", List.of(1, 2, 3, 4, 5));
		return NEW_BID_VIEW;
	}

	@GetMapping("/p/{partnership}/funding/bids/{id}")
	String showBid(PartnershipContext context, @PathVariable long id, Model model) {
		Bid bid = funding.bid(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("bid", bid);
		model.addAttribute("years", List.copyOf(bid.years().keySet()));
		model.addAttribute("canContribute", context.role().canWrite());
		return BID_VIEW;
	}

	@GetMapping("/p/{partnership}/funding/bids/{id}/contributions/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
			Role.PARTNER_OFFICER })
	String newContribution(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("form", ContributionForm.empty());
		return prepareContribution(context, id, model);
	}

	@PostMapping("/p/{partnership}/funding/bids/{id}/contributions/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
			Role.PARTNER_OFFICER })
	String createContribution(PartnershipContext context, @PathVariable long id,
			@ModelAttribute("form") ContributionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String view = prepareContribution(context, id, model);
		List<FieldProblem> problems = funding.addContribution(context, id, form);
		if (!problems.isEmpty()) {
			reject(errors, problems);
			return view;
		}
		redirect.addFlashAttribute("notice",
				"The contribution from " + Funding.text(form.contributor()) + " has been recorded");
		return "redirect:/p/" + context.partnership().slug() + "/funding/bids/" + id;
	}

	private String prepareContribution(PartnershipContext context, long id, Model model) {
		Bid bid = funding.bid(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("bid", bid);
		model.addAttribute("types", ContributionType.values());
		model.addAttribute("statuses", ContributionStatus.values());
		return NEW_CONTRIBUTION_VIEW;
	}

	static void reject(BindingResult errors, List<FieldProblem> problems) {
		for (FieldProblem p : problems) {
			errors.rejectValue(p.field(), "invalid", p.message());
		}
	}

}
