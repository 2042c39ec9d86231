package org.nmhub.funding;

import org.jspecify.annotations.Nullable;

/** The financial plan forms, as typed. */
final class PlanForms {

	private PlanForms() {
	}

	/** A new plan: its scope (partnership, a district or a neighbourhood) and years. */
	record NewPlanForm(@Nullable String title, @Nullable String scope, @Nullable String district,
			@Nullable String neighbourhood, @Nullable String firstYear, @Nullable String years) {

		static NewPlanForm empty() {
			return new NewPlanForm("", "", "", "", "", "3");
		}

	}

	/** A source's planned amount in a year. */
	record LineForm(@Nullable String source, @Nullable String kind, @Nullable String year, @Nullable String planned) {

		static LineForm empty() {
			return new LineForm("", "", "", "");
		}

	}

	/** An actual spend return against a planned line. */
	record ActualForm(@Nullable String lineId, @Nullable String actual) {

		static ActualForm empty() {
			return new ActualForm("", "");
		}

	}

}
