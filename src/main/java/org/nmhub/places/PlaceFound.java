package org.nmhub.places;

import org.jspecify.annotations.Nullable;

/**
 * The areas a point lies in. Each LSOA is null where no polygons of its vintage are
 * loaded, or the point is outside them; the ward and district are those the ONS lookup
 * gives for the 2021 LSOA (ward May 2024, district May 2024), or else for the 2011 LSOA
 * (ward 2017, district 2021). The neighbourhoods containing it belong to a partnership:
 * see {@link Places#neighbourhoodsAt}.
 */
public record PlaceFound(double longitude, double latitude, @Nullable AreaRef lsoa2001, @Nullable AreaRef lsoa2011,
		@Nullable AreaRef lsoa2021, @Nullable AreaRef ward, @Nullable AreaRef district) {

}
