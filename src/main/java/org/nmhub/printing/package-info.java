/**
 * Documents for people to take away: PDFs rendered from the same Thymeleaf templates as
 * the pages, and CSV/XLSX tables with spreadsheet formula injection neutralised.
 */
@ApplicationModule(displayName = "Printing", allowedDependencies = {})
@NullMarked
package org.nmhub.printing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
