package org.nmhub.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.indicators.Indicators;
import org.nmhub.indicators.Measure;
import org.nmhub.performance.Forms.BlockForm;
import org.nmhub.performance.Forms.IndicatorForm;
import org.nmhub.performance.Forms.OutcomeForm;
import org.nmhub.performance.Forms.RefreshForm;
import org.nmhub.performance.Forms.SettingsForm;
import org.nmhub.performance.Forms.StretchForm;
import org.nmhub.performance.Forms.TargetForm;
import org.nmhub.performance.FrameworkEditing.Saved;
import org.nmhub.performance.Views.Indicator;
import org.nmhub.performance.Views.Version;
import org.nmhub.shared.FieldProblem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The LAA framework pages: the overview with RAG status, the indicator page, and the
 * performance officer's forms for blocks, outcomes, indicators, targets, reward targets,
 * RAG settings and the refresh.
 */
@Controller
class FrameworkController {

	static final String OVERVIEW_VIEW = "performance/overview";

	static final String INDICATOR_VIEW = "performance/indicator";

	static final String BLOCK_VIEW = "performance/block-form";

	static final String OUTCOME_VIEW = "performance/outcome-form";

	static final String INDICATOR_FORM_VIEW = "performance/indicator-form";

	static final String STRETCH_VIEW = "performance/stretch-form";

	static final String REFRESH_VIEW = "performance/refresh";

	private final FrameworkRepository framework;

	private final FrameworkQueries queries;

	private final FrameworkEditing editing;

	private final Statuses statuses;

	private final ReturnRepository returns;

	private final Lookup lookup;

	private final Indicators indicators;

	FrameworkController(FrameworkRepository framework, FrameworkQueries queries, FrameworkEditing editing,
			Statuses statuses, ReturnRepository returns, Lookup lookup, Indicators indicators) {
		this.indicators = indicators;
		this.framework = framework;
		this.queries = queries;
		this.editing = editing;
		this.statuses = statuses;
		this.returns = returns;
		this.lookup = lookup;
	}

	private static String base(PartnershipContext context) {
		return "redirect:/p/" + context.partnership().slug() + "/performance";
	}

	@GetMapping("/p/{partnership}/performance")
	String overview(PartnershipContext context, @RequestParam(required = false) @Nullable Long version, Model model) {
		long p = context.partnershipId().value();
		model.addAttribute("versions", framework.versions(p));
		Optional<Version> selected = version == null ? framework.currentVersion(p) : framework.version(p, version);
		if (version != null && selected.isEmpty()) {
			throw Lookup.notFound();
		}
		model.addAttribute("canEdit", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER));
		model.addAttribute("partnerOfficer", context.role() == Role.PARTNER_OFFICER);
		if (selected.isEmpty()) {
			return OVERVIEW_VIEW;
		}
		Version v = selected.get();
		Statuses.VersionStatus status = statuses.of(p, v, LocalDate.now());
		model.addAttribute("version", v);
		model.addAttribute("status", status);
		model.addAttribute("own",
				status.indicators().stream().filter(r -> Returns.canSee(context, r.indicator())).toList());
		model.addAttribute("rewards",
				queries.stretchTargets(p, v.id()).stream().map(t -> new RewardRow(t, Framework.position(t))).toList());
		model.addAttribute("settings", new SettingsForm(Forms.text(v.amberTolerancePct()), v.rollup().name()));
		model.addAttribute("rollups",
				List.of(StatusCalculator.Rollup.values())
					.stream()
					.map(r -> new Option(r.name(), r.getLabel()))
					.toList());
		return OVERVIEW_VIEW;
	}

	/** A reward target with where it stands. */
	record RewardRow(StretchTarget target, RewardPosition position) {

	}

	@GetMapping("/p/{partnership}/performance/indicators/{id}")
	String indicator(PartnershipContext context, @PathVariable long id, Model model) {
		Indicator i = lookup.indicator(context, id);
		return showIndicator(context, i, TargetForm.empty(), model);
	}

	private String showIndicator(PartnershipContext context, Indicator i, TargetForm targetForm, Model model) {
		long p = context.partnershipId().value();
		Version v = lookup.version(context, i.versionId());
		model.addAttribute("indicator", i);
		model.addAttribute("version", v);
		model.addAttribute("row", Statuses.row(i, framework.targets(p, v.id()),
				framework.periods(p, v.id()).stream().filter(pe -> !pe.endsOn().isAfter(LocalDate.now())).toList(),
				returns.approvedActuals(p, v.id()).getOrDefault(i.id(), java.util.Map.of()), v));
		model.addAttribute("returns",
				returns.returns(p, v.id()).stream().filter(r -> r.indicatorId() == i.id()).toList());
		model.addAttribute("periods", framework.periods(p, v.id()));
		model.addAttribute("canEdit", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER));
		model.addAttribute("form", targetForm);
		return INDICATOR_VIEW;
	}

	@PostMapping("/p/{partnership}/performance/indicators/{id}/targets")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String addTarget(PartnershipContext context, @PathVariable long id, @ModelAttribute("form") TargetForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Indicator i = lookup.indicator(context, id);
		Saved saved = editing.addTarget(context, i, form);
		if (Lookup.reject(saved.problems(), errors)) {
			return showIndicator(context, i, form, model);
		}
		redirect.addFlashAttribute("notice", "The target has been saved");
		return base(context) + "/indicators/" + id;
	}

	@PostMapping("/p/{partnership}/performance/indicators/{id}/targets/{target}/delete")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String removeTarget(PartnershipContext context, @PathVariable long id, @PathVariable long target,
			RedirectAttributes redirect) {
		editing.removeTarget(context, lookup.indicator(context, id), target);
		redirect.addFlashAttribute("notice", "The target has been removed");
		return base(context) + "/indicators/" + id;
	}

	@GetMapping("/p/{partnership}/performance/versions/{version}/blocks/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String newBlock(PartnershipContext context, @PathVariable long version, Model model) {
		model.addAttribute("form", BlockForm.empty());
		return blockForm(context, lookup.version(context, version), model);
	}

	@PostMapping("/p/{partnership}/performance/versions/{version}/blocks/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String createBlock(PartnershipContext context, @PathVariable long version, @ModelAttribute("form") BlockForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Version v = lookup.version(context, version);
		if (Lookup.reject(editing.createBlock(context, v.id(), form).problems(), errors)) {
			return blockForm(context, v, model);
		}
		redirect.addFlashAttribute("notice", "The block " + form.name().trim() + " has been added");
		return base(context) + "?version=" + v.id();
	}

	private String blockForm(PartnershipContext context, Version v, Model model) {
		model.addAttribute("version", v);
		model.addAttribute("organisations", lookup.organisations(context));
		return BLOCK_VIEW;
	}

	@GetMapping("/p/{partnership}/performance/versions/{version}/outcomes/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String newOutcome(PartnershipContext context, @PathVariable long version, Model model) {
		model.addAttribute("form", OutcomeForm.empty());
		return outcomeForm(context, lookup.version(context, version), model);
	}

	@PostMapping("/p/{partnership}/performance/versions/{version}/outcomes/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String createOutcome(PartnershipContext context, @PathVariable long version,
			@ModelAttribute("form") OutcomeForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		Version v = lookup.version(context, version);
		if (Lookup.reject(editing.createOutcome(context, v.id(), form).problems(), errors)) {
			return outcomeForm(context, v, model);
		}
		redirect.addFlashAttribute("notice", "The outcome " + form.code().trim() + " has been added");
		return base(context) + "?version=" + v.id();
	}

	private String outcomeForm(PartnershipContext context, Version v, Model model) {
		model.addAttribute("version", v);
		model.addAttribute("blocks", lookup.blocks(context, v.id()));
		return OUTCOME_VIEW;
	}

	@GetMapping("/p/{partnership}/performance/versions/{version}/indicators/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String newIndicator(PartnershipContext context, @PathVariable long version, Model model) {
		model.addAttribute("form", IndicatorForm.empty());
		return indicatorForm(context, lookup.version(context, version), null, model);
	}

	@PostMapping("/p/{partnership}/performance/versions/{version}/indicators/new")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String createIndicator(PartnershipContext context, @PathVariable long version,
			@ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Version v = lookup.version(context, version);
		Saved saved = editing.saveIndicator(context, v.id(), null, form);
		if (Lookup.reject(saved.problems(), errors)) {
			return indicatorForm(context, v, null, model);
		}
		redirect.addFlashAttribute("notice", "The indicator " + form.code().trim() + " has been added");
		return base(context) + "/indicators/" + saved.id();
	}

	@GetMapping("/p/{partnership}/performance/indicators/{id}/edit")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String editIndicator(PartnershipContext context, @PathVariable long id, Model model) {
		Indicator i = lookup.indicator(context, id);
		model.addAttribute("form", IndicatorForm.of(i, editing.editVersion(context, id)));
		return indicatorForm(context, lookup.version(context, i.versionId()), i, model);
	}

	@PostMapping("/p/{partnership}/performance/indicators/{id}/edit")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String updateIndicator(PartnershipContext context, @PathVariable long id,
			@ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Indicator i = lookup.indicator(context, id);
		Version v = lookup.version(context, i.versionId());
		List<FieldProblem> problems = editing.saveIndicator(context, v.id(), i, form).problems();
		if (Lookup.reject(problems, errors)) {
			if (problems.stream().anyMatch(p -> p.message().equals(FrameworkEditing.CHANGED_MEANWHILE))) {
				// What the user typed is kept; a second save is a deliberate choice to
				// overwrite.
				model.addAttribute("currentEditVersion", editing.editVersion(context, id));
			}
			return indicatorForm(context, v, i, model);
		}
		redirect.addFlashAttribute("notice", "The indicator has been saved");
		return base(context) + "/indicators/" + id;
	}

	private String indicatorForm(PartnershipContext context, Version v, @Nullable Indicator existing, Model model) {
		model.addAttribute("version", v);
		model.addAttribute("existing", existing);
		model.addAttribute("outcomes", lookup.outcomes(context, v.id()));
		model.addAttribute("organisations", lookup.organisations(context));
		model.addAttribute("polarities",
				List.of(TargetPolarity.values()).stream().map(t -> new Option(t.name(), t.label())).toList());
		model.addAttribute("neighbourhoodIndicators",
				indicators.definitions()
					.stream()
					.filter(d -> d.measure() != Measure.RANK && d.measure() != Measure.DECILE)
					.map(d -> new Option(d.key(), d.name()))
					.toList());
		model.addAttribute("frequencies",
				List.of(Frequency.values()).stream().map(f -> new Option(f.name(), f.label())).toList());
		return INDICATOR_FORM_VIEW;
	}

	@PostMapping("/p/{partnership}/performance/versions/{version}/settings")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String saveSettings(PartnershipContext context, @PathVariable long version,
			@ModelAttribute("settings") SettingsForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Version v = lookup.version(context, version);
		Saved saved = editing.saveSettings(context, v, form);
		if (!saved.problems().isEmpty()) {
			redirect.addFlashAttribute("problem", saved.problems().get(0).message());
			return base(context) + "?version=" + v.id();
		}
		redirect.addFlashAttribute("notice", "The RAG settings have been saved");
		return base(context) + "?version=" + v.id();
	}

	@GetMapping("/p/{partnership}/performance/reward-targets/{id}/edit")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String editStretch(PartnershipContext context, @PathVariable long id, Model model) {
		StretchTarget t = stretch(context, id);
		model.addAttribute("form", StretchForm.of(t));
		model.addAttribute("target", t);
		return STRETCH_VIEW;
	}

	@PostMapping("/p/{partnership}/performance/reward-targets/{id}/edit")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String updateStretch(PartnershipContext context, @PathVariable long id, @ModelAttribute("form") StretchForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		StretchTarget t = stretch(context, id);
		if (Lookup.reject(editing.saveStretch(context, t, form).problems(), errors)) {
			model.addAttribute("target", t);
			return STRETCH_VIEW;
		}
		redirect.addFlashAttribute("notice", "The reward target " + t.code() + " has been saved");
		return base(context) + "?version=" + t.versionId();
	}

	private StretchTarget stretch(PartnershipContext context, long id) {
		long p = context.partnershipId().value();
		for (Version v : framework.versions(p)) {
			for (StretchTarget t : queries.stretchTargets(p, v.id())) {
				if (t.id() == id) {
					return t;
				}
			}
		}
		throw Lookup.notFound();
	}

	@GetMapping("/p/{partnership}/performance/versions/{version}/refresh")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String refreshForm(PartnershipContext context, @PathVariable long version, Model model) {
		Version v = lookup.version(context, version);
		model.addAttribute("version", v);
		model.addAttribute("form", new RefreshForm(v.name() + " (refresh)", ""));
		return REFRESH_VIEW;
	}

	@PostMapping("/p/{partnership}/performance/versions/{version}/refresh")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String refresh(PartnershipContext context, @PathVariable long version, @ModelAttribute("form") RefreshForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Version v = lookup.version(context, version);
		Saved saved = editing.refresh(context, v, form);
		if (Lookup.reject(saved.problems(), errors)) {
			model.addAttribute("version", v);
			return REFRESH_VIEW;
		}
		redirect.addFlashAttribute("notice", "The refresh has been started as a new version: change it here");
		return base(context) + "?version=" + saved.id();
	}

}
