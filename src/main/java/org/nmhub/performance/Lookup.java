package org.nmhub.performance;

import java.util.List;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Partnerships;
import org.nmhub.performance.Views.Indicator;
import org.nmhub.performance.Views.Period;
import org.nmhub.performance.Views.Version;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the records a performance page names, in the signed-in user's partnership, or
 * answers 404; and the choices for the forms.
 */
@Component
class Lookup {

	private final FrameworkRepository framework;

	private final Partnerships partnerships;

	Lookup(FrameworkRepository framework, Partnerships partnerships) {
		this.framework = framework;
		this.partnerships = partnerships;
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	Version version(PartnershipContext context, long id) {
		return framework.version(context.partnershipId().value(), id).orElseThrow(Lookup::notFound);
	}

	/** The indicator, if the user may see it (a partner officer: only their own). */
	Indicator indicator(PartnershipContext context, long id) {
		Indicator i = framework.indicator(context.partnershipId().value(), id).orElseThrow(Lookup::notFound);
		if (!Returns.canSee(context, i)) {
			throw notFound();
		}
		return i;
	}

	Period period(PartnershipContext context, Indicator indicator, long id) {
		return framework.periods(context.partnershipId().value(), indicator.versionId())
			.stream()
			.filter(p -> p.id() == id)
			.findFirst()
			.orElseThrow(Lookup::notFound);
	}

	List<Option> organisations(PartnershipContext context) {
		return partnerships.organisations(context.partnershipId())
			.stream()
			.map(o -> new Option(String.valueOf(o.id()), o.name()))
			.toList();
	}

	List<Option> blocks(PartnershipContext context, long version) {
		return framework.blocks(context.partnershipId().value(), version)
			.stream()
			.map(b -> new Option(String.valueOf(b.id()), b.code() + " " + b.name()))
			.toList();
	}

	List<Option> outcomes(PartnershipContext context, long version) {
		return framework.outcomes(context.partnershipId().value(), version)
			.stream()
			.map(o -> new Option(String.valueOf(o.id()), o.code() + " " + o.title()))
			.toList();
	}

	/** Puts each problem on its field; true when there were any. */
	static boolean reject(List<FieldProblem> problems, BindingResult errors) {
		problems.forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
		return !problems.isEmpty();
	}

}
