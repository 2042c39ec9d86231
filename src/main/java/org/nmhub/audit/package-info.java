/**
 * The audit log: who changed what, when, recorded in the writer's own transaction from
 * every {@link org.nmhub.shared.Audited} event; the administrators' audit page.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "access" })
@NullMarked
package org.nmhub.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
