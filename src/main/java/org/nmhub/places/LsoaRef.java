package org.nmhub.places;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.LsoaVintage;

/**
 * An LSOA of one vintage with the areas the ONS lookups place it in. Each is null where
 * no lookup of that vintage names it (e.g. 2001 LSOAs have no MSOA or ward here).
 */
public record LsoaRef(LsoaVintage vintage, String code, String name, @Nullable AreaRef msoa, @Nullable AreaRef ward,
		@Nullable AreaRef district) {

}
