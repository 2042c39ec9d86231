package org.nmhub.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A public page asked for a partnership that does not exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownPartnershipException extends RuntimeException {

	UnknownPartnershipException(String slug) {
		super("No partnership " + slug);
	}

}
