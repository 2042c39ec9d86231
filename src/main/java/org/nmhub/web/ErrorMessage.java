package org.nmhub.web;

/**
 * What an error page says, by HTTP status.
 */
record ErrorMessage(String title, String body, String advice) {

	/**
	 * The page for a file over the upload limit.
	 * @param limit the limit as people read it, e.g. "50 MB"
	 */
	static ErrorMessage fileTooLarge(String limit) {
		return new ErrorMessage("The file is too large (limit " + limit + ")",
				"The file you chose is bigger than NM Hub accepts, so nothing was saved.",
				"Go back and choose a smaller file, split the file, or ask your administrator about the upload limit.");
	}

	static ErrorMessage of(int status, boolean csrfFailed) {
		return switch (status) {
			case 400 -> new ErrorMessage("There is a problem with your request",
					"Something in the request could not be understood.",
					"Go back, check what you entered and try again.");
			case 403 -> csrfFailed
					? new ErrorMessage("Your form has expired",
							"For your security, forms stop working after a while or after you sign in again.",
							"Go back, reload the page and submit the form again.")
					: new ErrorMessage("You do not have permission to see this page",
							"Your role does not include this page, or it belongs to a partnership you are not a member of.",
							"If you think you should have access, ask your partnership administrator.");
			case 404 -> new ErrorMessage("Page not found", "If you typed the web address, check it is correct.",
					"If you pasted the web address, check you copied the entire address.");
			case 405 -> new ErrorMessage("There is a problem with your request",
					"That page cannot be used in this way.", "Go back and use the links and buttons on the page.");
			case 413 -> new ErrorMessage("The file is too large",
					"The file you chose is bigger than NM Hub accepts, so nothing was saved.",
					"Split the file, or ask your administrator about the upload limit.");
			case 503 -> new ErrorMessage("Sorry, the service is unavailable",
					"NM Hub cannot reach its database at the moment, so nothing you were doing was saved.",
					"Try again in a minute.");
			default -> new ErrorMessage("Sorry, there is a problem with the service",
					"Nothing you were doing was saved.", "Try again later.");
		};
	}

}
