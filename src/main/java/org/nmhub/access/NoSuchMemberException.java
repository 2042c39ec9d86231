package org.nmhub.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchMemberException extends RuntimeException {

	NoSuchMemberException(long userId) {
		super("No member " + userId + " in this partnership");
	}

}
