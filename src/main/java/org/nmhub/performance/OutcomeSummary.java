package org.nmhub.performance;

/**
 * An outcome of the partnership's current LAA framework version.
 *
 * @param id the outcome's identifier
 * @param code its code as printed in the agreement, e.g. {@code SA7}
 * @param title what the outcome is
 * @param blockName the block (theme) it belongs to
 */
public record OutcomeSummary(long id, String code, String title, String blockName) {

}
