package org.nmhub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nmhub.access.AccessErrors;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error gets a GOV.UK-style page that says what happened and what to do, with the
 * right status and never a stack trace or exception text.
 */
@Controller
class ErrorPageController implements ErrorController {

	static final String VIEW = "error/page";

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		ErrorMessage message = ErrorMessage.of(status, AccessErrors.csrfFailed(request));
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", message);
		return VIEW;
	}

}
