package org.nmhub.funding;

import java.math.BigDecimal;

/** A unit cost the partnership supplies for its business case, with its source. */
public record UnitCost(long id, String key, String label, BigDecimal low, BigDecimal high, String unit, String source) {

	public String range() {
		return low.compareTo(high) == 0 ? Money.format(low) : Money.format(low) + " to " + Money.format(high);
	}

}
