/**
 * E-mail: other modules queue messages in their own transaction; a cluster-safe scheduled
 * task sends them over SMTP, so a rolled-back write never sends mail and a mail server
 * outage never loses one.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "shared" })
@NullMarked
package org.nmhub.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
