package org.nmhub.intelligence;

import java.time.Instant;

/** One step taken on an item: verified, responded, escalated, closed, erased. */
record Response(String kind, String text, String byName, Instant at) {
}
