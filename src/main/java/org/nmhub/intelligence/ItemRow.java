package org.nmhub.intelligence;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.Confidentiality;

/**
 * An item as lists show it. Restricted and personal items are listed without their title
 * ({@code title} is null): their content is only on the item's page, where every view is
 * audited.
 */
record ItemRow(long id, String reference, ItemKind kind, String categoryName, @Nullable String title, String shownTitle,
		Confidentiality grade, ItemStatus status, @Nullable String neighbourhoodName, LocalDate observedOn,
		boolean illustrative, boolean pastRetention, boolean erased) {

	/** The title, or what stands in for it in lists. */
	static String shown(@Nullable String title, Confidentiality grade) {
		if (title != null) {
			return title;
		}
		return grade == Confidentiality.PERSONAL ? "Personal data (open the item to see it; viewing is recorded)"
				: "Restricted (open the item to see it; viewing is recorded)";
	}

}
