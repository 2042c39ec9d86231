package org.nmhub.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For an address of every mapping NM Hub registers, with every method (the mapped ones
 * and some that are not), the lookup by kept path candidates gives what Spring's own
 * lookup gives: the same handler, the same path variables and pattern, or the same
 * refusal (404, 405, 406, ambiguity).
 */
@SpringBootTest
class PathFirstHandlerMappingTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*\\}");

	private static final List<String> VALUES = List.of("leicestershire-together", "7", "2026", "x");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	/** An address the pattern matches, each variable given one of a few plain values. */
	private static String address(PathPattern pattern) {
		for (String value : VALUES) {
			Matcher variables = VARIABLE.matcher(pattern.getPatternString());
			String path = variables.replaceAll(m -> m.group().startsWith("{*") ? value + "/" + value : value);
			if (pattern.matches(PathContainer.parsePath(path))) {
				return path;
			}
		}
		return null;
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	/**
	 * What a lookup found, or the class of what it threw, and what it told the request.
	 */
	private static String outcome(MockHttpServletRequest request, Lookup lookup) {
		try {
			HandlerMethod handler = lookup.find(request);
			return (handler == null ? "no handler" : handler.toString()) + " "
					+ request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) + " "
					+ request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) + " "
					+ request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
		}
		catch (Exception ex) {
			return ex.getClass().getName();
		}
	}

	private interface Lookup {

		HandlerMethod find(MockHttpServletRequest request) throws Exception;

	}

	@Test
	void findsWhatSpringFindsForAnAddressOfEveryMapping() {
		PathFirstHandlerMapping paths = (PathFirstHandlerMapping) mapping;
		Map<RequestMappingInfo, HandlerMethod> all = mapping.getHandlerMethods();
		List<String> compared = new ArrayList<>();
		List<String> differences = new ArrayList<>();
		for (RequestMappingInfo info : all.keySet()) {
			for (PathPattern pattern : Objects.requireNonNull(info.getPathPatternsCondition()).getPatterns()) {
				String path = address(pattern);
				if (path == null) {
					continue;
				}
				Set<RequestMethod> mapped = info.getMethodsCondition().getMethods();
				List<String> methods = new ArrayList<>(List.of("GET", "POST", "DELETE", "HEAD"));
				mapped.forEach(m -> methods.add(m.name()));
				for (String method : methods) {
					// Twice: the first lookup works the candidates out, the second finds
					// them kept.
					for (int time = 0; time < 2; time++) {
						String spring = outcome(request(method, path), r -> paths.springLookup(path, r,
								ServletRequestPathUtils.getParsedRequestPath(r).pathWithinApplication()));
						String kept = outcome(request(method, path), r -> paths.lookupHandlerMethod(path, r));
						compared.add(method + " " + path);
						if (!spring.equals(kept)) {
							differences.add(method + " " + path + ": Spring " + spring + ", kept " + kept);
						}
					}
				}
			}
		}
		assertThat(all).hasSizeGreaterThan(150);
		assertThat(compared).hasSizeGreaterThan(all.size() * 8);
		assertThat(differences).isEmpty();
	}

	@Test
	void answersAnUnmappedAddressAsSpringDoes() {
		PathFirstHandlerMapping paths = (PathFirstHandlerMapping) mapping;
		for (String path : List.of("/nowhere", "/p/leicestershire-together/nowhere/at/all", "/p")) {
			String spring = outcome(request("GET", path), r -> paths.springLookup(path, r,
					ServletRequestPathUtils.getParsedRequestPath(r).pathWithinApplication()));
			assertThat(outcome(request("GET", path), r -> paths.lookupHandlerMethod(path, r))).isEqualTo(spring)
				.startsWith("no handler");
		}
	}

}
