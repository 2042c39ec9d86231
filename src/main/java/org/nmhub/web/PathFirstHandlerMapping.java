package org.nmhub.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the controller method of a request by its path first. Almost every address of NM
 * Hub has a variable in it ({@code /p/{partnership}/...}), so Spring MVC tries every one
 * of the ~250 mappings on every request, and it checks each mapping's method, params,
 * headers and media types (each a call through the eight request wrappers of the filter
 * chain) before its path. That was the largest single cost of a kept page
 * (docs/performance.md). Here a mapping whose path patterns cannot match the request's
 * path is passed over at once, by the same {@link PathPattern#matches} test Spring's own
 * path condition applies; the others go through Spring's full matching as before, so the
 * method chosen, 404s, 405s and 406s are unchanged.
 */
final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	private static final ThreadLocal<@Nullable PathContainer> PATH = new ThreadLocal<>();

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		PATH.set(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			PATH.remove();
		}
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		PathContainer path = PATH.get();
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		if (path != null && patterns != null && !matches(patterns, path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean matches(PathPatternsRequestCondition patterns, PathContainer path) {
		for (PathPattern pattern : patterns.getPatterns()) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		WebMvcRegistrations pathFirstHandlerMapping() {
			return new WebMvcRegistrations() {
				@Override
				public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
					return new PathFirstHandlerMapping();
				}
			};
		}

	}

}
