package org.nmhub.places;

/**
 * One row of an ONS change lookup between LSOA vintages.
 *
 * @param change {@code U} unchanged, {@code S} split (one old LSOA became several),
 * {@code M} merged (several became one), {@code X} irregular (redrawn)
 */
public record LsoaChange(String fromCode, String toCode, char change) {

}
