package org.nmhub.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The analyses on a small partnership built here, where the right answers are worked out
 * by hand in the comments.
 */
@SpringBootTest
class AnalysesIntegrationTests {

	private static final LocalDate AS_OF = LocalDate.of(2009, 1, 1);

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EngagementQueries engagement;

	@Autowired
	private MeetingLoadQueries load;

	/** A throwaway partnership with its own organisations and bodies. */
	private final class Fixture {

		final long p;

		final String tag = UUID.randomUUID().toString().substring(0, 8);

		Fixture() {
			p = jdbc
				.sql("insert into partnerships (slug, name, kind) values (:s, 'Analyses test', 'OTHER') returning id")
				.param("s", "analyses-" + tag)
				.query(Long.class)
				.single();
		}

		long organisation(String name) {
			long id = jdbc.sql("insert into organisations (name, type) values (:n, 'OTHER') returning id")
				.param("n", name + " " + tag)
				.query(Long.class)
				.single();
			jdbc.sql("insert into partnership_organisations (partnership_id, organisation_id) values (:p, :o)")
				.param("p", p)
				.param("o", id)
				.update();
			return id;
		}

		long body(String name, @Nullable String district, long... members) {
			long id = jdbc.sql("""
					insert into partner_bodies (partnership_id, name, type, district_name, source)
					values (:p, :n, 'OTHER', :d, 'test') returning id
					""").param("p", p).param("n", name).param("d", district).query(Long.class).single();
			int position = 0;
			for (long member : members) {
				jdbc.sql("""
						insert into partner_body_members (body_id, member, position, organisation_id)
						values (:b, 'member', :pos, :o)
						""").param("b", id).param("pos", position++).param("o", member).update();
			}
			return id;
		}

		long meeting(long body, String date, boolean cancelled) {
			return jdbc.sql("""
					insert into partner_meetings (partnership_id, body_id, starts_at, ends_at, cancelled)
					values (:p, :b, cast(:d as date) + time '18:00', cast(:d as date) + time '19:00', :c) returning id
					""")
				.param("p", p)
				.param("b", body)
				.param("d", date)
				.param("c", cancelled)
				.query(Long.class)
				.single();
		}

		void attend(long meeting, String person, long organisation, String status) {
			jdbc.sql("""
					insert into partner_attendance (partnership_id, meeting_id, person, organisation_id, status)
					values (:p, :m, :person, :o, :s)
					""")
				.param("p", p)
				.param("m", meeting)
				.param("person", person)
				.param("o", organisation)
				.param("s", status)
				.update();
		}

		void action(long meeting, long owner, String due, @Nullable String done) {
			jdbc.sql(
					"""
							insert into partner_meeting_actions (partnership_id, meeting_id, description, owner_organisation_id, due_on, completed_on)
							values (:p, :m, 'Action due ' || :due, :o, cast(:due as date), cast(:done as date))
							""")
				.param("p", p)
				.param("m", meeting)
				.param("o", owner)
				.param("due", due)
				.param("done", done)
				.update();
		}

		void commitment(long organisation, @Nullable String status, @Nullable String recordedOn) {
			long agreement = jdbc
				.sql("""
						insert into partner_agreements (partnership_id, organisation_id, starts_on, review_on)
						values (:p, :o, date '2008-04-01', date '2009-03-31')
						on conflict (partnership_id, organisation_id, starts_on) do update set review_on = excluded.review_on
						returning id
						""")
				.param("p", p)
				.param("o", organisation)
				.query(Long.class)
				.single();
			long commitment = jdbc.sql("""
					insert into partner_commitments (partnership_id, agreement_id, organisation_id, kind, description)
					values (:p, :a, :o, 'DATA', 'Data') returning id
					""").param("p", p).param("a", agreement).param("o", organisation).query(Long.class).single();
			if (status != null) {
				jdbc.sql("""
						insert into partner_commitment_deliveries (partnership_id, commitment_id, recorded_on, status)
						values (:p, :c, cast(:on as date), :s)
						""").param("p", p).param("c", commitment).param("on", recordedOn).param("s", status).update();
			}
		}

		void signed(long... organisations) {
			long version = jdbc.sql("""
					insert into partner_sharing_protocols (partnership_id, title, version_label, effective_from)
					values (:p, 'Protocol', '1', date '2008-01-01') returning id
					""").param("p", p).query(Long.class).single();
			for (long o : organisations) {
				jdbc.sql(
						"""
								insert into partner_protocol_signatures (partnership_id, protocol_id, organisation_id, signed_on, signed_by)
								values (:p, :v, :o, date '2008-01-02', 'Chief executive')
								""")
					.param("p", p)
					.param("v", version)
					.param("o", o)
					.update();
			}
		}

	}

	/**
	 * Bodies X (in "Test district": A, B, C) and Y (partnership-wide: A, B). Past
	 * meetings X1 (10 May 2008), Y1 (20 May 2008), X2 (10 Nov 2008); a cancelled X
	 * meeting and one after the "as of" date do not count.
	 * <ul>
	 * <li>A: at X1 and X2, not Y1 → 2 of 3; one action done on time; commitments 1 of 2
	 * delivered; signed. Score 40/3 + 0 + 10 + 0 = 23.3.</li>
	 * <li>B: apologies at X1, at Y1, absent X2 → 1 of 3; two actions, one overdue and one
	 * done late; no commitments; not signed. Score 80/3 + 30 + 0 + 10 = 66.7.</li>
	 * <li>C: absent X1, substitute at X2 → 1 of 2; one action not yet due; one commitment
	 * delivered only after the "as of" date; signed. Score 20 + 0 + 20 + 0 = 40.0.</li>
	 * </ul>
	 */
	private record Engaged(Fixture f, long a, long b, long c) {
	}

	private Engaged engaged() {
		Fixture f = new Fixture();
		long a = f.organisation("Alpha");
		long b = f.organisation("Beta");
		long c = f.organisation("Gamma");
		f.organisation("Delta (nothing recorded)");
		long x = f.body("X", "Test district", a, b, c);
		long y = f.body("Y", null, a, b);
		long x1 = f.meeting(x, "2008-05-10", false);
		long y1 = f.meeting(y, "2008-05-20", false);
		long x2 = f.meeting(x, "2008-11-10", false);
		long cancelled = f.meeting(x, "2008-06-01", true);
		long future = f.meeting(x, "2009-06-01", false);
		f.attend(x1, "Officer A", a, "PRESENT");
		f.attend(x1, "Officer B", b, "APOLOGIES");
		f.attend(x2, "Officer A", a, "PRESENT");
		f.attend(x2, "Stand-in C", c, "SUBSTITUTE");
		f.attend(y1, "Officer B", b, "PRESENT");
		f.attend(cancelled, "Officer C", c, "PRESENT");
		f.attend(future, "Officer C", c, "PRESENT");
		f.action(x1, a, "2008-06-01", "2008-05-30");
		f.action(x1, b, "2008-06-01", null);
		f.action(x1, b, "2008-12-01", "2008-12-15");
		f.action(x1, c, "2009-03-01", null);
		f.commitment(a, "DELIVERED", "2008-10-01");
		f.commitment(a, "NOT_DELIVERED", "2008-10-01");
		f.commitment(c, "DELIVERED", "2009-02-01");
		f.signed(a, c);
		return new Engaged(f, a, b, c);
	}

	@Test
	void hardToEngageRankingMatchesTheHandWorkedAnswer() {
		Engaged e = engaged();
		List<Engagement.Row> rows = engagement.ranking(e.f().p, AnalysisScope.ALL, AS_OF);
		assertThat(rows)
			.extracting(Engagement.Row::rank, Engagement.Row::organisationId, Engagement.Row::expected,
					Engagement.Row::attended, Engagement.Row::apologies, Engagement.Row::actionsLed,
					Engagement.Row::overdue, Engagement.Row::late, Engagement.Row::commitments,
					Engagement.Row::delivered, Engagement.Row::signed)
			.containsExactly(tuple(1, e.b(), 3, 1, 1, 2, 1, 1, 0, 0, false),
					tuple(2, e.c(), 2, 1, 0, 1, 0, 0, 1, 0, true), tuple(3, e.a(), 3, 2, 0, 1, 0, 0, 2, 1, true));
		assertThat(rows).extracting(Engagement.Row::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("66.7"), new BigDecimal("40.0"), new BigDecimal("23.3"));
		assertThat(rows.get(0).attendanceRate()).isEqualByComparingTo("33.3");
	}

	@Test
	void aDistrictCountsOnlyItsBodies() {
		Engaged e = engaged();
		// X only: A 2 of 2 (0 + 10) = 10; B 0 of 2 (40 + 30 + 10) = 80; C 1 of 2 (20 +
		// 20) = 40.
		assertThat(engagement.ranking(e.f().p, AnalysisScope.district("Test district"), AS_OF))
			.extracting(Engagement.Row::organisationId, r -> r.score().toPlainString())
			.containsExactly(tuple(e.b(), "80.0"), tuple(e.c(), "40.0"), tuple(e.a(), "10.0"));
	}

	@Test
	void aNeighbourhoodCountsTheBodiesWhoseMeetingsDiscussedIt() {
		Engaged e = engaged();
		long y1 = jdbc
			.sql("select m.id from partner_meetings m join partner_bodies b on b.id = m.body_id "
					+ "where b.partnership_id = :p and b.name = 'Y'")
			.param("p", e.f().p)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into partner_agenda_items (partnership_id, meeting_id, position, title, neighbourhood_key)
				values (:p, :m, 1, 'Item', 'test-neighbourhood')
				""").param("p", e.f().p).param("m", y1).update();
		// Y only: A missed Y1 (40) + commitments 1 of 2 (10) = 50; C is not in Y,
		// commitments (20) = 20;
		// B attended Y1, not signed (10) = 10.
		assertThat(engagement.ranking(e.f().p, AnalysisScope.neighbourhood("test-neighbourhood", "Test"), AS_OF))
			.extracting(Engagement.Row::organisationId, r -> r.score().toPlainString())
			.containsExactly(tuple(e.a(), "50.0"), tuple(e.c(), "20.0"), tuple(e.b(), "10.0"));
	}

	@Test
	void trendIsByFinancialHalfYearAndTheExplanationListsTheMeetingsAndActions() {
		Engaged e = engaged();
		assertThat(
				engagement.trend(e.f().p, AnalysisScope.ALL, AS_OF).stream().filter(t -> t.organisationId() == e.b()))
			.extracting(Engagement.Trend::half, Engagement.Trend::expected, Engagement.Trend::attended,
					Engagement.Trend::actionsDue, Engagement.Trend::actionsOverdueOrLate)
			.containsExactly(tuple("2008/09 April to September", 2, 1, 1, 1),
					tuple("2008/09 October to March", 1, 0, 1, 1));
		assertThat(
				engagement.trend(e.f().p, AnalysisScope.ALL, AS_OF).stream().filter(t -> t.organisationId() == e.c()))
			.extracting(Engagement.Trend::half, Engagement.Trend::expected, Engagement.Trend::attended,
					Engagement.Trend::actionsDue)
			.as("the action due after the 'as of' date is not in the trend")
			.containsExactly(tuple("2008/09 April to September", 1, 0, 0), tuple("2008/09 October to March", 1, 1, 0));

		assertThat(engagement.meetings(e.f().p, AnalysisScope.ALL, AS_OF, e.b()))
			.extracting(Engagement.ExpectedMeeting::body, m -> m.date().toString(), Engagement.ExpectedMeeting::outcome)
			.containsExactly(tuple("X", "2008-05-10", "Apologies"), tuple("Y", "2008-05-20", "Attended"),
					tuple("X", "2008-11-10", "Absent"));
		assertThat(engagement.actions(e.f().p, AnalysisScope.ALL, AS_OF, e.b())).extracting(Engagement.LedAction::state)
			.containsExactly("overdue", "late");
		assertThat(engagement.commitments(e.f().p, AS_OF, e.c())).extracting(Engagement.CommitmentState::status)
			.containsExactly("Not recorded");
	}

	/**
	 * Bodies P (A, B, C), Q (A, B) and R (C, D). "Anti-social behaviour" is on P's agenda
	 * on 10 May 2008 and Q's on 20 May (as "anti-social behaviour ", another case and a
	 * space): two bodies in 2008 Q2. P discusses it again in November (Q4, one body), R
	 * discusses litter in May (one body). P and Q share A and B of A, B, C: 66.7%, a
	 * merge suggestion; P and R share only C. Officer A attends P and Q in May 2008: two
	 * meetings; nobody else attends two in a month.
	 */
	@Test
	void meetingLoadFindsTheSharedIssueTheOverlapAndTheBusyPerson() {
		Fixture f = new Fixture();
		long a = f.organisation("A");
		long b = f.organisation("B");
		long c = f.organisation("C");
		long d = f.organisation("D");
		long p = f.body("P", null, a, b, c);
		long q = f.body("Q", null, a, b);
		long r = f.body("R", null, c, d);
		long p1 = f.meeting(p, "2008-05-10", false);
		long q1 = f.meeting(q, "2008-05-20", false);
		long p2 = f.meeting(p, "2008-11-10", false);
		long r1 = f.meeting(r, "2008-05-12", false);
		agenda(f, p1, "Anti-social behaviour");
		agenda(f, q1, "anti-social behaviour ");
		agenda(f, p2, "anti-social behaviour");
		agenda(f, r1, "litter");
		f.attend(p1, "Officer A", a, "PRESENT");
		f.attend(q1, "officer a", a, "PRESENT");
		f.attend(p2, "Officer A", a, "PRESENT");
		f.attend(r1, "Officer C", c, "PRESENT");

		List<MeetingLoad.SharedIssue> issues = load.sharedIssues(f.p, AnalysisScope.ALL);
		assertThat(issues)
			.extracting(MeetingLoad.SharedIssue::issue, MeetingLoad.SharedIssue::quarter,
					MeetingLoad.SharedIssue::bodies, MeetingLoad.SharedIssue::bodyNames)
			.containsExactly(tuple("anti-social behaviour", "2008 Q2", 2, List.of("P", "Q")));
		assertThat(issues.get(0).meetingIds()).containsExactlyInAnyOrder(p1, q1);

		List<MeetingLoad.Overlap> overlaps = load.overlaps(f.p, AnalysisScope.ALL);
		assertThat(overlaps)
			.extracting(MeetingLoad.Overlap::first, MeetingLoad.Overlap::second, MeetingLoad.Overlap::shared,
					MeetingLoad.Overlap::combined, o -> o.overlap().toPlainString())
			.containsExactly(tuple("P", "Q", 2, 3, "66.7"));

		assertThat(load.meetingsPerPersonPerMonth(f.p, AnalysisScope.ALL, 2))
			.extracting(MeetingLoad.PersonMonth::month, MeetingLoad.PersonMonth::meetings,
					MeetingLoad.PersonMonth::bodyNames)
			.containsExactly(tuple("2008-05", 2, List.of("P", "Q")));

		assertThat(Analyses.suggestions(issues, overlaps)).extracting(MeetingLoad.Suggestion::text)
			.containsExactly(
					"Consider merging P and Q, or meeting jointly: they share 2 of their 3 member organisations (66.7%).",
					"Consider one themed meeting on anti-social behaviour: P, Q all discussed it in 2008 Q2.");
	}

	private void agenda(Fixture f, long meeting, String issue) {
		jdbc.sql("""
				insert into partner_agenda_items (partnership_id, meeting_id, position, title, issue)
				values (:p, :m, 1, 'Item', :i)
				""").param("p", f.p).param("m", meeting).param("i", issue).update();
	}

}
