package org.nmhub.places;

/**
 * An area of the reference geography by its ONS code and name, e.g. the LSOA
 * {@code E01025965} "North West Leicestershire 006A" or the district {@code E07000134}.
 */
public record AreaRef(String code, String name) {

}
