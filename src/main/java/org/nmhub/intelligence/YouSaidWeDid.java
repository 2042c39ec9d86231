package org.nmhub.intelligence;

import java.time.LocalDate;

/**
 * A public-grade item closed with an outcome ("you said, we did"), as other modules read
 * it.
 */
public record YouSaidWeDid(String reference, String category, String title, String outcome, LocalDate closedOn) {
}
