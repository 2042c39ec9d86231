package org.nmhub.places;

import org.jspecify.annotations.Nullable;

/**
 * A district of a partnership: a county's district council area, or a unitary city.
 *
 * @param ladCode the ONS local authority district code, e.g. {@code E07000134}
 * @param lspName the district's local strategic partnership, where known
 */
public record District(long id, String name, String ladCode, @Nullable String lspName, String source) {

}
