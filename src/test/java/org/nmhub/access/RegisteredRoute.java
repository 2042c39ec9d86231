package org.nmhub.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One route NM Hub registers (pattern × HTTP method), as the access tests walk them:
 * every handler of {@code org.nmhub}, so a route added later is covered without changing
 * a test.
 */
record RegisteredRoute(String pattern, HttpMethod method, HandlerMethod handler) {

	/** Every route of NM Hub's own handlers; a mapping without methods counts as GET. */
	static List<RegisteredRoute> all(RequestMappingHandlerMapping mappings) {
		List<RegisteredRoute> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("org.nmhub")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add(new RegisteredRoute(pattern, HttpMethod.GET, entry.getValue()));
				}
				methods.forEach(
						m -> routes.add(new RegisteredRoute(pattern, HttpMethod.valueOf(m.name()), entry.getValue())));
			}
		}
		return routes;
	}

	String key() {
		return method + " " + pattern;
	}

	boolean isPublic() {
		return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PublicPage.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PublicPage.class);
	}

	boolean isPartnershipRoute() {
		return pattern.startsWith("/p/{partnership}") && !isPublic();
	}

	boolean isRead() {
		return method == HttpMethod.GET;
	}

}
