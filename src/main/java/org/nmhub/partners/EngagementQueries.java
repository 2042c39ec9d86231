package org.nmhub.partners;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The partnership analyses, computed in SQL: how engaged each partner organisation is
 * (attendance at the bodies it belongs to, actions it leads, commitments delivered,
 * protocol signed), and meeting load and duplication. Every query is limited to one
 * partnership and, optionally, one district's or neighbourhood's bodies; "as of" fixes
 * what counts as past and overdue.
 */
@Repository
class EngagementQueries {

	/**
	 * Bodies in scope (see {@link AnalysisScope}), their members, meetings and actions.
	 */
	private static final String SCOPE = AnalysisScope.SQL
			+ """
					, member_bodies as (
					  select distinct m.organisation_id, m.body_id from partner_body_members m join scope s on s.id = m.body_id
					  where m.organisation_id is not null
					),
					expected as (
					  select mb.organisation_id, mt.id as meeting_id, mt.body_id,
					         cast(mt.starts_at at time zone 'Europe/London' as date) as day
					  from member_bodies mb join partner_meetings mt on mt.body_id = mb.body_id and mt.partnership_id = :p
					  where not mt.cancelled and cast(mt.starts_at at time zone 'Europe/London' as date) < :asOf
					),
					presence as (
					  select e.organisation_id, e.meeting_id, e.body_id, e.day,
					         coalesce(bool_or(a.status in ('PRESENT', 'SUBSTITUTE')), false) as attended,
					         coalesce(bool_or(a.status = 'APOLOGIES'), false) as apologies
					  from expected e
					  left join partner_attendance a on a.meeting_id = e.meeting_id and a.organisation_id = e.organisation_id
					                                and a.partnership_id = :p
					  group by e.organisation_id, e.meeting_id, e.body_id, e.day
					),
					actions as (
					  select a.id, a.meeting_id, mt.body_id, a.owner_organisation_id as organisation_id, a.description, a.due_on,
					         a.completed_on,
					         case when a.completed_on is not null and a.due_on is not null and a.completed_on > a.due_on then 'late'
					              when a.completed_on is not null then 'done'
					              when a.due_on is not null and a.due_on < :asOf then 'overdue'
					              else 'open' end as state
					  from partner_meeting_actions a join partner_meetings mt on mt.id = a.meeting_id join scope s on s.id = mt.body_id
					  where a.partnership_id = :p and a.owner_organisation_id is not null
					    and cast(mt.starts_at at time zone 'Europe/London' as date) < :asOf
					)
					""";

	private final JdbcClient jdbc;

	EngagementQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every partner with any meeting, action or commitment, ranked hardest to engage
	 * first.
	 */
	List<Engagement.Row> ranking(long partnership, AnalysisScope scope, LocalDate asOf) {
		return jdbc
			.sql("with " + SCOPE
					+ """
							, att as (
							  select organisation_id, count(*) as expected, count(*) filter (where attended) as attended,
							         count(*) filter (where not attended and apologies) as apologies
							  from presence group by organisation_id
							), led as (
							  select organisation_id, count(*) as led, count(*) filter (where state = 'overdue') as overdue,
							         count(*) filter (where state = 'late') as late
							  from actions group by organisation_id
							), comm as (
							  select c.organisation_id, count(*) as total, count(*) filter (where latest.status = 'DELIVERED') as delivered
							  from partner_commitments c
							  left join lateral (select d.status from partner_commitment_deliveries d
							                     where d.commitment_id = c.id and d.recorded_on <= :asOf
							                     order by d.recorded_on desc, d.id desc limit 1) latest on true
							  where c.partnership_id = :p group by c.organisation_id
							), signed as (
							  select s.organisation_id from partner_protocol_signatures s
							  where s.partnership_id = :p and s.protocol_id = %s
							), rows as (
							  select o.id, o.name, coalesce(att.expected, 0) as expected, coalesce(att.attended, 0) as attended,
							         coalesce(att.apologies, 0) as apologies,
							         case when att.expected > 0 then round(100.0 * att.attended / att.expected, 1) end as rate,
							         coalesce(led.led, 0) as led, coalesce(led.overdue, 0) as overdue, coalesce(led.late, 0) as late,
							         coalesce(comm.total, 0) as commitments, coalesce(comm.delivered, 0) as delivered,
							         exists (select 1 from signed where signed.organisation_id = o.id) as signed,
							         round(coalesce(40.0 * (att.expected - att.attended) / nullif(att.expected, 0), 0)
							             + coalesce(30.0 * (led.overdue + led.late) / nullif(led.led, 0), 0)
							             + coalesce(20.0 * (comm.total - comm.delivered) / nullif(comm.total, 0), 0)
							             + case when exists (select 1 from signed where signed.organisation_id = o.id) then 0 else 10 end,
							             1) as score
							  from organisations o
							  join partnership_organisations po on po.organisation_id = o.id and po.partnership_id = :p
							  left join att on att.organisation_id = o.id
							  left join led on led.organisation_id = o.id
							  left join comm on comm.organisation_id = o.id
							  where att.expected > 0 or led.led > 0 or comm.total > 0
							)
							select rank() over (order by score desc) as rank, * from rows order by score desc, name
							"""
						.formatted(SharingProtocolRepository.CURRENT_VERSION))
			.params(scope.params(partnership))
			.param("asOf", asOf)
			.query((rs, n) -> new Engagement.Row(rs.getInt("rank"), rs.getLong("id"), rs.getString("name"),
					rs.getInt("expected"), rs.getInt("attended"), rs.getInt("apologies"), rs.getBigDecimal("rate"),
					rs.getInt("led"), rs.getInt("overdue"), rs.getInt("late"), rs.getInt("commitments"),
					rs.getInt("delivered"), rs.getBoolean("signed"), rs.getBigDecimal("score")))
			.list();
	}

	/**
	 * Attendance and actions by financial half-year (April–September, October–March) for
	 * each organisation: meetings by their date, actions by their due date.
	 */
	List<Engagement.Trend> trend(long partnership, AnalysisScope scope, LocalDate asOf) {
		return jdbc
			.sql("with " + SCOPE
					+ """
							, halves as (
							  select organisation_id, day, attended, null::text as state from presence
							  union all
							  select organisation_id, due_on, null, state from actions where due_on is not null and due_on < :asOf
							), labelled as (
							  select organisation_id, attended, state,
							         extract(year from day)::int - case when extract(month from day) < 4 then 1 else 0 end as fy,
							         case when extract(month from day) between 4 and 9 then 1 else 2 end as half
							  from halves
							)
							select l.organisation_id, o.name,
							       l.fy || '/' || lpad(((l.fy + 1) % 100)::text, 2, '0') || case when l.half = 1 then ' April to September' else ' October to March' end as label,
							       count(*) filter (where l.state is null) as expected,
							       count(*) filter (where l.state is null and l.attended) as attended,
							       round(100.0 * count(*) filter (where l.state is null and l.attended)
							             / nullif(count(*) filter (where l.state is null), 0), 1) as rate,
							       count(*) filter (where l.state is not null) as due,
							       count(*) filter (where l.state in ('overdue', 'late')) as bad
							from labelled l join organisations o on o.id = l.organisation_id
							group by l.organisation_id, o.name, l.fy, l.half
							order by o.name, l.fy, l.half
							""")
			.params(scope.params(partnership))
			.param("asOf", asOf)
			.query((rs, n) -> new Engagement.Trend(rs.getLong("organisation_id"), rs.getString("name"),
					rs.getString("label"), rs.getInt("expected"), rs.getInt("attended"), rs.getBigDecimal("rate"),
					rs.getInt("due"), rs.getInt("bad")))
			.list();
	}

	/** The meetings behind an organisation's attendance rate. */
	List<Engagement.ExpectedMeeting> meetings(long partnership, AnalysisScope scope, LocalDate asOf,
			long organisation) {
		return jdbc
			.sql("with " + SCOPE
					+ """
							select pr.meeting_id, s.name, pr.day,
							       case when pr.attended then 'Attended' when pr.apologies then 'Apologies' else 'Absent' end as outcome
							from presence pr join scope s on s.id = pr.body_id
							where pr.organisation_id = :o order by pr.day, s.name
							""")
			.params(scope.params(partnership))
			.param("asOf", asOf)
			.param("o", organisation)
			.query((rs, n) -> new Engagement.ExpectedMeeting(rs.getLong("meeting_id"), rs.getString("name"),
					rs.getObject("day", LocalDate.class), rs.getString("outcome")))
			.list();
	}

	/** The actions behind an organisation's overdue and late counts. */
	List<Engagement.LedAction> actions(long partnership, AnalysisScope scope, LocalDate asOf, long organisation) {
		return jdbc.sql("with " + SCOPE + """
				select a.meeting_id, s.name, a.description, a.due_on, a.completed_on, a.state
				from actions a join scope s on s.id = a.body_id
				where a.organisation_id = :o order by a.due_on nulls last, a.id
				""")
			.params(scope.params(partnership))
			.param("asOf", asOf)
			.param("o", organisation)
			.query((rs, n) -> new Engagement.LedAction(rs.getLong("meeting_id"), rs.getString("name"),
					rs.getString("description"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("completed_on", LocalDate.class), rs.getString("state")))
			.list();
	}

	/** An organisation's commitments with their latest delivery status as of the date. */
	List<Engagement.CommitmentState> commitments(long partnership, LocalDate asOf, long organisation) {
		return jdbc.sql("""
				select c.agreement_id, c.kind, c.description,
				       coalesce((select d.status from partner_commitment_deliveries d
				                 where d.commitment_id = c.id and d.recorded_on <= :asOf
				                 order by d.recorded_on desc, d.id desc limit 1), 'NOT_RECORDED') as status
				from partner_commitments c where c.partnership_id = :p and c.organisation_id = :o order by c.id
				""")
			.param("p", partnership)
			.param("asOf", asOf)
			.param("o", organisation)
			.query((rs, n) -> new Engagement.CommitmentState(rs.getLong("agreement_id"),
					CommitmentKind.valueOf(rs.getString("kind")).label(), rs.getString("description"),
					"NOT_RECORDED".equals(rs.getString("status")) ? "Not recorded"
							: DeliveryStatus.valueOf(rs.getString("status")).label()))
			.list();
	}

}
