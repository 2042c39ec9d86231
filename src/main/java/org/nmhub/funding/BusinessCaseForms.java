package org.nmhub.funding;

import org.jspecify.annotations.Nullable;

/** The business case's forms, as typed. */
final class BusinessCaseForms {

	private BusinessCaseForms() {
	}

	/**
	 * The calculator's inputs. Blank counts are filled from NM Hub's data and blank costs
	 * from the partnership's unit costs.
	 */
	record CalculatorForm(@Nullable String neighbourhood, @Nullable String crimesPerYear, @Nullable String costPerCrime,
			@Nullable String reductionPercent, @Nullable String families, @Nullable String costPerFamily,
			@Nullable String population, @Nullable String costPerHead) {

	}

	/** A unit cost, new or replacing the one with the same key. */
	record UnitCostForm(@Nullable String key, @Nullable String label, @Nullable String low, @Nullable String high,
			@Nullable String unit, @Nullable String source) {

		static UnitCostForm empty() {
			return new UnitCostForm("", "", "", "", "", "");
		}

	}

}
