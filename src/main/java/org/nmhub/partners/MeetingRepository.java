package org.nmhub.partners;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

	static final String ZONE = "Europe/London";

	private static final String COLUMNS = """
			m.id, m.body_id, b.name as body_name, b.public as body_public,
			m.starts_at at time zone 'Europe/London' as starts_local, m.ends_at at time zone 'Europe/London' as ends_local,
			m.time_recorded, m.location, m.minutes, m.cancelled, m.source, m.illustrative, m.ends_at < now() as past
			""";

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Meetings of the bodies given (all the partnership's if {@code null}), without
	 * details, by date.
	 */
	List<Meeting> meetings(long partnership, @Nullable Collection<Long> bodies) {
		if (bodies != null && bodies.isEmpty()) {
			return List.of();
		}
		return summaries(partnership, bodies == null ? "" : " and m.body_id in (:bodies)",
				bodies == null ? Map.of() : Map.of("bodies", bodies));
	}

	private List<Meeting> summaries(long partnership, String condition, Map<String, ?> params) {
		return jdbc.sql("select " + COLUMNS + """
				from partner_meetings m join partner_bodies b on b.id = m.body_id
				where m.partnership_id = :p
				""" + condition + " order by m.starts_at, m.id")
			.param("p", partnership)
			.params(params)
			.query((rs, n) -> new Meeting(rs.getLong("id"), rs.getLong("body_id"), rs.getString("body_name"),
					rs.getBoolean("body_public"), rs.getObject("starts_local", LocalDateTime.class),
					rs.getObject("ends_local", LocalDateTime.class), rs.getBoolean("time_recorded"),
					rs.getString("location"), rs.getString("minutes"), rs.getBoolean("cancelled"),
					rs.getString("source"), rs.getBoolean("illustrative"), rs.getBoolean("past"), List.of(), List.of(),
					List.of(), List.of()))
			.list();
	}

	/** Meetings of the partnership's public bodies, for residents. */
	List<Meeting> publicMeetings(long partnership) {
		List<Long> bodies = jdbc.sql("select id from partner_bodies where partnership_id = :p and public")
			.param("p", partnership)
			.query(Long.class)
			.list();
		return meetings(partnership, bodies);
	}

	/** A meeting with its agenda, attendance, decisions and actions. */
	Optional<Meeting> meeting(long partnership, long id) {
		return summaries(partnership, " and m.id = :id", Map.of("id", id)).stream()
			.findFirst()
			.map(m -> new Meeting(m.id(), m.bodyId(), m.bodyName(), m.bodyPublic(), m.startsAt(), m.endsAt(),
					m.timeRecorded(), m.location(), m.minutes(), m.cancelled(), m.source(), m.illustrative(), m.past(),
					agenda(partnership, id), attendance(partnership, id), decisions(partnership, id),
					actions(partnership, id)));
	}

	private List<Meeting.AgendaItem> agenda(long partnership, long meeting) {
		return jdbc.sql("""
				select title, neighbourhood_key, theme, issue from partner_agenda_items
				where partnership_id = :p and meeting_id = :m order by position, id
				""").param("p", partnership).param("m", meeting).query((rs, n) -> {
			String theme = rs.getString("theme");
			return new Meeting.AgendaItem(rs.getString("title"), rs.getString("neighbourhood_key"), null,
					theme == null ? null : Theme.valueOf(theme).label(), rs.getString("issue"));
		}).list();
	}

	private List<Meeting.Attendee> attendance(long partnership, long meeting) {
		return jdbc.sql("""
				select a.person, o.name, a.status, a.substitute_for, a.guest from partner_attendance a
				left join organisations o on o.id = a.organisation_id
				where a.partnership_id = :p and a.meeting_id = :m
				order by array_position(array['PRESENT','SUBSTITUTE','APOLOGIES'], a.status), a.id
				""").param("p", partnership).param("m", meeting).query((rs, n) -> {
			AttendanceStatus status = AttendanceStatus.valueOf(rs.getString("status"));
			return new Meeting.Attendee(rs.getString("person"), rs.getString("name"), status.name(), status.label(),
					rs.getString("substitute_for"), rs.getBoolean("guest"));
		}).list();
	}

	private List<String> decisions(long partnership, long meeting) {
		return jdbc.sql(
				"select text from partner_decisions where partnership_id = :p and meeting_id = :m order by position, id")
			.param("p", partnership)
			.param("m", meeting)
			.query(String.class)
			.list();
	}

	private List<Meeting.Action> actions(long partnership, long meeting) {
		return jdbc.sql("""
				select a.id, a.description, a.owner_organisation_id, o.name, a.due_on, a.completed_on,
				       (a.due_on is not null and a.completed_on is null and a.due_on < current_date) as overdue
				from partner_meeting_actions a left join organisations o on o.id = a.owner_organisation_id
				where a.partnership_id = :p and a.meeting_id = :m order by a.id
				""")
			.param("p", partnership)
			.param("m", meeting)
			.query((rs, n) -> new Meeting.Action(rs.getLong("id"), rs.getString("description"),
					rs.getObject("owner_organisation_id", Long.class), rs.getString("name"),
					rs.getObject("due_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
					rs.getBoolean("overdue")))
			.list();
	}

	/** The organisations that are members of a body. */
	List<Long> memberOrganisations(long partnership, long body) {
		return jdbc.sql("""
				select distinct m.organisation_id from partner_body_members m join partner_bodies b on b.id = m.body_id
				where b.partnership_id = :p and b.id = :b and m.organisation_id is not null
				""").param("p", partnership).param("b", body).query(Long.class).list();
	}

	/**
	 * Bodies a person is named on as a member or recorded attending (by name, ignoring
	 * case).
	 */
	List<Long> bodiesOfPerson(long partnership, String person) {
		return jdbc.sql("""
				select b.id from partner_body_members m join partner_bodies b on b.id = m.body_id
				where b.partnership_id = :p and lower(m.person) = lower(:person)
				union
				select mt.body_id from partner_attendance a join partner_meetings mt on mt.id = a.meeting_id
				where a.partnership_id = :p and lower(a.person) = lower(:person)
				""").param("p", partnership).param("person", person).query(Long.class).list();
	}

	long insertMeeting(long partnership, long body, LocalDateTime startsAt, LocalDateTime endsAt, String location) {
		return jdbc
			.sql("""
					insert into partner_meetings (partnership_id, body_id, starts_at, ends_at, location)
					select :p, b.id, cast(:s as timestamp) at time zone 'Europe/London', cast(:e as timestamp) at time zone 'Europe/London', :l
					from partner_bodies b where b.id = :b and b.partnership_id = :p returning id
					""")
			.param("p", partnership)
			.param("b", body)
			.param("s", startsAt)
			.param("e", endsAt)
			.param("l", location)
			.query(Long.class)
			.single();
	}

	long insertAgendaItem(long partnership, long meeting, String title, @Nullable String neighbourhood,
			@Nullable Theme theme, @Nullable String issue) {
		return jdbc
			.sql("""
					insert into partner_agenda_items (partnership_id, meeting_id, position, title, neighbourhood_key, theme, issue)
					select :p, m.id, coalesce((select max(position) + 1 from partner_agenda_items where meeting_id = m.id), 1),
					       :t, :n, :theme, :issue
					from partner_meetings m where m.id = :m and m.partnership_id = :p returning id
					""")
			.param("p", partnership)
			.param("m", meeting)
			.param("t", title)
			.param("n", neighbourhood)
			.param("theme", theme == null ? null : theme.name())
			.param("issue", issue)
			.query(Long.class)
			.single();
	}

	/**
	 * Records attendance; a person whose organisation is not a member of the body is a
	 * guest.
	 */
	record Recorded(long id, boolean guest) {
	}

	Recorded insertAttendance(long partnership, long meeting, String person, long organisation, AttendanceStatus status,
			@Nullable String substituteFor) {
		return jdbc
			.sql("""
					insert into partner_attendance (partnership_id, meeting_id, person, organisation_id, status, substitute_for, guest)
					select :p, m.id, :person, :o, :s, :sub,
					       not exists (select 1 from partner_body_members bm where bm.body_id = m.body_id and bm.organisation_id = :o)
					from partner_meetings m where m.id = :m and m.partnership_id = :p returning id, guest
					""")
			.param("p", partnership)
			.param("m", meeting)
			.param("person", person)
			.param("o", organisation)
			.param("s", status.name())
			.param("sub", substituteFor)
			.query((rs, n) -> new Recorded(rs.getLong("id"), rs.getBoolean("guest")))
			.single();
	}

	void updateMinutes(long partnership, long meeting, String minutes) {
		jdbc.sql("update partner_meetings set minutes = :t where id = :m and partnership_id = :p")
			.param("t", minutes)
			.param("m", meeting)
			.param("p", partnership)
			.update();
	}

	long insertDecision(long partnership, long meeting, String text) {
		return jdbc
			.sql("""
					insert into partner_decisions (partnership_id, meeting_id, position, text)
					select :p, m.id, coalesce((select max(position) + 1 from partner_decisions where meeting_id = m.id), 1), :t
					from partner_meetings m where m.id = :m and m.partnership_id = :p returning id
					""")
			.param("p", partnership)
			.param("m", meeting)
			.param("t", text)
			.query(Long.class)
			.single();
	}

	long insertAction(long partnership, long meeting, String description, long owner, @Nullable LocalDate dueOn) {
		return jdbc
			.sql("""
					insert into partner_meeting_actions (partnership_id, meeting_id, description, owner_organisation_id, due_on)
					select :p, m.id, :d, :o, :due from partner_meetings m where m.id = :m and m.partnership_id = :p returning id
					""")
			.param("p", partnership)
			.param("m", meeting)
			.param("d", description)
			.param("o", owner)
			.param("due", dueOn)
			.query(Long.class)
			.single();
	}

	/** The meeting an action arose at, within the partnership. */
	Optional<Long> meetingOfAction(long partnership, long action) {
		return jdbc.sql("select meeting_id from partner_meeting_actions where id = :a and partnership_id = :p")
			.param("a", action)
			.param("p", partnership)
			.query(Long.class)
			.optional();
	}

	void completeAction(long partnership, long action, LocalDate on) {
		jdbc.sql("update partner_meeting_actions set completed_on = :on where id = :a and partnership_id = :p")
			.param("on", on)
			.param("a", action)
			.param("p", partnership)
			.update();
	}

}
