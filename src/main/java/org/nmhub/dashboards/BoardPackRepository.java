package org.nmhub.dashboards;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Board packs and which bodies receive them. Reads the partners module's bodies, members
 * and meetings and the access module's members (read-only, ADR 0027); writes only its own
 * tables.
 */
@Repository
class BoardPackRepository {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** A body receives packs when marked so, or by default when it is a board. */
	private static final String RECEIVING = " coalesce(s.receives, b.type = 'BOARD') ";

	private final JdbcClient jdbc;

	BoardPackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record DueMeeting(long meetingId, long partnershipId, String slug, String partnershipName, long bodyId,
			String bodyName, LocalDateTime startsAt, String location) {
	}

	/**
	 * Meetings of receiving bodies, not cancelled, that start after {@code now} and
	 * within their body's days before, and have no pack yet, in every partnership.
	 */
	List<DueMeeting> dueMeetings(Instant now) {
		return jdbc.sql("""
				select m.id, m.partnership_id, p.slug, p.name as partnership_name, b.id as body_id, b.name as body_name,
				       m.starts_at, m.location
				from partner_meetings m
				join partner_bodies b on b.id = m.body_id and b.partnership_id = m.partnership_id
				join partnerships p on p.id = m.partnership_id
				left join dashboards_pack_bodies s on s.body_id = b.id
				where not m.cancelled and m.starts_at > cast(:now as timestamptz)
				  and m.starts_at <= cast(:now as timestamptz) + make_interval(days => coalesce(s.days_before, 7))
				  and """ + RECEIVING + """
				  and not exists (select 1 from dashboards_board_packs k where k.meeting_id = m.id)
				order by m.starts_at, m.id
				""")
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, n) -> new DueMeeting(rs.getLong("id"), rs.getLong("partnership_id"), rs.getString("slug"),
					rs.getString("partnership_name"), rs.getLong("body_id"), rs.getString("body_name"),
					rs.getTimestamp("starts_at").toInstant().atZone(LONDON).toLocalDateTime(),
					rs.getString("location")))
			.list();
	}

	record AgendaItem(String title, @Nullable String neighbourhood, @Nullable String issue) {
	}

	List<AgendaItem> agenda(long partnership, long meeting) {
		return jdbc.sql("""
				select a.title, n.name as neighbourhood, a.issue
				from partner_agenda_items a
				left join neighbourhoods n on n.partnership_id = a.partnership_id and n.key = a.neighbourhood_key
				where a.partnership_id = :p and a.meeting_id = :m
				order by a.position, a.id
				""")
			.param("p", partnership)
			.param("m", meeting)
			.query((rs, n) -> new AgendaItem(rs.getString("title"), rs.getString("neighbourhood"),
					rs.getString("issue")))
			.list();
	}

	/**
	 * Stores the meeting's pack unless it has one.
	 * @return the new pack's id, or empty when another run (or instance) made it first
	 */
	Optional<Long> insert(long partnership, long meeting, long body, String title, byte[] pdf) {
		return jdbc.sql("""
				insert into dashboards_board_packs (partnership_id, meeting_id, body_id, title, pdf)
				values (:p, :m, :b, :t, :pdf)
				on conflict (meeting_id) do nothing
				returning id
				""")
			.param("p", partnership)
			.param("m", meeting)
			.param("b", body)
			.param("t", title)
			.param("pdf", pdf)
			.query(Long.class)
			.optional();
	}

	void recordRecipients(long pack, int recipients) {
		jdbc.sql("update dashboards_board_packs set recipients = :r where id = :id")
			.param("r", recipients)
			.param("id", pack)
			.update();
	}

	/**
	 * The e-mail addresses of the body's members with an NM Hub account in the
	 * partnership: people named as its members, and for a board the partnership's board
	 * members.
	 */
	List<String> recipients(long partnership, long body) {
		return jdbc.sql("""
				select distinct u.email
				from users u
				join memberships ms on ms.user_id = u.id and ms.partnership_id = :p
				join partner_bodies b on b.id = :b and b.partnership_id = :p
				where (b.type = 'BOARD' and ms.role = 'BOARD_MEMBER')
				   or exists (select 1 from partner_body_members bm where bm.body_id = b.id
				              and lower(u.display_name) in (lower(bm.person), lower(bm.member)))
				order by u.email
				""").param("p", partnership).param("b", body).query(String.class).list();
	}

	record Pack(long id, long meetingId, long bodyId, String bodyName, String title, LocalDateTime meetingStartsAt,
			LocalDateTime generatedAt, int recipients) {
	}

	private static final String PACK = """
			select k.id, k.meeting_id, k.body_id, b.name as body_name, k.title, m.starts_at, k.generated_at, k.recipients
			from dashboards_board_packs k
			join partner_bodies b on b.id = k.body_id
			join partner_meetings m on m.id = k.meeting_id
			where k.partnership_id = :p
			""";

	/**
	 * The packs the user may open: every pack for an administrator, otherwise those of
	 * bodies the user is a member of.
	 */
	List<Pack> packs(long partnership, long user, boolean administrator) {
		return jdbc.sql(PACK + " and (:admin or " + MEMBER + ") order by m.starts_at desc, k.id desc")
			.param("p", partnership)
			.param("u", user)
			.param("admin", administrator)
			.query(BoardPackRepository::pack)
			.list();
	}

	Optional<Pack> pack(long partnership, long id, long user, boolean administrator) {
		return jdbc.sql(PACK + " and k.id = :id and (:admin or " + MEMBER + ")")
			.param("p", partnership)
			.param("id", id)
			.param("u", user)
			.param("admin", administrator)
			.query(BoardPackRepository::pack)
			.optional();
	}

	boolean exists(long partnership, long id) {
		return jdbc.sql("select count(*) from dashboards_board_packs where partnership_id = :p and id = :id")
			.param("p", partnership)
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether user {@code :u} is a member of the pack's body (as for the recipients). */
	private static final String MEMBER = """
			exists (select 1 from users u join memberships ms on ms.user_id = u.id and ms.partnership_id = :p
			        where u.id = :u and ((b.type = 'BOARD' and ms.role = 'BOARD_MEMBER')
			              or exists (select 1 from partner_body_members bm where bm.body_id = b.id
			                         and lower(u.display_name) in (lower(bm.person), lower(bm.member)))))
			""";

	byte[] pdf(long partnership, long id) {
		return jdbc.sql("select pdf from dashboards_board_packs where partnership_id = :p and id = :id")
			.param("p", partnership)
			.param("id", id)
			.query(byte[].class)
			.single();
	}

	private static Pack pack(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Pack(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("body_id"), rs.getString("body_name"),
				rs.getString("title"), rs.getTimestamp("starts_at").toInstant().atZone(LONDON).toLocalDateTime(),
				rs.getTimestamp("generated_at").toInstant().atZone(LONDON).toLocalDateTime(), rs.getInt("recipients"));
	}

	record Receiving(long bodyId, String name, String type, boolean receives, int daysBefore, boolean marked) {
	}

	/**
	 * The partnership's bodies with whether each receives packs, and how many days
	 * before.
	 */
	List<Receiving> bodies(long partnership) {
		return jdbc.sql("""
				select b.id, b.name, b.type, """ + RECEIVING + """
				        as receives, coalesce(s.days_before, 7) as days_before, s.body_id is not null as marked
				from partner_bodies b left join dashboards_pack_bodies s on s.body_id = b.id
				where b.partnership_id = :p
				order by b.name
				""")
			.param("p", partnership)
			.query((rs, n) -> new Receiving(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
					rs.getBoolean("receives"), rs.getInt("days_before"), rs.getBoolean("marked")))
			.list();
	}

	/**
	 * @return false when the body is not the partnership's
	 */
	boolean mark(long partnership, long body, boolean receives, int daysBefore, String by) {
		return jdbc
			.sql("""
					insert into dashboards_pack_bodies (body_id, partnership_id, receives, days_before, updated_by)
					select b.id, b.partnership_id, :r, :d, :by from partner_bodies b where b.id = :b and b.partnership_id = :p
					on conflict (body_id) do update set receives = excluded.receives, days_before = excluded.days_before,
					    updated_by = excluded.updated_by, updated_at = now()
					""")
			.param("p", partnership)
			.param("b", body)
			.param("r", receives)
			.param("d", daysBefore)
			.param("by", by)
			.update() == 1;
	}

}
