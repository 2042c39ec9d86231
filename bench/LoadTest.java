import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded, loopback, mixed load test of a running NM Hub (issue 10, item 2): many signed-in users at once, each
 * in its own session, viewing neighbourhood profiles and partnership home pages, recording progress on plan
 * actions, submitting performance returns and logging community intelligence, for a fixed time.
 *
 * <p>
 * It counts every answer that is not the expected one (200 for a page, 302 to the expected place for a form) as an
 * error, and checks for lost writes: each user remembers what the server confirmed (the id of each intelligence
 * item it was redirected to; the unique text of each progress update and return it was told was saved), and
 * afterwards the database is read for everything carrying this run's marker and the two are compared both ways.
 *
 * <p>
 * Setup (through JDBC, before the clock starts): one account per virtual user, an administrator of both demo
 * partnerships (password and organisation copied from one of the demo administrators in turn), the neighbourhoods with
 * an area, open plan actions, and open return periods; each target is tried once over HTTP and kept only if its
 * page answers 200.
 *
 * <pre>
 * java -cp "$(cat target/bench-classpath.txt)" bench/LoadTest.java --base http://127.0.0.1:18080 \
 *     --jdbc 'jdbc:postgresql://localhost:PORT/postgres?user=postgres' --users 200 --duration 300 --think-ms 1000
 * </pre>
 *
 * bench/load-test.sh starts NM Hub with the demo data and runs this.
 */
public class LoadTest {

	static final String PASSWORD = "demo-Partnership-2026";

	static final List<String> PARTNERSHIPS = List.of("leicestershire-together", "leicester-partnership");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	final String base;

	final String jdbcUrl;

	final int users;

	final Duration duration;

	final int thinkMillis;

	final String marker = "LT" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();

	final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

	final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

	final Map<String, String> firstError = new ConcurrentHashMap<>();

	/** What the server confirmed, per kind of write. */
	final Set<Long> confirmedItems = ConcurrentHashMap.newKeySet();

	final Set<String> confirmedUpdates = ConcurrentHashMap.newKeySet();

	final Set<String> confirmedReturns = ConcurrentHashMap.newKeySet();

	record Target(String partnership, String path, String post, String value) {
	}

	final Map<String, List<Target>> profiles = new LinkedHashMap<>();

	final Map<String, List<Target>> actions = new LinkedHashMap<>();

	final Map<String, List<Target>> returns = new LinkedHashMap<>();

	LoadTest(Map<String, String> options) {
		this.base = options.getOrDefault("base", "http://127.0.0.1:18080");
		this.jdbcUrl = options.get("jdbc");
		this.users = Integer.parseInt(options.getOrDefault("users", "200"));
		this.duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "300")));
		this.thinkMillis = Integer.parseInt(options.getOrDefault("think-ms", "1000"));
		if (jdbcUrl == null) {
			throw new IllegalArgumentException("--jdbc is needed (to set up the users and count the writes)");
		}
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		LoadTest test = new LoadTest(options);
		System.exit(test.run() ? 0 : 1);
	}

	boolean run() throws Exception {
		System.out.printf("run marker %s, %d users, %s, think time 0-%d ms (mean %d), against %s%n", marker, users,
				duration, 2 * thinkMillis, thinkMillis, base);
		List<String> emails = setUp();
		List<User> all = new ArrayList<>();
		long signInStart = System.nanoTime();
		List<Thread> signIns = new ArrayList<>();
		for (int i = 0; i < users; i++) {
			User user = new User(i, emails.get(i), PARTNERSHIPS.get(i % 2));
			all.add(user);
			signIns.add(start(user::signIn));
		}
		for (Thread t : signIns) {
			t.join();
		}
		long signedIn = all.stream().filter(u -> u.signedIn).count();
		System.out.printf("%d of %d users signed in in %d ms%n", signedIn, users,
				(System.nanoTime() - signInStart) / 1_000_000);
		latencies.clear();
		errors.clear();
		firstError.clear();
		double[] load = load();
		long deadline = System.nanoTime() + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (User user : all) {
			threads.add(start(() -> user.work(deadline)));
		}
		for (Thread t : threads) {
			t.join();
		}
		double[] loadAfter = load();
		System.out.printf("load average before %.2f %.2f %.2f, after %.2f %.2f %.2f%n", load[0], load[1], load[2],
				loadAfter[0], loadAfter[1], loadAfter[2]);
		report();
		return verify();
	}

	/** Accounts, memberships and targets; returns the e-mail address of each virtual user. */
	List<String> setUp() throws SQLException {
		List<String> emails = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(jdbcUrl)) {
			db.setAutoCommit(false);
			for (int i = 0; i < users; i++) {
				String partnership = PARTNERSHIPS.get(i % 2);
				String email = marker.toLowerCase() + "-" + i + "@loadtest.example";
				try (PreparedStatement insert = db.prepareStatement("""
						with u as (
						  insert into users (email, display_name, password_hash, organisation_id)
						  select ?, ?, password_hash, organisation_id from users where email = ?
						  returning id)
						insert into memberships (user_id, partnership_id, role)
						select u.id, p.id, 'ADMINISTRATOR' from u, partnerships p where p.slug in (?, ?)
						""")) {
					insert.setString(1, email);
					insert.setString(2, "Load test " + i);
					insert.setString(3, "administrator@" + partnership + ".example");
					insert.setString(4, PARTNERSHIPS.get(0));
					insert.setString(5, PARTNERSHIPS.get(1));
					if (insert.executeUpdate() != 2) {
						throw new IllegalStateException("could not create " + email);
					}
				}
				emails.add(email);
			}
			db.commit();
			for (String slug : PARTNERSHIPS) {
				profiles.put(slug, targets(db, """
						select n.key, '', '' from neighbourhoods n join partnerships p on p.id = n.partnership_id
						where p.slug = ? and exists (select 1 from neighbourhood_versions v where v.neighbourhood_id = n.id)
						order by n.key limit 12
						""", slug, k -> "/p/" + slug + "/neighbourhoods/" + k[0] + "/profile", k -> ""));
				actions.put(slug, targets(db, """
						select a.plan_id::text, a.id::text, '' from plan_actions a
						join action_plans pl on pl.id = a.plan_id join partnerships p on p.id = a.partnership_id
						where p.slug = ? and pl.status <> 'SUPERSEDED' and not pl.template
						  and not exists (select 1 from plan_action_updates u
						                  where u.action_lineage = a.lineage_key and u.completed)
						order by a.id limit 20
						""", slug, k -> "/p/" + slug + "/plans/" + k[0] + "/actions/" + k[1],
						k -> "/p/" + slug + "/plans/" + k[0] + "/actions/" + k[1] + "/progress"));
				returns.put(slug, targets(db, """
						select i.id::text, pe.id::text,
						       coalesce(i.minimum_value, i.maximum_value, 1)::text
						from performance_indicators i
						join performance_periods pe on pe.version_id = i.version_id and not pe.closed
						join partnerships p on p.id = i.partnership_id
						where p.slug = ? and not exists (select 1 from performance_returns r
						    where r.indicator_id = i.id and r.period_id = pe.id and r.status = 'APPROVED')
						order by pe.starts_on desc, i.id limit 20
						""", slug, k -> "/p/" + slug + "/performance/indicators/" + k[0] + "/periods/" + k[1] + "/return",
						k -> k[2]));
			}
			db.commit();
		}
		// Keep only the targets whose page answers 200 to a member (e.g. returns only for the current framework).
		User probe = new User(-1, emails.get(0), PARTNERSHIPS.get(0));
		User probe2 = new User(-2, emails.get(1), PARTNERSHIPS.get(1));
		probe.signIn();
		probe2.signIn();
		for (Map<String, List<Target>> kind : List.of(profiles, actions, returns)) {
			for (Map.Entry<String, List<Target>> e : kind.entrySet()) {
				User who = e.getKey().equals(probe.partnership) ? probe : probe2;
				List<Target> ok = new ArrayList<>();
				for (Target t : e.getValue()) {
					try {
						HttpResponse<String> r = who.get(t.path());
						if (r.statusCode() == 200 && (t.post().isEmpty() || r.body().contains(t.post())
								|| kind == returns)) {
							ok.add(t);
						}
					}
					catch (Exception ex) {
						// left out
					}
				}
				e.setValue(ok);
			}
		}
		System.out.printf("targets: profiles %s, plan actions %s, returns %s%n", sizes(profiles), sizes(actions),
				sizes(returns));
		return emails;
	}

	interface Path {

		String of(String[] k);

	}

	private List<Target> targets(Connection db, String sql, String slug, Path path, Path postOrValue)
			throws SQLException {
		List<Target> targets = new ArrayList<>();
		try (PreparedStatement s = db.prepareStatement(sql)) {
			s.setString(1, slug);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					String[] k = { rs.getString(1), rs.getString(2), rs.getString(3) };
					String post = path == null ? "" : postOrValue.of(k);
					boolean isReturn = sql.contains("performance_indicators");
					targets.add(new Target(slug, path.of(k), isReturn ? "" : post, isReturn ? post : ""));
				}
			}
		}
		return targets;
	}

	private static String sizes(Map<String, List<Target>> targets) {
		return targets.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue().size())
			.toList()
			.toString();
	}

	final class User {

		final int number;

		final String email;

		final String partnership;

		final HttpClient client;

		boolean signedIn;

		int sequence;

		User(int number, String email, String partnership) {
			this.number = number;
			this.email = email;
			this.partnership = partnership;
			this.client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(30))
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}

		void signIn() {
			try {
				String token = csrf(get("/sign-in").body());
				HttpResponse<String> r = post("/sign-in", Map.of("email", email, "password", PASSWORD, "_csrf", token));
				signedIn = r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("error");
				if (!signedIn) {
					error("sign-in", "status " + r.statusCode() + " " + r.headers().firstValue("Location").orElse(""));
				}
			}
			catch (Exception ex) {
				error("sign-in", ex.toString());
			}
		}

		void work(long deadline) {
			if (!signedIn) {
				return;
			}
			ThreadLocalRandom random = ThreadLocalRandom.current();
			while (System.nanoTime() < deadline) {
				int dice = random.nextInt(100);
				try {
					if (dice < 30) {
						view("profile", pick(profiles).path());
					}
					else if (dice < 55) {
						view("partnership home", "/p/" + PARTNERSHIPS.get(random.nextInt(PARTNERSHIPS.size())));
					}
					else if (dice < 70) {
						planUpdate(pick(actions));
					}
					else if (dice < 85) {
						performanceReturn(pick(returns));
					}
					else {
						intelligence();
					}
				}
				catch (Exception ex) {
					error("exception", ex.toString());
				}
				if (thinkMillis > 0) {
					try {
						Thread.sleep(random.nextInt(2 * thinkMillis + 1));
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}
		}

		/** Any target of the kind, in either partnership (the demo has plans and returns in one only). */
		private Target pick(Map<String, List<Target>> targets) {
			List<Target> all = targets.values().stream().flatMap(List::stream).toList();
			return all.get(ThreadLocalRandom.current().nextInt(all.size()));
		}

		void view(String type, String path) throws Exception {
			long start = System.nanoTime();
			HttpResponse<String> r = get(path);
			record(type, start);
			if (r.statusCode() != 200) {
				error(type, "status " + r.statusCode() + " for " + path);
			}
		}

		void planUpdate(Target action) throws Exception {
			String token = form("plan action page", action.path());
			if (token == null) {
				return;
			}
			String narrative = marker + " u" + number + " #" + (++sequence) + " progress";
			long start = System.nanoTime();
			HttpResponse<String> r = post(action.post(), Map.of("rag", "GREEN", "percentComplete",
					String.valueOf(ThreadLocalRandom.current().nextInt(90)), "narrative", narrative, "evidence", "",
					"_csrf", token));
			record("plan update (POST)", start);
			if (redirectedTo(r, action.path())) {
				confirmedUpdates.add(narrative);
			}
			else {
				error("plan update (POST)", "status " + r.statusCode() + " for " + action.post());
			}
		}

		void performanceReturn(Target target) throws Exception {
			String token = form("return form", target.path());
			if (token == null) {
				return;
			}
			String evidence = "https://example.org/" + marker + "/u" + number + "/" + (++sequence);
			long start = System.nanoTime();
			HttpResponse<String> r = post(target.path(), Map.of("actual", target.value(), "commentary",
					marker + " load test", "evidenceLink", evidence, "_csrf", token));
			record("performance return (POST)", start);
			if (redirectedTo(r, "/p/" + target.partnership() + "/performance/returns")) {
				confirmedReturns.add(evidence);
			}
			else {
				error("performance return (POST)", "status " + r.statusCode() + " for " + target.path());
			}
		}

		void intelligence() throws Exception {
			// In the partnership of the user's own organisation, which has signed its information-sharing protocol.
			String slug = partnership;
			String path = "/p/" + slug + "/intelligence/new";
			String token = form("intelligence form", path);
			if (token == null) {
				return;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("kind", "CONCERN");
			fields.put("category", "safer-communities");
			fields.put("title", marker + " u" + number + " #" + (++sequence));
			fields.put("details", "Logged by the load test");
			fields.put("grade", "PARTNERS");
			fields.put("sourceType", "RESIDENT");
			fields.put("observedOn", LocalDate.now().minusDays(1).toString());
			// A point inside the partnership: Leicester's centre; Coalville (North West Leicestershire).
			boolean city = slug.equals("leicester-partnership");
			fields.put("longitude", city ? "-1.1340" : "-1.3700");
			fields.put("latitude", city ? "52.6330" : "52.7240");
			fields.put("_csrf", token);
			long start = System.nanoTime();
			HttpResponse<String> r = post(path, fields);
			record("intelligence (POST)", start);
			String location = r.headers().firstValue("Location").orElse("");
			Matcher id = Pattern.compile("/p/" + slug + "/intelligence/items/(\\d+)$").matcher(location);
			if (r.statusCode() == 302 && id.find()) {
				confirmedItems.add(Long.parseLong(id.group(1)));
			}
			else {
				error("intelligence (POST)", "status " + r.statusCode() + " " + location + problems(r.body()));
			}
		}

		/** GETs a form page, timed, and returns its CSRF token (null after an error). */
		private String form(String type, String path) throws Exception {
			long start = System.nanoTime();
			HttpResponse<String> r = get(path);
			record(type, start);
			Matcher token = CSRF.matcher(r.body());
			if (r.statusCode() != 200 || !token.find()) {
				error(type, "status " + r.statusCode() + " for " + path);
				return null;
			}
			return token.group(1);
		}

		private boolean redirectedTo(HttpResponse<String> r, String path) {
			String location = r.headers().firstValue("Location").orElse("");
			return r.statusCode() == 302 && (location.equals(path) || location.endsWith(path));
		}

		HttpResponse<String> get(String path) throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
			StringBuilder body = new StringBuilder();
			form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			return client.send(HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	/** The problems a form page lists (its error summary's links), for the report. */
	private static String problems(String page) {
		Matcher m = Pattern.compile("<a href=\"#[^\"]*\"[^>]*>([^<]+)</a>").matcher(page);
		List<String> found = new ArrayList<>();
		while (m.find() && found.size() < 5) {
			found.add(m.group(1).trim());
		}
		return found.isEmpty() ? "" : " " + found;
	}

	private static Thread start(Runnable work) {
		Thread thread = new Thread(work);
		thread.start();
		return thread;
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return token.group(1);
	}

	void record(String type, long start) {
		long micros = (System.nanoTime() - start) / 1000;
		latencies.computeIfAbsent(type, t -> Collections.synchronizedList(new ArrayList<>())).add(micros);
	}

	void error(String type, String what) {
		errors.computeIfAbsent(type, t -> new AtomicLong()).incrementAndGet();
		firstError.putIfAbsent(type, what);
	}

	void report() {
		System.out.printf("%-28s %8s %8s %8s %8s %8s %7s%n", "request type", "count", "p50 ms", "p95 ms", "p99 ms",
				"max ms", "errors");
		long total = 0;
		for (String type : new java.util.TreeSet<>(latencies.keySet())) {
			List<Long> l = new ArrayList<>(latencies.get(type));
			Collections.sort(l);
			total += l.size();
			System.out.printf("%-28s %8d %8.0f %8.0f %8.0f %8.0f %7d%n", type, l.size(), pct(l, 50), pct(l, 95),
					pct(l, 99), l.get(l.size() - 1) / 1000.0, errors.getOrDefault(type, new AtomicLong()).get());
		}
		long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
		System.out.printf("%d requests in %d s (%.1f/s), %d errors%n", total, duration.toSeconds(),
				total / (double) duration.toSeconds(), errorCount);
		firstError.forEach((type, what) -> System.out.println("first error of " + type + ": " + what));
	}

	private static double pct(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1000.0;
	}

	/** Compares what the clients were told was saved with what the database holds for this run's marker. */
	boolean verify() throws SQLException {
		try (Connection db = DriverManager.getConnection(jdbcUrl)) {
			Set<String> items = strings(db,
					"select id::text from intelligence_items where title like ? || ' %'", marker);
			Set<String> updates = strings(db, "select narrative from plan_action_updates where narrative like ? || ' %'",
					marker);
			Set<String> returnAudits = strings(db, """
					select after_values ->> 'evidence' from audit_entries
					where record_type = 'performance return' and after_values ->> 'evidence' like ?
					""", "https://example.org/" + marker + "/%");
			long returnAuditRows = count(db, """
					select count(*) from audit_entries
					where record_type = 'performance return' and after_values ->> 'evidence' like ?
					""", "https://example.org/" + marker + "/%");
			Set<String> items2 = new HashSet<>();
			confirmedItems.forEach(i -> items2.add(String.valueOf(i)));
			boolean ok = compare("intelligence items", items2, items)
					& compare("plan action updates", confirmedUpdates, updates)
					& compare("performance returns (audited submissions)", confirmedReturns, returnAudits);
			if (returnAuditRows != returnAudits.size()) {
				System.out.printf("performance returns: %d audit rows for %d distinct submissions%n", returnAuditRows,
						returnAudits.size());
				ok = false;
			}
			long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
			System.out.println(ok && errorCount == 0 ? "PASS: no errors, no lost writes"
					: "FAIL: " + errorCount + " errors" + (ok ? "" : ", writes differ"));
			return ok && errorCount == 0;
		}
	}

	private static boolean compare(String what, Set<String> confirmed, Set<String> stored) {
		Set<String> lost = new HashSet<>(confirmed);
		lost.removeAll(stored);
		Set<String> unconfirmed = new HashSet<>(stored);
		unconfirmed.removeAll(confirmed);
		System.out.printf("%s: %d confirmed to clients, %d in the database, %d lost, %d not confirmed%n", what,
				confirmed.size(), stored.size(), lost.size(), unconfirmed.size());
		return lost.isEmpty() && unconfirmed.isEmpty();
	}

	private static Set<String> strings(Connection db, String sql, String parameter) throws SQLException {
		Set<String> values = new HashSet<>();
		try (PreparedStatement s = db.prepareStatement(sql)) {
			s.setString(1, parameter);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
		}
		return values;
	}

	private static long count(Connection db, String sql, String parameter) throws SQLException {
		try (PreparedStatement s = db.prepareStatement(sql)) {
			s.setString(1, parameter);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static double[] load() {
		try {
			String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
					Double.parseDouble(parts[2]) };
		}
		catch (Exception ex) {
			return new double[3];
		}
	}

}
