package org.nmhub.access;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every registered route is checked, so a route added later is covered without changing
 * this test: partnership routes refuse members of other partnerships, unknown
 * partnerships and roles they do not name; anything else must be a deliberate global
 * route.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnershipIsolationIntegrationTests {

	/** Routes outside any partnership, each a deliberate decision. */
	private static final Set<String> GLOBAL_ROUTES = Set.of("/", "/sign-in", "/about", "/accessibility", "/error",
			"/account/password");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private List<RegisteredRoute> routes() {
		List<RegisteredRoute> routes = RegisteredRoute.all(mappings);
		assertThat(routes).as("the application's routes").hasSizeGreaterThan(10);
		return routes;
	}

	private static String expand(String pattern, String partnership) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, matcher.group(1).equals("partnership") ? partnership : "1");
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private static MockHttpServletRequestBuilder request(RegisteredRoute route, String path) {
		return MockMvcRequestBuilders.request(route.method(), path).with(csrf());
	}

	private static boolean isPartnershipRoute(RegisteredRoute route) {
		return route.pattern().contains("{partnership}") && !route.isPublic();
	}

	@Test
	void everyRouteIsEitherAPartnershipRouteAPublicPageOrADeliberateGlobalRoute() {
		for (RegisteredRoute route : routes()) {
			if (!route.pattern().contains("{partnership}") && !route.isPublic()) {
				assertThat(GLOBAL_ROUTES)
					.as("%s %s is outside any partnership: put it under /p/{partnership}/ "
							+ "or add it to the global routes deliberately", route.method(), route.pattern())
					.contains(route.pattern());
			}
			if (route.isPublic()) {
				assertThat(route.pattern()).as("public pages live under /public/").startsWith("/public/");
			}
		}
	}

	@Test
	void membersOfAnotherPartnershipAreRefusedOnEveryPartnershipRoute() throws Exception {
		String cityAdministrator = DemoUsers.email("administrator", DemoUsers.CITY);
		for (RegisteredRoute route : routes()) {
			if (isPartnershipRoute(route)) {
				String path = expand(route.pattern(), DemoUsers.COUNTY);
				int status = mvc.perform(request(route, path).with(user(cityAdministrator)))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as("%s %s as the city's administrator", route.method(), path).isEqualTo(403);
			}
		}
	}

	@Test
	void unknownPartnershipsGetTheSameRefusalAsOtherPartnerships() throws Exception {
		String countyAdministrator = DemoUsers.email("administrator", DemoUsers.COUNTY);
		for (RegisteredRoute route : routes()) {
			if (isPartnershipRoute(route)) {
				String path = expand(route.pattern(), "no-such-partnership");
				int status = mvc.perform(request(route, path).with(user(countyAdministrator)))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as("%s %s", route.method(), path).isEqualTo(403);
			}
		}
	}

	@Test
	void signedOutVisitorsAreSentToSignInFromEveryPartnershipRoute() throws Exception {
		for (RegisteredRoute route : routes()) {
			if (isPartnershipRoute(route)) {
				String path = expand(route.pattern(), DemoUsers.COUNTY);
				var response = mvc.perform(request(route, path)).andReturn().getResponse();
				assertThat(response.getStatus()).as("%s %s signed out", route.method(), path).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
			}
		}
	}

	@Test
	void rolesNotNamedByARouteAreRefused() throws Exception {
		for (RegisteredRoute route : routes()) {
			RequiresRole requires = requiresRole(route);
			if (requires == null || !isPartnershipRoute(route)) {
				continue;
			}
			Set<Role> allowed = Set.of(requires.value());
			for (Role role : Role.values()) {
				if (allowed.contains(role)) {
					continue;
				}
				String path = expand(route.pattern(), DemoUsers.COUNTY);
				int status = mvc.perform(request(route, path).with(user(DemoUsers.email(role, DemoUsers.COUNTY))))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as("%s %s as %s", route.method(), path, role).isEqualTo(403);
			}
		}
	}

	@Test
	void boardMembersCannotChangeAnythingOnAnyPartnershipRoute() throws Exception {
		String board = DemoUsers.email("board", DemoUsers.COUNTY);
		for (RegisteredRoute route : routes()) {
			if (isPartnershipRoute(route) && route.method() != HttpMethod.GET && route.method() != HttpMethod.HEAD) {
				String path = expand(route.pattern(), DemoUsers.COUNTY);
				int status = mvc.perform(request(route, path).with(user(board))).andReturn().getResponse().getStatus();
				assertThat(status).as("%s %s as a board member", route.method(), path).isEqualTo(403);
			}
		}
	}

	@Test
	void everyPageRendersForTheAdministratorOfItsOwnPartnershipWithoutAServerError() throws Exception {
		String countyAdministrator = DemoUsers.email("administrator", DemoUsers.COUNTY);
		for (RegisteredRoute route : routes()) {
			if (isPartnershipRoute(route) && route.method() == HttpMethod.GET) {
				String path = expand(route.pattern(), DemoUsers.COUNTY).replace("/neighbourhoods/1",
						"/neighbourhoods/greenhill");
				int status = mvc.perform(request(route, path).with(user(countyAdministrator)))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as("GET %s", path).isLessThan(500);
			}
		}
	}

	@Test
	void membersReachTheirOwnPartnershipsPages() throws Exception {
		String countyAdministrator = DemoUsers.email("administrator", DemoUsers.COUNTY);
		for (String page : List.of("", "/neighbourhoods", "/partners", "/members", "/audit", "/settings")) {
			int status = mvc
				.perform(MockMvcRequestBuilders.get("/p/" + DemoUsers.COUNTY + page).with(user(countyAdministrator)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(page).isEqualTo(200);
		}
	}

	private static RequiresRole requiresRole(RegisteredRoute route) {
		RequiresRole onMethod = AnnotatedElementUtils.findMergedAnnotation(route.handler().getMethod(),
				RequiresRole.class);
		return onMethod != null ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(route.handler().getBeanType(), RequiresRole.class);
	}

}
