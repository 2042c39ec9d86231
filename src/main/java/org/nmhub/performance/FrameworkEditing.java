package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.indicators.Indicators;
import org.nmhub.performance.Forms.BlockForm;
import org.nmhub.performance.Forms.IndicatorForm;
import org.nmhub.performance.Forms.OutcomeForm;
import org.nmhub.performance.Forms.RefreshForm;
import org.nmhub.performance.Forms.SettingsForm;
import org.nmhub.performance.Forms.StretchForm;
import org.nmhub.performance.Forms.TargetForm;
import org.nmhub.shared.FormValues;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the framework by a performance officer. Each method checks the whole form
 * first and saves nothing when there is a problem; each write is audited.
 */
@Service
class FrameworkEditing {

	private final FrameworkRepository repository;

	private final PerformanceAudit audit;

	private final Indicators indicators;

	FrameworkEditing(FrameworkRepository repository, PerformanceAudit audit, Indicators indicators) {
		this.repository = repository;
		this.audit = audit;
		this.indicators = indicators;
	}

	/** The result of a save: the record's id, or the problems that stopped it. */
	/**
	 * The problem when another officer saved the indicator after this form was opened.
	 */
	static final String CHANGED_MEANWHILE = "Someone else changed this indicator after you opened it, so your changes "
			+ "were not saved. Compare the values below with the indicator's page; save again to keep yours.";

	record Saved(@Nullable Long id, List<FieldProblem> problems) {

		static Saved of(long id) {
			return new Saved(id, List.of());
		}

		static Saved refused(List<FieldProblem> problems) {
			return new Saved(null, problems);
		}

		static Saved refused(String field, String message) {
			return new Saved(null, List.of(new FieldProblem(field, message)));
		}

	}

	@Transactional
	Saved createBlock(PartnershipContext context, long version, BlockForm form) {
		long p = context.partnershipId().value();
		List<FieldProblem> problems = new ArrayList<>();
		String code = Numbers.trimmed(form.code());
		String name = Numbers.trimmed(form.name());
		if (code == null) {
			problems.add(new FieldProblem("code", "Enter the block's code, for example SA"));
		}
		if (name == null) {
			problems.add(new FieldProblem("name", "Enter the block's name"));
		}
		Long lead = organisation(p, form.leadOrganisationId(), "leadOrganisationId", problems);
		if (problems.isEmpty() && repository.blockExists(p, version, code, name)) {
			problems.add(new FieldProblem("code", "This version already has a block with that code or name"));
		}
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		long id = repository.insertBlock(p, version, code, name, lead);
		audit.record(context, "created", "performance block", id, "Added the block " + code + " " + name, Map.of(),
				Map.of("code", code, "name", name));
		return Saved.of(id);
	}

	@Transactional
	Saved createOutcome(PartnershipContext context, long version, OutcomeForm form) {
		long p = context.partnershipId().value();
		List<FieldProblem> problems = new ArrayList<>();
		Long block = block(p, version, form.blockId(), problems);
		String code = Numbers.trimmed(form.code());
		String title = Numbers.trimmed(form.title());
		if (code == null) {
			problems.add(new FieldProblem("code", "Enter the outcome's code, for example SA7"));
		}
		else if (repository.outcomeExists(p, version, code)) {
			problems.add(new FieldProblem("code", "This version already has an outcome " + code));
		}
		if (title == null) {
			problems.add(new FieldProblem("title", "Enter the outcome's title"));
		}
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		long id = repository.insertOutcome(p, version, block, code, title, "Recorded in NM Hub");
		audit.record(context, "created", "performance outcome", id, "Added the outcome " + code, Map.of(),
				Map.of("code", code, "title", title));
		return Saved.of(id);
	}

	/** Creates an indicator ({@code id} null) or updates one. */
	/** The indicator's current row version, for the edit form (optimistic locking). */
	String editVersion(PartnershipContext context, long indicator) {
		return repository.indicatorEditVersion(context.partnershipId().value(), indicator);
	}

	@Transactional
	Saved saveIndicator(PartnershipContext context, long version, Views.@Nullable Indicator existing,
			IndicatorForm form) {
		long p = context.partnershipId().value();
		List<FieldProblem> problems = new ArrayList<>();
		Optional<IndicatorValues> values = check(p, version, existing == null ? null : existing.id(), form, problems);
		if (values.isEmpty()) {
			return Saved.refused(problems);
		}
		IndicatorValues v = values.get();
		if (existing == null) {
			long id = repository.insertIndicator(p, version, v, "Recorded in NM Hub");
			audit.record(context, "created", "performance indicator", id, "Added the indicator " + v.code(), Map.of(),
					v.audit());
			return Saved.of(id);
		}
		if (v.baselineValue() == null && !repository.targets(p, version)
			.stream()
			.filter(t -> t.indicatorId() == existing.id())
			.toList()
			.isEmpty()) {
			return Saved.refused("baselineValue",
					"This indicator has targets, so it needs a baseline: enter the baseline value and date");
		}
		String editVersion = form.editVersion() == null ? "" : form.editVersion().trim();
		if (!repository.updateIndicator(p, existing.id(), v, editVersion)) {
			return Saved.refused("code", CHANGED_MEANWHILE);
		}
		Map<String, @Nullable Object> before = new HashMap<>();
		before.put("code", existing.code());
		before.put("title", existing.title());
		before.put("baseline", existing.baselineValue());
		audit.record(context, "updated", "performance indicator", existing.id(), "Changed the indicator " + v.code(),
				before, v.audit());
		return Saved.of(existing.id());
	}

	/**
	 * Checks an indicator form as a whole.
	 * @param self the indicator being edited, which may keep its own code
	 */
	Optional<IndicatorValues> check(long p, long version, @Nullable Long self, IndicatorForm form,
			List<FieldProblem> problems) {
		Long outcome = FormValues.whole(form.outcomeId())
			.filter(id -> repository.outcomes(p, version).stream().anyMatch(o -> o.id() == id))
			.orElse(null);
		if (outcome == null) {
			problems.add(new FieldProblem("outcomeId", "Select the outcome the indicator measures"));
		}
		String code = Numbers.trimmed(form.code());
		if (code == null) {
			problems.add(new FieldProblem("code", "Enter the indicator's code"));
		}
		else if (code.length() > 40) {
			problems.add(new FieldProblem("code", "The code must be 40 characters or fewer"));
		}
		else {
			Optional<Long> same = repository.indicatorId(p, version, code);
			if (same.isPresent() && !same.get().equals(self)) {
				problems.add(new FieldProblem("code", "There is already an indicator " + code + " in this version"));
			}
		}
		String title = Numbers.trimmed(form.title());
		if (title == null) {
			problems.add(new FieldProblem("title", "Enter what the indicator measures"));
		}
		TargetPolarity polarity = FormValues.choice(TargetPolarity.class, form.polarity()).orElse(null);
		if (polarity == null) {
			problems.add(new FieldProblem("polarity", "Select whether higher or lower is better"));
		}
		Frequency frequency = FormValues.choice(Frequency.class, form.frequency()).orElse(null);
		if (frequency == null) {
			problems.add(new FieldProblem("frequency", "Select how often the actual is returned"));
		}
		Long lead = organisation(p, form.leadOrganisationId(), "leadOrganisationId", problems);
		Long owner = organisation(p, form.dataOwnerId(), "dataOwnerId", problems);
		BigDecimal baseline = number(form.baselineValue(), "baselineValue", "The baseline value", problems);
		LocalDate baselineDate = date(form.baselineDate(), "baselineDate", "The baseline date", problems);
		if (baseline != null && baselineDate == null && !Numbers.blank(form.baselineValue())
				&& Numbers.blank(form.baselineDate())) {
			problems.add(new FieldProblem("baselineDate", "Enter the date of the baseline value"));
		}
		if (baseline == null && baselineDate != null && Numbers.blank(form.baselineValue())) {
			problems.add(new FieldProblem("baselineValue", "Enter the baseline value for that date"));
		}
		BigDecimal min = number(form.minimumValue(), "minimumValue", "The lowest possible value", problems);
		BigDecimal max = number(form.maximumValue(), "maximumValue", "The highest possible value", problems);
		if (min != null && max != null && min.compareTo(max) > 0) {
			problems.add(new FieldProblem("maximumValue", "The highest possible value must not be below the lowest"));
		}
		BigDecimal weight = Numbers.blank(form.weight()) ? BigDecimal.ONE
				: number(form.weight(), "weight", "The weight", problems);
		if (weight != null && weight.signum() < 0) {
			problems.add(new FieldProblem("weight", "The weight must be 0 or more"));
		}
		String neighbourhood = Numbers.trimmed(form.neighbourhoodIndicator());
		if (neighbourhood != null && indicators.definitions().stream().noneMatch(d -> d.key().equals(neighbourhood))) {
			problems.add(new FieldProblem("neighbourhoodIndicator", "Select one of NM Hub's indicators"));
		}
		if (!problems.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new IndicatorValues(outcome, code, title, Numbers.trimmed(form.definition()),
				Numbers.trimmed(form.unit()), polarity, Numbers.trimmed(form.dataSource()), frequency, lead, owner,
				"true".equals(form.mandatory()), baseline, baselineDate, min, max, weight, neighbourhood));
	}

	/** Adds (or replaces) the target for a date. A target needs a baseline. */
	@Transactional
	Saved addTarget(PartnershipContext context, Views.Indicator indicator, TargetForm form) {
		long p = context.partnershipId().value();
		if (indicator.baseline() == null) {
			return Saved.refused("targetValue",
					"Set the indicator's baseline (value and date) before its targets: a target needs a baseline to measure progress from");
		}
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate date = date(form.targetDate(), "targetDate", "The target date", problems);
		if (date == null && Numbers.blank(form.targetDate())) {
			problems.add(new FieldProblem("targetDate", "Enter the date the target is for"));
		}
		BigDecimal value = number(form.targetValue(), "targetValue", "The target", problems);
		if (value == null && Numbers.blank(form.targetValue())) {
			problems.add(new FieldProblem("targetValue", "Enter the target value"));
		}
		if (date != null && !date.isAfter(indicator.baselineDate())) {
			problems.add(new FieldProblem("targetDate",
					"The target date must be after the baseline date (" + indicator.baselineDate() + ")"));
		}
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		repository.insertTarget(p, indicator.id(), date, value);
		audit.record(context, "updated", "performance indicator", indicator.id(),
				"Set the target of " + indicator.code() + " for " + date, Map.of(),
				Map.of("targetDate", date, "target", value));
		return Saved.of(indicator.id());
	}

	@Transactional
	void removeTarget(PartnershipContext context, Views.Indicator indicator, long target) {
		if (repository.deleteTarget(context.partnershipId().value(), indicator.id(), target) > 0) {
			audit.record(context, "deleted", "performance target", target, "Removed a target of " + indicator.code(),
					Map.of("target", target), Map.of());
		}
	}

	@Transactional
	Saved saveSettings(PartnershipContext context, Views.Version version, SettingsForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal tolerance = number(form.tolerance(), "tolerance", "The tolerance", problems);
		if (tolerance == null && problems.isEmpty()) {
			problems.add(new FieldProblem("tolerance", "Enter the amber tolerance as a percentage, for example 5"));
		}
		if (tolerance != null && (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.valueOf(100)) > 0)) {
			problems.add(new FieldProblem("tolerance", "The tolerance must be between 0 and 100%"));
		}
		StatusCalculator.Rollup rollup = FormValues.choice(StatusCalculator.Rollup.class, form.rollup()).orElse(null);
		if (rollup == null) {
			problems.add(new FieldProblem("rollup", "Select how indicators roll up to outcomes and blocks"));
		}
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		repository.updateSettings(context.partnershipId().value(), version.id(), tolerance, rollup);
		audit.record(context, "updated", "performance version", version.id(), "Changed the RAG settings",
				Map.of("tolerance", version.amberTolerancePct(), "rollup", version.rollup().name()),
				Map.of("tolerance", tolerance, "rollup", rollup.name()));
		return Saved.of(version.id());
	}

	@Transactional
	Saved saveStretch(PartnershipContext context, StretchTarget target, StretchForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal without = number(form.withoutStretch(), "withoutStretch", "The target without the reward", problems);
		BigDecimal stretch = number(form.stretchTarget(), "stretchTarget", "The stretch target", problems);
		LocalDate date = date(form.targetDate(), "targetDate", "The target date", problems);
		BigDecimal maximum = number(form.maximumReward(), "maximumReward", "The maximum reward", problems);
		if (maximum != null && maximum.signum() < 0) {
			problems.add(new FieldProblem("maximumReward", "The maximum reward must be £0 or more"));
		}
		BigDecimal threshold = Numbers.blank(form.threshold()) ? BigDecimal.ZERO
				: number(form.threshold(), "threshold", "The minimum threshold", problems);
		if (threshold != null && (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0)) {
			problems.add(new FieldProblem("threshold", "The minimum threshold must be between 0 and 100%"));
		}
		if (without != null && stretch != null && without.compareTo(stretch) == 0) {
			problems
				.add(new FieldProblem("stretchTarget", "The stretch target must differ from the target without it"));
		}
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		repository.updateStretch(context.partnershipId().value(), target.id(), without, stretch, date, maximum,
				threshold, "true".equals(form.proportional()));
		Map<String, @Nullable Object> after = new HashMap<>();
		after.put("stretchTarget", stretch);
		after.put("maximumReward", maximum);
		after.put("threshold", threshold);
		audit.record(context, "updated", "performance stretch target", target.id(),
				"Changed the reward target " + target.code(), Map.of(), after);
		return Saved.of(target.id());
	}

	@Transactional
	Saved refresh(PartnershipContext context, Views.Version from, RefreshForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = Numbers.trimmed(form.name());
		if (name == null) {
			problems.add(new FieldProblem("name", "Enter the refreshed agreement's name"));
		}
		LocalDate signed = date(form.signedOn(), "signedOn", "The date it was signed", problems);
		if (!problems.isEmpty()) {
			return Saved.refused(problems);
		}
		long p = context.partnershipId().value();
		long id = repository.copyVersion(p, from.id(), name, signed);
		audit.record(context, "created", "performance version", id,
				"Started the refresh " + name + " from version " + from.versionNo(), Map.of(),
				Map.of("name", name, "from", from.versionNo()));
		return Saved.of(id);
	}

	private @Nullable Long organisation(long p, @Nullable String text, String field, List<FieldProblem> problems) {
		if (Numbers.blank(text)) {
			return null;
		}
		Optional<Long> id = FormValues.whole(text).filter(o -> repository.organisationIsPartner(p, o));
		if (id.isEmpty()) {
			problems.add(new FieldProblem(field, "Select one of the partnership's organisations"));
			return null;
		}
		return id.get();
	}

	private @Nullable Long block(long p, long version, @Nullable String text, List<FieldProblem> problems) {
		Optional<Long> id = FormValues.whole(text)
			.filter(b -> repository.blocks(p, version).stream().anyMatch(x -> x.id() == b));
		if (id.isEmpty()) {
			problems.add(new FieldProblem("blockId", "Select the block"));
			return null;
		}
		return id.get();
	}

	static @Nullable BigDecimal number(@Nullable String text, String field, String what, List<FieldProblem> problems) {
		if (Numbers.blank(text)) {
			return null;
		}
		Optional<BigDecimal> value = Numbers.decimal(text);
		if (value.isEmpty()) {
			problems.add(new FieldProblem(field, what + " must be a number, like 12 or 1,250.5"));
			return null;
		}
		return value.get();
	}

	static @Nullable LocalDate date(@Nullable String text, String field, String what, List<FieldProblem> problems) {
		if (Numbers.blank(text)) {
			return null;
		}
		Optional<LocalDate> value = FormValues.date(text);
		if (value.isEmpty() || value.get().getYear() < 1990 || value.get().getYear() > 2100) {
			problems.add(new FieldProblem(field, what + " must be a real date, like 2007-03-31"));
			return null;
		}
		return value.get();
	}

}
