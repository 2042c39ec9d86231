package org.nmhub.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nmhub.DemoUsers;
import org.nmhub.partners.SharingProtocols;
import org.nmhub.shared.Confidentiality;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The access-control matrix, generated from the registered routes so that a route added
 * later is covered without touching this test: every route (pattern × HTTP method) of NM
 * Hub, requested with real record ids from the demo data by every demo role of the
 * partnership that owns the records, by every role of the other partnership and signed
 * out, must answer as the {@linkplain #POLICY declared policy} says. Refused writes
 * change nothing; records of one partnership cannot be reached through another's address;
 * each confidentiality grade of community intelligence is shown only where
 * {@link AccessPolicy} allows; and SQL injection payloads in every request parameter of
 * every page never cause a server error nor reveal the other partnership's records.
 * <p>
 * Allowed writes are sent with an empty form inside a transaction that is rolled back, so
 * the demo data other tests rely on is left as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlMatrixIntegrationTests {

	/** The partnership whose records are requested. */
	private static final String OWN = DemoUsers.COUNTY;

	/** The partnership whose members must be refused them. */
	private static final String OTHER = DemoUsers.CITY;

	/**
	 * Fewer routes than this means the discovery broke (there were 252 in December 2026).
	 */
	private static final int ROUTE_FLOOR = 200;

	// The role sets the policy is written in.
	private static final Set<Role> ALL = EnumSet.allOf(Role.class);

	private static final Set<Role> WRITERS = EnumSet
		.copyOf(Arrays.stream(Role.values()).filter(Role::canWrite).toList());

	private static final Set<Role> ADMIN = EnumSet.of(Role.ADMINISTRATOR);

	private static final Set<Role> ADMIN_PERFORMANCE = EnumSet.of(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER);

	private static final Set<Role> ADMIN_COORDINATOR = EnumSet.of(Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR);

	/**
	 * Those who lead neighbourhood management: everyone but partner officers and board.
	 */
	private static final Set<Role> PLANNERS = EnumSet.of(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER,
			Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER);

	private static final Set<Role> COORDINATORS = EnumSet.of(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER,
			Role.DISTRICT_COORDINATOR);

	private static final Set<Role> LOCAL_TEAM = EnumSet.of(Role.ADMINISTRATOR, Role.DISTRICT_COORDINATOR,
			Role.NEIGHBOURHOOD_MANAGER);

	/** Performance oversight and partner analyses: not partner officers. */
	private static final Set<Role> OVERSIGHT = EnumSet.complementOf(EnumSet.of(Role.PARTNER_OFFICER));

	/** Those who send or handle a partner's return, or sign a protocol for it. */
	private static final Set<Role> PARTNER_SIDE = EnumSet.of(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER,
			Role.PARTNER_OFFICER);

	private static final Set<Role> DELIVERERS = EnumSet.of(Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER,
			Role.DISTRICT_COORDINATOR, Role.PARTNER_OFFICER);

	private static final Set<Role> REVIEWERS = EnumSet.of(Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR);

	/**
	 * Who may use each partnership route, by method and path (first match wins; {@code *}
	 * any method). A route no rule names may be read by every member and changed by every
	 * member whose role can write ({@link Role#canWrite()}): board members read only.
	 */
	private static final List<Rule> POLICY = List.of(
			// access: members, settings and the audit log are the administrator's
			rule("*", "/p/*/members/**", ADMIN), rule("*", "/p/*/settings", ADMIN), rule("GET", "/p/*/audit", ADMIN),
			// places
			rule("POST", "/p/*/geography/**", ADMIN), rule("*", "/p/*/neighbourhoods/new", ADMIN_COORDINATOR),
			// drawing a neighbourhood's area is checked in the controller, not by
			// annotation
			rule("*", "/p/*/neighbourhoods/*/area", LOCAL_TEAM), rule("*", "/p/*/designations/new", ADMIN_PERFORMANCE),
			// indicators
			rule("*", "/p/*/indicators/import", ADMIN), rule("*", "/p/*/indicators/local/upload", ADMIN_PERFORMANCE),
			rule("*", "/p/*/indicators/local/mapping/*", ADMIN_PERFORMANCE),
			rule("GET", "/p/*/selection/new", COORDINATORS), rule("POST", "/p/*/selection/**", COORDINATORS),
			// performance: partner officers send returns; the framework is the
			// performance
			// officer's
			rule("*", "/p/*/performance/indicators/*/periods/*/return", PARTNER_SIDE),
			rule("*", "/p/*/performance/versions/*/import", ADMIN_PERFORMANCE),
			rule("GET", "/p/*/performance/versions/*/export.*", OVERSIGHT),
			rule("GET", "/p/*/performance/versions/*/changes", OVERSIGHT),
			rule("GET", "/p/*/performance/reviews/**", OVERSIGHT), rule("GET", "/p/*/performance/delivery", OVERSIGHT),
			rule("POST", "/p/*/performance/**", ADMIN_PERFORMANCE),
			rule("GET", "/p/*/performance/versions/**", ADMIN_PERFORMANCE),
			rule("GET", "/p/*/performance/indicators/*/edit", ADMIN_PERFORMANCE),
			rule("GET", "/p/*/performance/reward-targets/**", ADMIN_PERFORMANCE),
			// plans
			rule("*", "/p/*/plans/from-meeting-action/*", LOCAL_TEAM), rule("*", "/p/*/plans/new", PLANNERS),
			// evaluation
			rule("*", "/p/*/evaluation/report/template", ADMIN_PERFORMANCE),
			rule("GET", "/p/*/evaluation/baselines/new", PLANNERS), rule("POST", "/p/*/evaluation/baselines", PLANNERS),
			rule("POST", "/p/*/evaluation/self-assessments/*/reviews", REVIEWERS),
			rule("POST", "/p/*/evaluation/self-assessments/**", PLANNERS),
			// intelligence, toolkit and engagement
			rule("*", "/p/*/intelligence/new", WRITERS), rule("*", "/p/*/toolkit/new", PLANNERS),
			rule("POST", "/p/*/glossary", ADMIN_COORDINATOR), rule("*", "/p/*/engagement/new", WRITERS),
			rule("POST", "/p/*/engagement/groups", LOCAL_TEAM), rule("POST", "/p/*/engagement/surveys", PLANNERS),
			// partners
			rule("*", "/p/*/bodies/new", ADMIN_COORDINATOR), rule("*", "/p/*/bodies/*/members/new", ADMIN_COORDINATOR),
			rule("*", "/p/*/bodies/*/meetings/new", PLANNERS), rule("POST", "/p/*/meetings/**", PLANNERS),
			rule("GET", "/p/*/meetings/load", OVERSIGHT), rule("POST", "/p/*/meeting-actions/*/done", WRITERS),
			rule("*", "/p/*/partners/agreements/new", COORDINATORS),
			rule("*", "/p/*/partners/agreements/*/commitments/new", COORDINATORS),
			rule("*", "/p/*/partners/commitments/*/deliveries/new", DELIVERERS),
			rule("*", "/p/*/partners/sharing-protocol/new", ADMIN_PERFORMANCE),
			rule("POST", "/p/*/partners/sharing-protocol/*/signatures", PARTNER_SIDE),
			rule("GET", "/p/*/partners/engagement/**", OVERSIGHT),
			rule("*", "/p/*/partners/organisations/*/merge-into/*", ADMIN),
			rule("*", "/p/*/partners/organisations/new", COORDINATORS),
			rule("*", "/p/*/partners/organisations/*/contacts/new", COORDINATORS),
			rule("POST", "/p/*/partners/organisations/*/type", COORDINATORS),
			// funding
			rule("*", "/p/*/funding/directory/new", COORDINATORS),
			rule("POST", "/p/*/funding/loans/**", ADMIN_PERFORMANCE),
			rule("*", "/p/*/funding/streams/new", ADMIN_PERFORMANCE),
			rule("*", "/p/*/funding/bids/new", ADMIN_PERFORMANCE),
			rule("*", "/p/*/funding/bids/*/contributions/new", WRITERS),
			rule("POST", "/p/*/funding/business-case/unit-costs", ADMIN_PERFORMANCE),
			rule("*", "/p/*/funding/plans/new", COORDINATORS), rule("POST", "/p/*/funding/plans/**", COORDINATORS),
			// dashboards: which meetings get a board pack is the administrator's choice
			rule("POST", "/p/*/board-packs/**", ADMIN));

	/** Routes outside any partnership that anyone may read, signed in or not. */
	private static final Set<String> OPEN_ROUTES = Set.of("/", "/sign-in", "/about", "/accessibility");

	/** Routes outside any partnership for any signed-in user. */
	private static final Set<String> ACCOUNT_ROUTES = Set.of("/account/password");

	/** Routes left out of the matrix, each with its reason. */
	private static final Map<String, String> NOT_IN_MATRIX = Map.of("/error",
			"the target of the servlet container's error dispatch, not a page anyone visits");

	/**
	 * Rules on the sample record itself, narrower than its route's: the roles (of those
	 * the route lets in) that may use it; the others are refused or told it is not there
	 * (403 or 404). First match wins.
	 */
	private static final List<Rule> RECORD_SCOPES = List.of(
			// a board pack goes to the members of its body, and the administrator; no
			// demo
			// user sits on the body
			rule("GET", "/p/*/board-packs/*", ADMIN),
			// partner officers see the meetings, actions and indicators of their own
			// organisation; the samples are not the police's
			rule("GET", "/p/*/meetings/mine.ics", ALL), rule("GET", "/p/*/meetings/*", OVERSIGHT),
			rule("POST", "/p/*/meeting-actions/*/done", EnumSet.complementOf(EnumSet.of(Role.PARTNER_OFFICER))),
			rule("*", "/p/*/performance/indicators/**", OVERSIGHT),
			// a neighbourhood plan is edited by its neighbourhood's manager, its
			// district's
			// coordinator and the administrator, and endorsed by the coordinator
			// (plans.PlanScope)
			rule("*", "/p/*/plans/*/endorse", ADMIN_COORDINATOR), rule("*", "/p/*/plans/*/agree", LOCAL_TEAM),
			rule("*", "/p/*/plans/*/actions/new", LOCAL_TEAM), rule("*", "/p/*/plans/*/actions/*/edit", LOCAL_TEAM),
			rule("*", "/p/*/plans/*/priorities/**", LOCAL_TEAM), rule("POST", "/p/*/plans/*/*", LOCAL_TEAM),
			rule("POST", "/p/*/plans/*/actions/*/progress", LOCAL_TEAM),
			// a coordinator changes only their own district's funding plan; the sample is
			// not
			rule("POST", "/p/*/funding/plans/*/*", ADMIN_PERFORMANCE));

	/**
	 * Pages an allowed role is sent on from rather than shown, for the sample record's
	 * state: "GET pattern" to the status expected instead of 200.
	 */
	private static final Map<String, Integer> SERVED_OTHERWISE = Map.of(
			// without a neighbourhood chosen, back to the list of baselines
			"GET /p/{partnership}/evaluation/baselines/new", 302,
			// an export names its edition (?edition=); without it, a 400 that says so
			"GET /p/{partnership}/neighbourhoods/{key}/profile.csv", 400,
			"GET /p/{partnership}/neighbourhoods/{key}/profile.xlsx", 400,
			// a run that was not re-run has nothing to compare
			"GET /p/{partnership}/selection/{id}/comparison", 404,
			// the sample plan is agreed: its content changes only in a new draft version
			"GET /p/{partnership}/plans/{planId}/actions/new", 409,
			"GET /p/{partnership}/plans/{planId}/actions/{actionId}/edit", 409,
			"GET /p/{partnership}/plans/{planId}/priorities/new", 409,
			"GET /p/{partnership}/plans/{planId}/priorities/{priorityId}/evidence/new", 409);

	/** Open routes that take a signed-in member on to their partnership. */
	private static final Set<String> ONWARD_WHEN_SIGNED_IN = Set.of("/");

	private static final String[] INJECTIONS = { "' OR '1'='1", "1;DROP TABLE x--", "%27", "1) OR (1=1",
			"x".repeat(5000) + "'", "Ünïcødé ‘quoted’ 漢字 🙂 \u202e", "nul\u0000byte" };

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private static final AtomicInteger requests = new AtomicInteger();

	private static final AtomicInteger cells = new AtomicInteger();

	private static int routeCount;

	private static final Map<String, Long> timings = new java.util.concurrent.ConcurrentHashMap<>();

	private static long started;

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private AccessPolicy policy;

	@Autowired
	private SharingProtocols protocols;

	private RouteSamples own;

	private RouteSamples other;

	private List<RegisteredRoute> routes;

	private final String canary = "CANARY" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);

	record Rule(String method, String pattern, Set<Role> roles) {
	}

	/** A demo user of a partnership in a role, or a signed-out visitor. */
	record Actor(@Nullable Role role, @Nullable String partnership) {

		static final Actor ANONYMOUS = new Actor(null, null);

		String email() {
			if (role == null || partnership == null) {
				throw new IllegalStateException("a signed-out visitor has no mailbox");
			}
			return DemoUsers.email(role, partnership);
		}

		@Override
		public String toString() {
			return role == null ? "signed out" : role + " of " + partnership;
		}

	}

	private static Rule rule(String method, String pattern, Set<Role> roles) {
		return new Rule(method, pattern, roles);
	}

	@BeforeAll
	void discoverRoutesAndSamples() throws Exception {
		started = System.nanoTime();
		routes = new ArrayList<>(RegisteredRoute.all(mappings));
		routes.sort((a, b) -> a.key().compareTo(b.key()));
		routes.removeIf(r -> NOT_IN_MATRIX.containsKey(r.pattern()));
		routeCount = routes.size();
		own = RouteSamples.complete(jdbc, OWN, "greenhill", "E07000134");
		other = RouteSamples.of(jdbc, OTHER, "saffron", "E06000016");
		plantCanariesInTheOtherPartnership();
	}

	/**
	 * Records of the other partnership whose text must never appear on the own
	 * partnership's pages, whatever a filter says.
	 */
	private void plantCanariesInTheOtherPartnership() throws Exception {
		Actor administrator = new Actor(Role.ADMINISTRATOR, OTHER);
		Actor partner = new Actor(Role.PARTNER_OFFICER, OTHER);
		assertThat(post("/p/" + OTHER + "/engagement/groups", administrator, Map.of("name", canary + " group"))
			.getStatus()).as("the other partnership's canary group").isEqualTo(302);
		MockHttpServletResponse item = post("/p/" + OTHER + "/intelligence/new", partner,
				Map.of("kind", "CONCERN", "category", "safer-communities", "title", canary + " item", "details",
						canary + " details", "grade", "PUBLIC", "sourceType", "PARTNER_OFFICER", "observedOn",
						"2008-06-01", "addressText", "Saffron Lane", "neighbourhood", "saffron"));
		assertThat(item.getStatus()).as("the other partnership's canary item: %s", problemsIn(item)).isEqualTo(302);
	}

	@Test
	void everyRouteAnswersEveryRoleOfBothPartnershipsAsThePolicyDeclares() throws Exception {
		assertThat(routes).as("routes discovered from the handler mappings").hasSizeGreaterThan(ROUTE_FLOOR);
		List<String> problems = new ArrayList<>();
		Set<String> missing = new LinkedHashSet<>();
		List<Actor> actors = new ArrayList<>();
		actors.add(Actor.ANONYMOUS);
		for (String partnership : List.of(OWN, OTHER)) {
			for (Role role : Role.values()) {
				actors.add(new Actor(role, partnership));
			}
		}
		// reads first, then writes, so that a write cannot change what a read sees
		for (boolean reads : List.of(true, false)) {
			for (RegisteredRoute route : routes) {
				if (route.isRead() != reads) {
					continue;
				}
				String path = expand(route, own, missing);
				if (path == null) {
					continue;
				}
				for (Actor actor : actors) {
					checkCell(route, path, actor, problems);
				}
			}
		}
		missing.forEach(m -> problems.add("no sample for the path variable " + m + ": add one to RouteSamples"));
		assertThat(problems)
			.as("%d cells disagree with the declared policy:%n%s", problems.size(), String.join("\n", problems))
			.isEmpty();
	}

	private void checkCell(RegisteredRoute route, String path, Actor actor, List<String> problems) throws Exception {
		boolean partnershipRoute = route.isPartnershipRoute();
		boolean global = !partnershipRoute && !route.isPublic();
		if (global && actor.partnership() != null && actor.partnership().equals(OTHER)) {
			return; // outside any partnership: "own" and "other" are the same cell
		}
		if (route.isPublic() && actor.partnership() != null && actor.partnership().equals(OTHER)
				&& actor.role() != Role.ADMINISTRATOR) {
			return; // public pages answer every member alike; one other-partnership cell
					// is enough
		}
		if (route.pattern().endsWith(".pdf") && actor.role() != null && actor.partnership().equals(OWN)
				&& actor.role() != Role.ADMINISTRATOR && actor.role() != Role.BOARD_MEMBER
				&& declaredRoles(route).contains(actor.role())) {
			return; // a PDF is the same for every reader: made for the widest and the
					// narrowest role
		}
		cells.incrementAndGet();
		String cell = route.method() + " " + path + " as " + actor;
		Expected expected;
		if (ONWARD_WHEN_SIGNED_IN.contains(route.pattern()) && actor.role() != null) {
			expected = Expected.ONWARD;
		}
		else if (route.isPublic() || OPEN_ROUTES.contains(route.pattern())) {
			expected = route.isRead() ? Expected.SHOWN : Expected.ACCEPTED;
		}
		else if (actor.role() == null) {
			expected = Expected.SIGN_IN;
		}
		else if (ACCOUNT_ROUTES.contains(route.pattern())) {
			expected = route.isRead() ? Expected.SHOWN : Expected.ACCEPTED;
		}
		else if (!actor.partnership().equals(OWN)) {
			expected = Expected.REFUSED;
		}
		else if (declaredRoles(route).contains(actor.role()) && !recordScope(route).contains(actor.role())) {
			expected = Expected.HIDDEN;
		}
		else if (declaredRoles(route).contains(actor.role())) {
			expected = route.isRead() ? Expected.SHOWN : Expected.ACCEPTED;
		}
		else {
			expected = Expected.REFUSED;
		}
		MockHttpServletResponse response;
		if (route.isRead()) {
			response = send(route.method(), path, actor, Map.of());
		}
		else if (expected == Expected.ACCEPTED) {
			response = inRolledBackTransaction(() -> send(route.method(), path, actor, Map.of()));
		}
		else {
			long auditBefore = auditEntries();
			response = send(route.method(), path, actor, Map.of());
			if (auditEntries() != auditBefore) {
				problems.add(cell + ": a refused write changed the audit log");
			}
		}
		String problem = expected.problem(response, SERVED_OTHERWISE.getOrDefault(route.key(), 200));
		if (problem != null) {
			problems.add(cell + ": expected " + expected + ", " + problem);
		}
	}

	enum Expected {

		/** 200, or the status the policy declares for the record's state. */
		SHOWN,
		/**
		 * Let through the gate: any answer but a refusal, a sign-in or a server error.
		 */
		ACCEPTED,
		/** Redirected to sign in. */
		SIGN_IN,
		/** 403. */
		REFUSED,
		/** 403 or 404: the record is outside the role's scope. */
		HIDDEN,
		/** Redirected onwards (not to sign in). */
		ONWARD;

		@Nullable String problem(MockHttpServletResponse response, int shownStatus) {
			int status = response.getStatus();
			String redirect = response.getRedirectedUrl();
			boolean toSignIn = status == 302 && redirect != null && redirect.endsWith("/sign-in");
			return switch (this) {
				case SHOWN -> status == shownStatus ? null : "got " + describe(response);
				case ACCEPTED ->
					(status >= 500 || status == 403 || status == 401 || toSignIn) ? "got " + describe(response) : null;
				case SIGN_IN -> toSignIn ? null : "got " + describe(response);
				case REFUSED -> status == 403 ? null : "got " + describe(response);
				case HIDDEN -> status == 403 || status == 404 ? null : "got " + describe(response);
				case ONWARD -> status == 302 && !toSignIn ? null : "got " + describe(response);
			};
		}

	}

	@Test
	void recordsOfTheOtherPartnershipCannotBeReachedThroughTheOwnPartnershipsAddress() throws Exception {
		List<String> problems = new ArrayList<>();
		Set<String> missing = new LinkedHashSet<>();
		for (RegisteredRoute route : routes) {
			boolean hasRecord = VARIABLE.matcher(route.pattern())
				.results()
				.anyMatch(m -> !m.group(1).equals("partnership"));
			if (!hasRecord || !(route.isPartnershipRoute() || route.isPublic())) {
				continue;
			}
			// the own partnership's address, the other partnership's record ids
			// the own partnership's address with the other partnership's record ids;
			// where
			// the other partnership has no such record, the other way round
			Set<String> lacking = new LinkedHashSet<>();
			String otherPath = expand(route, other, lacking);
			String from = OTHER;
			String to = OWN;
			if (otherPath == null) {
				otherPath = expand(route, own, missing);
				from = OWN;
				to = OTHER;
			}
			if (otherPath == null) {
				continue;
			}
			String path = otherPath.replaceFirst("/" + from + "(/|$)", "/" + to + "$1");
			Actor actor = route.isPublic() ? Actor.ANONYMOUS : new Actor(Role.ADMINISTRATOR, to);
			if (path.equals(expand(route, from.equals(OTHER) ? own : other, lacking))) {
				continue; // a record both partnerships share (e.g. the national toolkit)
			}
			cells.incrementAndGet();
			long[] written = new long[1];
			MockHttpServletResponse response = route.isRead() ? send(route.method(), path, actor, Map.of())
					: inRolledBackTransaction(() -> {
						long before = auditEntries();
						MockHttpServletResponse answer = send(route.method(), path, actor, Map.of());
						written[0] = auditEntries() - before;
						return answer;
					});
			int status = response.getStatus();
			// reads: refused, not found or a bad request; writes: refused, or nothing
			// written
			boolean hidden = route.isRead() ? (status == 400 || status == 403 || status == 404)
					: (status >= 400 && status < 500) || (status < 400 && written[0] == 0);
			if (!hidden) {
				problems.add(route.method() + " " + path + " as " + actor + ": got " + describe(response)
						+ (written[0] > 0 ? ", " + written[0] + " audit entries written" : ""));
			}
		}
		assertThat(missing).as("path variables with no sample in either partnership").isEmpty();
		assertThat(problems)
			.as("another partnership's records reached through this partnership's address:%n%s",
					String.join("\n", problems))
			.isEmpty();
	}

	@Test
	void eachConfidentialityGradeIsShownOnlyWhereTheAccessPolicyAllows() throws Exception {
		String marker = "GRADE" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		Actor recorder = new Actor(Role.PARTNER_OFFICER, OWN);
		long police = organisation("Police");
		long district = organisation("North West Leicestershire District Council");
		Map<Confidentiality, Long> ids = new EnumMap<>(Confidentiality.class);
		Map<Confidentiality, Set<Long>> named = new EnumMap<>(Confidentiality.class);
		for (Confidentiality grade : Confidentiality.values()) {
			Map<String, String> form = new LinkedHashMap<>(Map.of("kind", "CONCERN", "category", "safer-communities",
					"title", marker + grade + " title", "details", marker + grade + " details", "grade", grade.name(),
					"sourceType", "PARTNER_OFFICER", "observedOn", "2008-06-01", "addressText", "Greenhill Road",
					"neighbourhood", "greenhill", "retainUntil", java.time.LocalDate.now().plusYears(1).toString()));
			// the recorder's organisation is always named; personal data also names the
			// district council, whose coordinator and manager are operational
			named.put(grade, grade == Confidentiality.PERSONAL ? Set.of(police, district) : Set.of(police));
			if (grade == Confidentiality.PERSONAL) {
				form.put("organisations", String.valueOf(district));
			}
			MockHttpServletResponse created = post("/p/" + OWN + "/intelligence/new", recorder, form);
			assertThat(created.getStatus()).as("recording the %s item: %s", grade, problemsIn(created)).isEqualTo(302);
			long id = Long.parseLong(created.getRedirectedUrl().replaceAll(".*/items/(\\d+).*", "$1"));
			ids.put(grade, id);
			assertThat(post("/p/" + OWN + "/intelligence/items/" + id, recorder,
					Map.of("action", "CLOSE", "text", marker + grade + " outcome"))
				.getStatus()).as("closing the %s item", grade).isEqualTo(302);
		}
		long owner = jdbc.sql("select id from partnerships where slug = :s").param("s", OWN).query(Long.class).single();
		List<String> problems = new ArrayList<>();
		String base = "/p/" + OWN + "/intelligence";
		for (String partnership : List.of(OWN, OTHER)) {
			for (Role role : Role.values()) {
				Actor actor = new Actor(role, partnership);
				CurrentUser user = accounts.accessVersion(actor.email())
					.flatMap(v -> accounts.loadCurrentUser(v.userId()))
					.orElseThrow();
				boolean signed = protocols.hasSignedCurrent(owner, user.organisationId());
				String list = text(send(HttpMethod.GET, base, actor, Map.of()));
				String search = text(send(HttpMethod.GET, base, actor, Map.of("q", marker)));
				String exports = text(send(HttpMethod.GET, base + "/export.csv", actor, Map.of()))
						+ zipText(send(HttpMethod.GET, base + "/export.xlsx", actor, Map.of()))
						+ text(send(HttpMethod.GET, base + "/api/items", actor, Map.of()));
				for (Confidentiality grade : Confidentiality.values()) {
					cells.incrementAndGet();
					// AccessPolicy, with the sharing protocol's condition on partners'
					// items
					// (docs/adr/0022)
					boolean visible = user.membershipIn(new PartnershipId(owner)).isPresent()
							&& policy.canSee(user, grade, new PartnershipId(owner), named.get(grade))
							&& (grade != Confidentiality.PARTNERS || signed);
					String cell = grade + " item as " + actor;
					MockHttpServletResponse shown = send(HttpMethod.GET, base + "/items/" + ids.get(grade), actor,
							Map.of());
					boolean onPage = shown.getStatus() == 200 && text(shown).contains(marker + grade + " details");
					if (onPage != visible) {
						problems.add(cell + ": item page " + (visible ? "hidden" : "shown") + " (" + shown.getStatus()
								+ ")");
					}
					String token = marker + grade;
					if (list.contains(token) && !visible) {
						problems.add(cell + ": in the list");
					}
					boolean recorderSelf = actor.equals(recorder);
					if (search.contains(token) && !(visible && (grade != Confidentiality.PERSONAL || recorderSelf))) {
						problems.add(cell + ": found by search");
					}
					if (exports.contains(token) && !(visible && grade != Confidentiality.PERSONAL)) {
						problems.add(cell + ": in the exports");
					}
				}
			}
		}
		String publicPages = text(send(HttpMethod.GET, "/public/" + OWN + "/neighbourhoods/greenhill/you-said-we-did",
				Actor.ANONYMOUS, Map.of()))
				+ text(send(HttpMethod.GET, "/public/" + OWN + "/open-data/you-said-we-did.csv", Actor.ANONYMOUS,
						Map.of()))
				+ zipText(send(HttpMethod.GET, "/public/" + OWN + "/open-data/you-said-we-did.xlsx", Actor.ANONYMOUS,
						Map.of()));
		for (Confidentiality grade : Confidentiality.values()) {
			cells.incrementAndGet();
			boolean published = publicPages.contains(marker + grade);
			if (published != (grade == Confidentiality.PUBLIC)) {
				problems.add(grade + " item " + (published ? "published" : "missing") + " on the public pages");
			}
		}
		assertThat(problems)
			.as("confidentiality cells that disagree with AccessPolicy:%n%s", String.join("\n", problems))
			.isEmpty();
	}

	@Test
	void injectionPayloadsInEveryRequestParameterNeitherFailNorRevealTheOtherPartnership() throws Exception {
		List<String> problems = new ArrayList<>();
		Set<String> missing = new LinkedHashSet<>();
		Actor administrator = new Actor(Role.ADMINISTRATOR, OWN);
		int parameters = 0;
		for (RegisteredRoute route : routes) {
			Set<String> names = requestParameters(route.handler());
			if (!route.isRead() || names.isEmpty()) {
				continue;
			}
			String path = expand(route, own, missing);
			if (path == null) {
				continue;
			}
			Actor actor = route.isPartnershipRoute() ? administrator : Actor.ANONYMOUS;
			parameters += names.size();
			for (String payload : INJECTIONS) {
				cells.incrementAndGet();
				Map<String, String> params = new LinkedHashMap<>();
				names.forEach(name -> params.put(name, payload));
				MockHttpServletResponse response = send(route.method(), path, actor, params);
				String shown = payload.length() > 20 ? payload.substring(0, 20) + "…" : payload;
				String request = "GET " + path + " with " + names + " = " + shown;
				if (response.getStatus() >= 500) {
					problems.add(request + ": got " + describe(response));
				}
				else if (text(response).contains(canary)) {
					problems.add(request + ": shows the other partnership's records");
				}
			}
		}
		System.out.printf("Injection: %d request parameters × %d payloads%n", parameters, INJECTIONS.length);
		assertThat(parameters).as("request parameters discovered").isGreaterThan(30);
		assertThat(problems).as("injection payloads that failed or leaked:%n%s", String.join("\n", problems)).isEmpty();
	}

	@Test
	void theDeclaredPolicyNamesTheRolesEachRouteRequires() {
		List<String> problems = new ArrayList<>();
		for (RegisteredRoute route : routes) {
			if (!route.isPartnershipRoute()) {
				continue;
			}
			RequiresRole requires = AnnotatedElementUtils.findMergedAnnotation(route.handler().getMethod(),
					RequiresRole.class);
			if (requires == null) {
				requires = AnnotatedElementUtils.findMergedAnnotation(route.handler().getBeanType(),
						RequiresRole.class);
			}
			Set<Role> enforced = requires == null ? EnumSet.allOf(Role.class)
					: EnumSet.copyOf(List.of(requires.value()));
			if (!route.isRead()) {
				enforced.removeIf(r -> !r.canWrite());
			}
			boolean matches = requires != null ? enforced.equals(declaredRoles(route))
					: enforced.containsAll(declaredRoles(route));
			if (!matches) {
				problems
					.add(route.key() + ": the code lets " + enforced + ", the policy declares " + declaredRoles(route));
			}
		}
		assertThat(problems)
			.as("routes whose roles differ from the declared policy (change one deliberately):%n%s",
					String.join("\n", problems))
			.isEmpty();
	}

	@AfterAll
	static void printSummary() {
		System.out.printf(
				"Access-control matrix: %d routes × %d actors (6 roles × own/other partnership + signed out); "
						+ "%d cells, %d requests in %d s%n",
				routeCount, Role.values().length * 2 + 1, cells.get(), requests.get(),
				(System.nanoTime() - started) / 1_000_000_000L);
		timings.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(12)
			.forEach(e -> System.out.printf("  %6d ms  %s%n", e.getValue() / 1_000_000, e.getKey()));
	}

	private static Set<Role> recordScope(RegisteredRoute route) {
		for (Rule rule : RECORD_SCOPES) {
			if ((rule.method().equals("*") || rule.method().equals(route.method().name()))
					&& PATHS.match(rule.pattern(), route.pattern())) {
				return rule.roles();
			}
		}
		return ALL;
	}

	private static Set<Role> declaredRoles(RegisteredRoute route) {
		for (Rule rule : POLICY) {
			if ((rule.method().equals("*") || rule.method().equals(route.method().name()))
					&& PATHS.match(rule.pattern(), route.pattern())) {
				return rule.roles();
			}
		}
		return route.isRead() ? ALL : WRITERS;
	}

	/**
	 * The route's path with each variable replaced by the partnership's sample, or
	 * {@code null} (and the variable noted) when there is none.
	 */
	private static @Nullable String expand(RegisteredRoute route, RouteSamples samples, Set<String> missing) {
		Matcher matcher = VARIABLE.matcher(route.pattern());
		StringBuilder path = new StringBuilder();
		boolean complete = true;
		while (matcher.find()) {
			String before = route.pattern().substring(0, matcher.start());
			String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1);
			String key = matcher.group(1).equals("partnership") ? "partnership"
					: segment + "{" + matcher.group(1) + "}";
			String value = samples.value(key).orElse(null);
			if (value == null) {
				missing.add(key + " (" + route.key() + ")");
				complete = false;
				value = "0";
			}
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return complete ? path.toString() : null;
	}

	/** Names of the request parameters a handler binds, found by reflection. */
	static Set<String> requestParameters(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class) || Map.class.isAssignableFrom(type)
					|| type == PartnershipContext.class || type == CurrentUser.class || type == PartnershipRef.class) {
				continue;
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && !param.name().isEmpty()) {
				names.add(param.name());
			}
			else if (param != null || BeanUtils.isSimpleProperty(type)) {
				names.add(parameter.getParameterName());
			}
			else if (type.isRecord() && type.getPackageName().startsWith("org.nmhub")) {
				Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(c.getName()));
			}
		}
		names.remove(null);
		return names;
	}

	private MockHttpServletResponse send(HttpMethod method, String path, Actor actor, Map<String, String> params)
			throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
		params.forEach(request::param);
		if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		if (actor.role() != null) {
			request.with(user(actor.email()));
		}
		requests.incrementAndGet();
		long start = System.nanoTime();
		try {
			return mvc.perform(request).andReturn().getResponse();
		}
		finally {
			String route = path.replaceAll("/\\d+", "/N");
			timings.merge(route, System.nanoTime() - start, Long::sum);
		}
	}

	private MockHttpServletResponse post(String path, Actor actor, Map<String, String> form) throws Exception {
		return send(HttpMethod.POST, path, actor, form);
	}

	interface Request {

		MockHttpServletResponse send() throws Exception;

	}

	/** Sends a write whose effects are rolled back, so the demo data stays as it was. */
	private MockHttpServletResponse inRolledBackTransaction(Request request) {
		return new TransactionTemplate(transactions).execute(status -> {
			status.setRollbackOnly();
			try {
				return request.send();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private long auditEntries() {
		return jdbc.sql("select count(*) from audit_entries").query(Long.class).single();
	}

	private long organisation(String name) {
		return jdbc.sql("select id from organisations where name = :n").param("n", name).query(Long.class).single();
	}

	private static String text(MockHttpServletResponse response) throws IOException {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The text of every part of an XLSX workbook (a zip of XML parts). */
	private static String zipText(MockHttpServletResponse response) throws IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("matrix", ".xlsx");
		try {
			java.nio.file.Files.write(file, response.getContentAsByteArray());
			StringBuilder text = new StringBuilder();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			return text.toString();
		}
		catch (java.util.zip.ZipException ex) {
			return "";
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}

	private static String problemsIn(MockHttpServletResponse response) throws IOException {
		return text(response).lines()
			.filter(l -> l.contains("govuk-error-message") || l.contains("error-summary__list") || l.contains("<li>"))
			.map(String::strip)
			.collect(Collectors.joining(" "));
	}

	private static String describe(MockHttpServletResponse response) {
		return response.getStatus() + (response.getRedirectedUrl() != null ? " → " + response.getRedirectedUrl() : "");
	}

}
