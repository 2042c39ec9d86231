package org.nmhub.intelligence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.Confidentiality;

/** An item of community intelligence in full, as its page shows it. */
record Item(long id, String reference, ItemKind kind, String categoryName, String title, String details,
		Confidentiality grade, SourceType sourceType, LocalDate observedOn, @Nullable BigDecimal longitude,
		@Nullable BigDecimal latitude, String addressText, @Nullable String lsoa2011, @Nullable String lsoa2021,
		@Nullable String wardName, @Nullable Long neighbourhoodId, @Nullable String neighbourhoodName,
		ItemStatus status, String outcome, @Nullable LocalDate closedOn, String escalatedTo,
		@Nullable LocalDate retainUntil, boolean erased, boolean illustrative, @Nullable Long recordedByUserId,
		String recordedByName, @Nullable String recordedByOrganisation, Instant recordedAt,
		List<String> namedOrganisations, boolean pastRetention) {

	Item {
		namedOrganisations = List.copyOf(namedOrganisations);
	}

}
