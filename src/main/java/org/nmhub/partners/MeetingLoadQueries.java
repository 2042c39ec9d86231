package org.nmhub.partners;

import java.util.List;

import org.nmhub.shared.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Meeting load and duplication, in SQL: issues on the agendas of several bodies in the
 * same quarter, bodies whose member organisations overlap, and meetings per person per
 * month. Limited to one partnership and optionally one district's or neighbourhood's
 * bodies.
 */
@Repository
class MeetingLoadQueries {

	private static final String SCOPE = AnalysisScope.SQL;

	private final JdbcClient jdbc;

	MeetingLoadQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Issues (agenda tags, ignoring case) discussed at two or more bodies in one quarter.
	 */
	List<MeetingLoad.SharedIssue> sharedIssues(long partnership, AnalysisScope scope) {
		return jdbc
			.sql("with " + SCOPE
					+ """
							, tagged as (
							  select lower(trim(i.issue)) as issue, mt.id as meeting_id, s.id as body_id, s.name as body,
							         date_trunc('quarter', mt.starts_at at time zone 'Europe/London') as quarter
							  from partner_agenda_items i join partner_meetings mt on mt.id = i.meeting_id and mt.partnership_id = :p
							  join scope s on s.id = mt.body_id
							  where i.partnership_id = :p and i.issue is not null and trim(i.issue) <> '' and not mt.cancelled
							)
							select issue, to_char(quarter, 'YYYY') || ' Q' || to_char(quarter, 'Q') as label,
							       count(distinct body_id) as bodies,
							       array_agg(distinct body) as body_names, array_agg(distinct meeting_id) as meetings
							from tagged group by issue, quarter having count(distinct body_id) >= 2
							order by quarter desc, count(distinct body_id) desc, issue
							""")
			.params(scope.params(partnership))
			.query((rs, n) -> new MeetingLoad.SharedIssue(rs.getString("issue"), rs.getString("label"),
					rs.getInt("bodies"), SqlArrays.strings(rs.getArray("body_names")),
					SqlArrays.strings(rs.getArray("meetings")).stream().map(Long::valueOf).toList()))
			.list();
	}

	/**
	 * Pairs of bodies sharing two or more member organisations, most overlapping first.
	 */
	List<MeetingLoad.Overlap> overlaps(long partnership, AnalysisScope scope) {
		return jdbc
			.sql("with " + SCOPE
					+ """
							, members as (
							  select distinct m.body_id, m.organisation_id from partner_body_members m join scope s on s.id = m.body_id
							  where m.organisation_id is not null
							), sizes as (
							  select body_id, count(*) as size from members group by body_id
							), pairs as (
							  select a.body_id as first, b.body_id as second, count(*) as shared,
							         array_agg(o.name order by o.name) as names
							  from members a join members b on a.organisation_id = b.organisation_id and a.body_id < b.body_id
							  join organisations o on o.id = a.organisation_id
							  group by a.body_id, b.body_id having count(*) >= 2
							)
							select p.first, f.name as first_name, p.second, s.name as second_name, p.shared,
							       fs.size + ss.size - p.shared as combined,
							       round(100.0 * p.shared / (fs.size + ss.size - p.shared), 1) as overlap, p.names
							from pairs p join scope f on f.id = p.first join scope s on s.id = p.second
							join sizes fs on fs.body_id = p.first join sizes ss on ss.body_id = p.second
							order by overlap desc, p.shared desc, first_name, second_name
							""")
			.params(scope.params(partnership))
			.query((rs, n) -> new MeetingLoad.Overlap(rs.getLong("first"), rs.getString("first_name"),
					rs.getLong("second"), rs.getString("second_name"), rs.getInt("shared"), rs.getInt("combined"),
					rs.getBigDecimal("overlap"), SqlArrays.strings(rs.getArray("names"))))
			.list();
	}

	/** People (by name, ignoring case) and months with the most meetings attended. */
	List<MeetingLoad.PersonMonth> meetingsPerPersonPerMonth(long partnership, AnalysisScope scope, int atLeast) {
		return jdbc.sql("with " + SCOPE + """
				select min(a.person) as person,
				       to_char(date_trunc('month', mt.starts_at at time zone 'Europe/London'), 'YYYY-MM') as month,
				       count(distinct mt.id) as meetings, array_agg(distinct s.name) as bodies
				from partner_attendance a join partner_meetings mt on mt.id = a.meeting_id and mt.partnership_id = :p
				join scope s on s.id = mt.body_id
				where a.partnership_id = :p and a.status in ('PRESENT', 'SUBSTITUTE') and not mt.cancelled
				group by lower(trim(a.person)), date_trunc('month', mt.starts_at at time zone 'Europe/London')
				having count(distinct mt.id) >= :atLeast
				order by count(distinct mt.id) desc, month desc, person
				""")
			.params(scope.params(partnership))
			.param("atLeast", atLeast)
			.query((rs, n) -> new MeetingLoad.PersonMonth(rs.getString("person"), rs.getString("month"),
					rs.getInt("meetings"), SqlArrays.strings(rs.getArray("bodies"))))
			.list();
	}

}
