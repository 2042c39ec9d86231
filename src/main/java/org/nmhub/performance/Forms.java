package org.nmhub.performance;

import org.jspecify.annotations.Nullable;

/**
 * The performance pages' forms, as typed (ADR 0009): every field is text, checked by the
 * service, so that a mistake is shown back with a message.
 */
final class Forms {

	private Forms() {
	}

	record BlockForm(@Nullable String code, @Nullable String name, @Nullable String leadOrganisationId) {

		static BlockForm empty() {
			return new BlockForm("", "", "");
		}

	}

	record OutcomeForm(@Nullable String blockId, @Nullable String code, @Nullable String title) {

		static OutcomeForm empty() {
			return new OutcomeForm("", "", "");
		}

	}

	record IndicatorForm(@Nullable String outcomeId, @Nullable String code, @Nullable String title,
			@Nullable String definition, @Nullable String unit, @Nullable String polarity, @Nullable String dataSource,
			@Nullable String frequency, @Nullable String leadOrganisationId, @Nullable String dataOwnerId,
			@Nullable String mandatory, @Nullable String baselineValue, @Nullable String baselineDate,
			@Nullable String minimumValue, @Nullable String maximumValue, @Nullable String weight,
			@Nullable String neighbourhoodIndicator, @Nullable String editVersion) {

		static IndicatorForm empty() {
			return new IndicatorForm("", "", "", "", "", "HIGHER_IS_BETTER", "", "QUARTERLY", "", "", "", "", "", "",
					"", "1", "", "");
		}

		/**
		 * @param editVersion the row version the form was filled from, checked when it is
		 * saved so that one officer's change is not silently overwritten by another's
		 */
		static IndicatorForm of(Views.Indicator i, String editVersion) {
			return new IndicatorForm(String.valueOf(i.outcomeId()), i.code(), i.title(), i.definition(), i.unit(),
					i.polarity().name(), i.dataSource(), i.frequency(), text(i.leadOrganisationId()),
					text(i.dataOwnerId()), i.mandatory() ? "true" : "", text(i.baselineValue()), text(i.baselineDate()),
					text(i.minimumValue()), text(i.maximumValue()), text(i.weight()), text(i.neighbourhoodIndicator()),
					editVersion);
		}

	}

	record TargetForm(@Nullable String targetDate, @Nullable String targetValue) {

		static TargetForm empty() {
			return new TargetForm("", "");
		}

	}

	record SettingsForm(@Nullable String tolerance, @Nullable String rollup) {

	}

	record StretchForm(@Nullable String withoutStretch, @Nullable String stretchTarget, @Nullable String targetDate,
			@Nullable String maximumReward, @Nullable String threshold, @Nullable String proportional) {

		static StretchForm of(StretchTarget t) {
			return new StretchForm(text(t.withoutStretch()), text(t.stretchTarget()), text(t.targetDate()),
					text(t.maximumReward()), text(t.rule().minimumThresholdPct()),
					t.rule().proportional() ? "true" : "");
		}

	}

	record RefreshForm(@Nullable String name, @Nullable String signedOn) {

	}

	record ReturnForm(@Nullable String actual, @Nullable String commentary, @Nullable String evidenceLink) {

		static ReturnForm empty() {
			return new ReturnForm("", "", "");
		}

	}

	record ReviewDecisionForm(@Nullable String decidedBy, @Nullable String decision, @Nullable String fromOutcomeId,
			@Nullable String toOutcomeId, @Nullable String amount) {

		static ReviewDecisionForm empty() {
			return new ReviewDecisionForm("Strategic Senior Officer Group", "", "", "", "");
		}

	}

	record ReviewForm(@Nullable String title, @Nullable String heldOn, @Nullable String riskAppetite) {

		static ReviewForm empty() {
			return new ReviewForm("", "", "12");
		}

	}

	record ProjectForm(@Nullable String blockId, @Nullable String name, @Nullable String manager,
			@Nullable String budget) {

		static ProjectForm empty() {
			return new ProjectForm("", "", "", "");
		}

	}

	record MilestoneForm(@Nullable String projectId, @Nullable String title, @Nullable String dueOn) {

		static MilestoneForm empty() {
			return new MilestoneForm("", "", "");
		}

	}

	record RiskForm(@Nullable String riskBlockId, @Nullable String description, @Nullable String likelihood,
			@Nullable String impact, @Nullable String owner, @Nullable String mitigation) {

		static RiskForm empty() {
			return new RiskForm("", "", "", "", "", "");
		}

	}

	static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof java.math.BigDecimal d) {
			return d.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

}
