/**
 * The toolkit the review asked for: good-practice material, guidance and templates,
 * tagged and searchable, and the glossary of abbreviations shown as tooltips wherever
 * they appear.
 */
@ApplicationModule(displayName = "Toolkit", allowedDependencies = { "shared", "access" })
@NullMarked
package org.nmhub.toolkit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
