package org.nmhub.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, a request whose query or form parameters contain a null character
 * (U+0000). PostgreSQL cannot store one in text, so such a value would otherwise fail
 * deep in a query as a server error (found by the access-control matrix's injection
 * payloads, docs/adr/0031). Multipart uploads are left to their importers, which read
 * files as bytes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NullCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (containsNull(parameter.getKey())
						|| java.util.Arrays.stream(parameter.getValue()).anyMatch(NullCharacterFilter::containsNull)) {
					response.sendError(HttpServletResponse.SC_BAD_REQUEST,
							"The value of " + parameter.getKey().replace('\u0000', ' ')
									+ " contains a null character, which NM Hub cannot store");
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean containsNull(String value) {
		return value.indexOf('\u0000') >= 0;
	}

}
