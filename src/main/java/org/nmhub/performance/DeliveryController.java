package org.nmhub.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.performance.Forms.MilestoneForm;
import org.nmhub.performance.Forms.ProjectForm;
import org.nmhub.performance.Forms.RiskForm;
import org.nmhub.performance.Views.Version;
import org.nmhub.shared.FormValues;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delivery plan: projects by block with their managers, budgets and milestones
 * (overdue ones flagged), and the risks scored likelihood × impact.
 */
@Controller
@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
		Role.BOARD_MEMBER })
class DeliveryController {

	static final String VIEW = "performance/delivery";

	private final DeliveryRepository repository;

	private final DeliveryPlans plans;

	private final FrameworkRepository framework;

	private final Lookup lookup;

	DeliveryController(DeliveryRepository repository, DeliveryPlans plans, FrameworkRepository framework,
			Lookup lookup) {
		this.repository = repository;
		this.plans = plans;
		this.framework = framework;
		this.lookup = lookup;
	}

	/** A milestone with whether it is overdue today. */
	record MilestoneRow(DeliveryRepository.Milestone milestone, boolean overdue) {

	}

	/** A project with its milestones. */
	record ProjectRow(DeliveryRepository.Project project, List<MilestoneRow> milestones) {

	}

	@GetMapping("/p/{partnership}/performance/delivery")
	String show(PartnershipContext context, @RequestParam(required = false) @Nullable Long version, Model model) {
		long p = context.partnershipId().value();
		Optional<Version> v = version == null ? framework.currentVersion(p) : framework.version(p, version);
		if (v.isEmpty()) {
			throw Lookup.notFound();
		}
		return page(context, v.get(), model);
	}

	private String page(PartnershipContext context, Version v, Model model) {
		long p = context.partnershipId().value();
		LocalDate today = LocalDate.now();
		List<DeliveryRepository.Milestone> milestones = repository.milestones(p, v.id());
		model.addAttribute("version", v);
		model.addAttribute("projects",
				repository.projects(p, v.id())
					.stream()
					.map(pr -> new ProjectRow(pr,
							milestones.stream()
								.filter(m -> m.projectId() == pr.id())
								.map(m -> new MilestoneRow(m, m.missedBy(today)))
								.toList()))
					.toList());
		model.addAttribute("overdue", milestones.stream().filter(m -> m.missedBy(today)).count());
		model.addAttribute("risks", repository.risks(p, v.id()));
		model.addAttribute("canEdit", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER));
		model.addAttribute("blocks", lookup.blocks(context, v.id()));
		model.addAttribute("projectOptions",
				repository.projects(p, v.id())
					.stream()
					.map(pr -> new Option(String.valueOf(pr.id()), pr.name()))
					.toList());
		addIfMissing(model, "projectForm", ProjectForm.empty());
		addIfMissing(model, "milestoneForm", MilestoneForm.empty());
		addIfMissing(model, "riskForm", RiskForm.empty());
		return VIEW;
	}

	private static void addIfMissing(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new BeanPropertyBindingResult(form, name));
		}
	}

	private String back(PartnershipContext context, Version v) {
		return "redirect:/p/" + context.partnership().slug() + "/performance/delivery?version=" + v.id();
	}

	@PostMapping("/p/{partnership}/performance/versions/{version}/projects")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String addProject(PartnershipContext context, @PathVariable long version,
			@ModelAttribute("projectForm") ProjectForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Version v = lookup.version(context, version);
		if (Lookup.reject(plans.addProject(context, v, form).problems(), errors)) {
			return page(context, v, model);
		}
		redirect.addFlashAttribute("notice", "The project has been added");
		return back(context, v);
	}

	@PostMapping("/p/{partnership}/performance/versions/{version}/milestones")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String addMilestone(PartnershipContext context, @PathVariable long version,
			@ModelAttribute("milestoneForm") MilestoneForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Version v = lookup.version(context, version);
		long p = context.partnershipId().value();
		Optional<DeliveryRepository.Project> project = FormValues.whole(form.projectId())
			.flatMap(id -> repository.project(p, id))
			.filter(pr -> repository.projects(p, v.id()).stream().anyMatch(x -> x.id() == pr.id()));
		if (project.isEmpty()) {
			errors.rejectValue("projectId", "invalid", "Select the project");
			return page(context, v, model);
		}
		if (Lookup.reject(plans.addMilestone(context, project.get(), form).problems(), errors)) {
			return page(context, v, model);
		}
		redirect.addFlashAttribute("notice", "The milestone has been added");
		return back(context, v);
	}

	@PostMapping("/p/{partnership}/performance/versions/{version}/milestones/{milestone}/achieved")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String achieved(PartnershipContext context, @PathVariable long version, @PathVariable long milestone,
			@RequestParam(required = false) @Nullable String achievedOn, RedirectAttributes redirect) {
		Version v = lookup.version(context, version);
		if (repository.milestones(context.partnershipId().value(), v.id())
			.stream()
			.noneMatch(m -> m.id() == milestone)) {
			throw Lookup.notFound();
		}
		Optional<String> problem = plans.markAchieved(context, milestone, achievedOn);
		redirect.addFlashAttribute("notice", problem.orElse("The milestone is marked achieved"));
		return back(context, v);
	}

	@PostMapping("/p/{partnership}/performance/versions/{version}/risks")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String addRisk(PartnershipContext context, @PathVariable long version, @ModelAttribute("riskForm") RiskForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Version v = lookup.version(context, version);
		if (Lookup.reject(plans.addRisk(context, v, form).problems(), errors)) {
			return page(context, v, model);
		}
		redirect.addFlashAttribute("notice", "The risk has been added");
		return back(context, v);
	}

}
