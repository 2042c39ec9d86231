package org.nmhub.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.AccessErrors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error gets a GOV.UK-style page that says what happened and what to do, with the
 * right status and never a stack trace or exception text.
 */
@Controller
class ErrorPageController implements ErrorController {

	static final String VIEW = "error/page";

	private final String uploadLimit;

	ErrorPageController(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
		this.uploadLimit = megabytes(maxFileSize);
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
				&& databaseUnavailable(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			// PostgreSQL is restarting or unreachable: say so, and let clients and
			// proxies retry.
			status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
			response.setHeader("Retry-After", "30");
		}
		ErrorMessage message = status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
				? ErrorMessage.fileTooLarge(uploadLimit) : ErrorMessage.of(status, AccessErrors.csrfFailed(request));
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", message);
		return VIEW;
	}

	/** A size in whole megabytes, or in kilobytes when under one. */
	static String megabytes(DataSize size) {
		return size.toMegabytes() >= 1 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
	}

	/**
	 * Whether the failure was the database being away: no connection (SQL state class 08)
	 * or the server shutting down under the query (57P01–57P03).
	 */
	static boolean databaseUnavailable(@Nullable Object failure) {
		for (Throwable t = failure instanceof Throwable th ? th : null; t != null; t = t.getCause() == t ? null
				: t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLException sql && sql.getSQLState() != null
							&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

}
