package org.nmhub.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.printing.PdfRenderer;
import org.nmhub.printing.TableExport;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The business case calculator per neighbourhood, its PDF, and the unit costs it uses.
 */
@Controller
class BusinessCaseController {

	static final String VIEW = "funding/business-case";

	static final String PRINT_VIEW = "funding/business-case-print";

	private final BusinessCases cases;

	private final PdfRenderer pdf;

	BusinessCaseController(BusinessCases cases, PdfRenderer pdf) {
		this.cases = cases;
		this.pdf = pdf;
	}

	@GetMapping("/p/{partnership}/funding/business-case")
	String show(PartnershipContext context, @ModelAttribute("form") BusinessCaseForms.CalculatorForm form,
			BindingResult errors, Model model) {
		model.addAllAttributes(calculate(context, form, errors));
		model.addAttribute("neighbourhoods", cases.neighbourhoods(context.partnershipId()));
		model.addAttribute("unitCostForm", BusinessCaseForms.UnitCostForm.empty());
		model.addAttribute("canEdit", context.hasRole(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER));
		return VIEW;
	}

	@GetMapping("/p/{partnership}/funding/business-case.pdf")
	ResponseEntity<byte[]> print(PartnershipContext context,
			@ModelAttribute("form") BusinessCaseForms.CalculatorForm form, BindingResult errors) {
		Map<String, Object> model = calculate(context, form, errors);
		model.put("partnershipName", context.partnership().name());
		return TableExport.pdf("business-case", pdf.render(PRINT_VIEW, model));
	}

	@PostMapping("/p/{partnership}/funding/business-case/unit-costs")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String saveUnitCost(PartnershipContext context, @ModelAttribute("unitCostForm") BusinessCaseForms.UnitCostForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = cases.saveUnitCost(context, form);
		if (!problems.isEmpty()) {
			FundingController.reject(errors, problems);
			BusinessCaseForms.CalculatorForm blank = new BusinessCaseForms.CalculatorForm(null, null, null, null, null,
					null, null, null);
			model.addAttribute("form", blank);
			model.addAllAttributes(calculate(context, blank, null));
			model.addAttribute("neighbourhoods", cases.neighbourhoods(context.partnershipId()));
			model.addAttribute("canEdit", true);
			return VIEW;
		}
		redirect.addFlashAttribute("notice", Funding.text(form.label()) + " has been saved");
		return "redirect:/p/" + context.partnership().slug() + "/funding/business-case";
	}

	/**
	 * Reads the inputs, fills blanks from the data and unit costs, and works the case.
	 */
	private Map<String, Object> calculate(PartnershipContext context, BusinessCaseForms.CalculatorForm form,
			@Nullable BindingResult errors) {
		Map<String, Object> model = new HashMap<>();
		List<UnitCost> unitCosts = cases.unitCosts(context.partnershipId());
		model.put("unitCosts", unitCosts);
		NeighbourhoodRef neighbourhood = Funding.text(form.neighbourhood()).isEmpty() ? null
				: cases.neighbourhoods(context.partnershipId())
					.stream()
					.filter(n -> n.key().equals(Funding.text(form.neighbourhood())))
					.findFirst()
					.orElse(null);
		model.put("neighbourhoodName", neighbourhood == null ? "" : neighbourhood.name());
		if (neighbourhood == null) {
			return model;
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<BusinessCase.Assumption> assumptions = new ArrayList<>();
		BigDecimal crimes = input(form.crimesPerYear(), "crimesPerYear", "Crimes a year", problems, assumptions,
				() -> cases.crimesPerYear(context, neighbourhood), null);
		BigDecimal costPerCrime = input(form.costPerCrime(), "costPerCrime", "Cost of a crime (£)", problems,
				assumptions, Optional::empty, unit(unitCosts, BusinessCases.PER_CRIME));
		BigDecimal reduction = input(form.reductionPercent(), "reductionPercent", "Crime reduction expected (%)",
				problems, assumptions, Optional::empty, null);
		BigDecimal families = input(form.families(), "families", "Families turned round", problems, assumptions,
				Optional::empty, null);
		BigDecimal costPerFamily = input(form.costPerFamily(), "costPerFamily", "Cost of a family a year (£)", problems,
				assumptions, Optional::empty, unit(unitCosts, BusinessCases.FAMILY));
		BigDecimal population = input(form.population(), "population", "Population", problems, assumptions,
				() -> cases.population(context, neighbourhood), null);
		BigDecimal costPerHead = input(form.costPerHead(), "costPerHead",
				"Cost of neighbourhood management a head a year (£)", problems, assumptions, Optional::empty,
				unit(unitCosts, BusinessCases.PER_HEAD));
		if (errors != null) {
			FundingController.reject(errors, problems);
		}
		model.put("assumptions", assumptions);
		if (problems.isEmpty()) {
			model.put("result", BusinessCase.work(new BusinessCase.Inputs(crimes, costPerCrime, reduction, families,
					costPerFamily, population, costPerHead)));
		}
		return model;
	}

	private static BusinessCases.@Nullable Count unit(List<UnitCost> costs, String key) {
		return costs.stream()
			.filter(c -> c.key().equals(key))
			.findFirst()
			.map(c -> new BusinessCases.Count(c.low(),
					"Unit cost '" + c.label() + "' (" + c.range() + " " + c.unit() + "; the lowest used). Source: "
							+ c.source()))
			.orElse(null);
	}

	private static @Nullable BigDecimal input(@Nullable String typed, String field, String name,
			List<FieldProblem> problems, List<BusinessCase.Assumption> assumptions,
			java.util.function.Supplier<Optional<BusinessCases.Count>> fromData, BusinessCases.@Nullable Count unit) {
		if (!Funding.text(typed).isEmpty()) {
			BigDecimal value = Funding.amount(typed, field, name, false, problems);
			if (value != null) {
				assumptions.add(new BusinessCase.Assumption(name, value.stripTrailingZeros().toPlainString(),
						"Typed in this calculation"));
			}
			return value;
		}
		BusinessCases.Count count = fromData.get().orElse(unit);
		if (count == null) {
			assumptions.add(new BusinessCase.Assumption(name, "Not supplied", "Type a figure to include it"));
			return null;
		}
		assumptions
			.add(new BusinessCase.Assumption(name, count.value().stripTrailingZeros().toPlainString(), count.source()));
		return count.value();
	}

}
