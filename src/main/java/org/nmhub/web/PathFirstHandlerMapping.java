package org.nmhub.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
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
 * (docs/performance.md).
 * <p>
 * Here the mappings whose path patterns match a path, by the same
 * {@link PathPattern#matches} test Spring's own path condition applies, are worked out
 * once per path and kept (at most {@value #KEPT_PATHS} paths; they depend on nothing but
 * the path and the registered mappings, and registering or removing a mapping forgets
 * them). Only those go through Spring's full matching. When exactly one of them matches
 * the request, it is the handler, as Spring would choose it; in every other case (none,
 * several, a CORS pre-flight) Spring's own lookup decides, so 404s, 405s, 406s and
 * ambiguities are answered exactly as before.
 */
final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	static final int KEPT_PATHS = 10_000;

	private static final ThreadLocal<@Nullable PathContainer> PATH = new ThreadLocal<>();

	/** The mappings (and their methods) whose path patterns match each path. */
	private final Cache<String, List<Candidate>> candidates = Caffeine.newBuilder().maximumSize(KEPT_PATHS).build();

	private volatile @Nullable Map<RequestMappingInfo, HandlerMethod> handlers;

	private record Candidate(RequestMappingInfo mapping, HandlerMethod handler) {
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		PathContainer path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication();
		if (!CorsUtils.isPreFlightRequest(request)) {
			List<Candidate> forPath = candidates.get(path.value(), p -> candidatesFor(path));
			RequestMappingInfo matched = null;
			HandlerMethod handler = null;
			for (Candidate candidate : forPath) {
				RequestMappingInfo match = super.getMatchingMapping(candidate.mapping(), request);
				if (match != null) {
					if (matched != null) {
						// Several match: Spring's lookup orders them or reports the
						// ambiguity.
						matched = null;
						break;
					}
					matched = match;
					handler = candidate.handler();
				}
			}
			if (matched != null && handler != null) {
				request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
				handleMatch(matched, lookupPath, request);
				return handler;
			}
		}
		return springLookup(lookupPath, request, path);
	}

	/**
	 * Spring's own lookup, with mappings whose paths cannot match passed over at once.
	 */
	@Nullable HandlerMethod springLookup(String lookupPath, HttpServletRequest request, PathContainer path) throws Exception {
		PATH.set(path);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			PATH.remove();
		}
	}

	private List<Candidate> candidatesFor(PathContainer path) {
		Map<RequestMappingInfo, HandlerMethod> all = handlers;
		if (all == null) {
			all = getHandlerMethods();
			handlers = all;
		}
		List<Candidate> found = new ArrayList<>(2);
		all.forEach((mapping, handler) -> {
			PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
			if (patterns == null || matches(patterns, path)) {
				found.add(new Candidate(mapping, handler));
			}
		});
		return List.copyOf(found);
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

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		forgetCandidates();
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		forgetCandidates();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		forgetCandidates();
	}

	private void forgetCandidates() {
		handlers = null;
		candidates.invalidateAll();
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
