package org.nmhub.plans;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Action plans, their priorities, evidence, actions and progress. Every query names the
 * partnership.
 */
@Repository
class PlanRepository {

	private static final String PLAN_SQL = """
			select p.*, n.key as neighbourhood_key, n.name as neighbourhood_name,
			       coalesce(d.name, nd.name) as district_name, coalesce(d.lad_code, nd.lad_code) as district_code,
			       ab.name as agreed_by_body, eb.name as endorsed_by_body
			from action_plans p
			left join neighbourhoods n on n.id = p.neighbourhood_id
			left join places_districts nd on nd.id = n.district_id
			left join places_districts d on d.id = p.district_id
			left join partner_bodies ab on ab.id = p.agreed_by_body_id
			left join partner_bodies eb on eb.id = p.endorsed_by_body_id
			where p.partnership_id = :p
			""";

	private static final String ACTION_SQL = """
			select a.*, o.name as lead_organisation_name,
			       array(select ap.organisation_id from plan_action_partners ap join organisations o2 on o2.id = ap.organisation_id
			             where ap.action_id = a.id order by o2.name) as partner_ids,
			       array(select o2.name from plan_action_partners ap join organisations o2 on o2.id = ap.organisation_id
			             where ap.action_id = a.id order by o2.name) as partner_names,
			       lu.id as u_id, lu.action_id as u_action_id, lu.rag as u_rag, lu.percent_complete as u_percent,
			       lu.narrative as u_narrative, lu.evidence as u_evidence, lu.completed as u_completed,
			       lu.recorded_by as u_recorded_by, lu.recorded_at as u_recorded_at
			from plan_actions a
			left join organisations o on o.id = a.lead_organisation_id
			left join lateral (select * from plan_action_updates u
			                   where u.partnership_id = a.partnership_id and u.action_lineage = a.lineage_key
			                   order by u.recorded_at desc, u.id desc limit 1) lu on true
			where a.partnership_id = :p
			""";

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Plans

	long insertPlan(long partnership, UUID lineage, int version, @Nullable Long previousId, PlanKind kind,
			@Nullable Long neighbourhoodId, @Nullable Long districtId, String title, LocalDate startsOn,
			LocalDate endsOn, int reviewMonth, boolean template, boolean illustrative, String notes, String by) {
		return jdbc
			.sql("""
					insert into action_plans (partnership_id, lineage_key, plan_version, previous_id, kind, neighbourhood_id,
					                          district_id, title, starts_on, ends_on, review_month, template, illustrative,
					                          notes, created_by)
					values (:p, :lineage, :version, :previous, :kind, :neighbourhood, :district, :title, :starts, :ends,
					        :review, :template, :illustrative, :notes, :by)
					returning id
					""")
			.param("p", partnership)
			.param("lineage", lineage)
			.param("version", version)
			.param("previous", previousId)
			.param("kind", kind.name())
			.param("neighbourhood", neighbourhoodId)
			.param("district", districtId)
			.param("title", title)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("review", reviewMonth)
			.param("template", template)
			.param("illustrative", illustrative)
			.param("notes", notes)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<Plan> plan(long partnership, long id) {
		return jdbc.sql(PLAN_SQL + " and p.id = :id")
			.param("p", partnership)
			.param("id", id)
			.query(this::plan)
			.optional();
	}

	/**
	 * Every version of every plan of the partnership, newest version first within a plan.
	 */
	List<Plan> plans(long partnership) {
		return jdbc.sql(PLAN_SQL + " order by p.kind, p.title, p.plan_version desc")
			.param("p", partnership)
			.query(this::plan)
			.list();
	}

	/** Every version of one plan, newest first. */
	List<Plan> versions(long partnership, UUID lineage) {
		return jdbc.sql(PLAN_SQL + " and p.lineage_key = :lineage order by p.plan_version desc")
			.param("p", partnership)
			.param("lineage", lineage)
			.query(this::plan)
			.list();
	}

	/** The newest agreed version of the neighbourhood's newest plan, if any. */
	Optional<Plan> agreedNeighbourhoodPlan(long partnership, long neighbourhoodId) {
		return jdbc.sql(PLAN_SQL + """
				 and p.neighbourhood_id = :n and p.kind = 'NEIGHBOURHOOD' and not p.template
				 and p.status in ('AGREED', 'ENDORSED')
				order by p.starts_on desc, p.plan_version desc limit 1
				""").param("p", partnership).param("n", neighbourhoodId).query(this::plan).optional();
	}

	/** The newest version of each of the neighbourhood's plans. */
	List<Plan> currentNeighbourhoodPlans(long partnership, long neighbourhoodId) {
		return jdbc.sql(PLAN_SQL + """
				 and p.neighbourhood_id = :n and not p.template
				 and p.plan_version = (select max(v.plan_version) from action_plans v
				                       where v.partnership_id = p.partnership_id and v.lineage_key = p.lineage_key)
				order by p.starts_on desc
				""").param("p", partnership).param("n", neighbourhoodId).query(this::plan).list();
	}

	boolean hasIllustrativePlans(long partnership) {
		return jdbc.sql("select count(*) from action_plans where partnership_id = :p and illustrative")
			.param("p", partnership)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Moves a plan from one status to another; false if it was not in the status
	 * expected.
	 */
	boolean changeStatus(long partnership, long planId, PlanStatus from, PlanStatus to) {
		return jdbc
			.sql("update action_plans set status = :to where partnership_id = :p and id = :id and status = :from")
			.param("to", to.name())
			.param("p", partnership)
			.param("id", planId)
			.param("from", from.name())
			.update() == 1;
	}

	boolean submit(long partnership, long planId, String by) {
		return jdbc.sql("""
				update action_plans set status = 'SUBMITTED', submitted_by = :by, submitted_at = now()
				where partnership_id = :p and id = :id and status = 'DRAFT'
				""").param("by", by).param("p", partnership).param("id", planId).update() == 1;
	}

	boolean agree(long partnership, long planId, long bodyId, LocalDate on, String by) {
		return jdbc.sql("""
				update action_plans set status = 'AGREED', agreed_by_body_id = :body, agreed_on = :on,
				       agreed_recorded_by = :by, agreed_recorded_at = now()
				where partnership_id = :p and id = :id and status = 'SUBMITTED'
				""")
			.param("body", bodyId)
			.param("on", on)
			.param("by", by)
			.param("p", partnership)
			.param("id", planId)
			.update() == 1;
	}

	boolean endorse(long partnership, long planId, long bodyId, LocalDate on, String by) {
		return jdbc.sql("""
				update action_plans set status = 'ENDORSED', endorsed_by_body_id = :body, endorsed_on = :on,
				       endorsed_recorded_by = :by, endorsed_recorded_at = now()
				where partnership_id = :p and id = :id and status = 'AGREED'
				""")
			.param("body", bodyId)
			.param("on", on)
			.param("by", by)
			.param("p", partnership)
			.param("id", planId)
			.update() == 1;
	}

	/**
	 * Marks earlier agreed versions of the plan superseded once a later one is agreed.
	 */
	void supersedeEarlier(long partnership, UUID lineage, int version) {
		jdbc.sql("""
				update action_plans set status = 'SUPERSEDED'
				where partnership_id = :p and lineage_key = :lineage and plan_version < :version
				  and status in ('AGREED', 'ENDORSED')
				""").param("p", partnership).param("lineage", lineage).param("version", version).update();
	}

	/**
	 * Copies a plan's priorities, evidence, actions and supporting partners into another
	 * (draft) plan, keeping their lineage keys so that versions can be compared.
	 */
	void copyContent(long partnership, long fromPlan, long toPlan, boolean keepLineage) {
		jdbc.sql(
				"""
						insert into plan_priorities (partnership_id, plan_id, lineage_key, position, title, description, category,
						                             laa_theme, reference)
						select partnership_id, :to, case when :keep then lineage_key else gen_random_uuid() end, position, title,
						       description, category, laa_theme, reference
						from plan_priorities where partnership_id = :p and plan_id = :from
						order by position
						""")
			.param("p", partnership)
			.param("from", fromPlan)
			.param("to", toPlan)
			.param("keep", keepLineage)
			.update();
		jdbc.sql("""
				insert into plan_evidence_links (partnership_id, priority_id, position, kind, reference, label)
				select e.partnership_id, np.id, e.position, e.kind, e.reference, e.label
				from plan_evidence_links e
				join plan_priorities op on op.id = e.priority_id
				join plan_priorities np on np.plan_id = :to and np.position = op.position
				where e.partnership_id = :p and op.plan_id = :from
				""").param("p", partnership).param("from", fromPlan).param("to", toPlan).update();
		jdbc.sql(
				"""
						insert into plan_actions (partnership_id, plan_id, priority_id, lineage_key, position, title, description,
						       level, reference, lead_organisation_id, lead_officer_user_id, lead_officer_name, starts_on, due_on,
						       resources_amount, resources_source, resources_kind, laa_outcome_id, laa_indicator_id,
						       success_measure, parish_plan_item, public, source_kind, source_reference, updated_by)
						select a.partnership_id, :to, np.id, case when :keep then a.lineage_key else gen_random_uuid() end,
						       a.position, a.title, a.description, a.level, a.reference, a.lead_organisation_id,
						       a.lead_officer_user_id, a.lead_officer_name, a.starts_on, a.due_on, a.resources_amount,
						       a.resources_source, a.resources_kind, a.laa_outcome_id, a.laa_indicator_id, a.success_measure,
						       a.parish_plan_item, a.public, a.source_kind, a.source_reference, a.updated_by
						from plan_actions a
						join plan_priorities op on op.id = a.priority_id
						join plan_priorities np on np.plan_id = :to and np.position = op.position
						where a.partnership_id = :p and a.plan_id = :from
						""")
			.param("p", partnership)
			.param("from", fromPlan)
			.param("to", toPlan)
			.param("keep", keepLineage)
			.update();
		jdbc.sql("""
				insert into plan_action_partners (action_id, organisation_id)
				select na.id, ap.organisation_id
				from plan_action_partners ap
				join plan_actions oa on oa.id = ap.action_id
				join plan_priorities op on op.id = oa.priority_id
				join plan_priorities np on np.plan_id = :to and np.position = op.position
				join plan_actions na on na.plan_id = :to and na.priority_id = np.id and na.position = oa.position
				where oa.partnership_id = :p and oa.plan_id = :from
				""").param("p", partnership).param("from", fromPlan).param("to", toPlan).update();
	}

	// Priorities and evidence

	long insertPriority(long partnership, long planId, UUID lineage, String title, String description,
			PriorityCategory category, String laaTheme, String reference) {
		return jdbc
			.sql("""
					insert into plan_priorities (partnership_id, plan_id, lineage_key, position, title, description, category,
					                             laa_theme, reference)
					values (:p, :plan, :lineage,
					        (select coalesce(max(position), 0) + 1 from plan_priorities where plan_id = :plan),
					        :title, :description, :category, :theme, :reference)
					returning id
					""")
			.param("p", partnership)
			.param("plan", planId)
			.param("lineage", lineage)
			.param("title", title)
			.param("description", description)
			.param("category", category.name())
			.param("theme", laaTheme)
			.param("reference", reference)
			.query(Long.class)
			.single();
	}

	void insertEvidence(long partnership, long priorityId, EvidenceKind kind, String reference, String label) {
		jdbc.sql("""
				insert into plan_evidence_links (partnership_id, priority_id, position, kind, reference, label)
				values (:p, :priority,
				        (select coalesce(max(position), 0) + 1 from plan_evidence_links where priority_id = :priority),
				        :kind, :reference, :label)
				""")
			.param("p", partnership)
			.param("priority", priorityId)
			.param("kind", kind.name())
			.param("reference", reference)
			.param("label", label)
			.update();
	}

	/** The plan's priorities in order, each with its evidence and actions. */
	List<Priority> priorities(long partnership, long planId) {
		Map<Long, List<EvidenceLink>> evidence = new LinkedHashMap<>();
		jdbc.sql("""
				select e.* from plan_evidence_links e join plan_priorities pr on pr.id = e.priority_id
				where e.partnership_id = :p and pr.plan_id = :plan order by e.priority_id, e.position
				""").param("p", partnership).param("plan", planId).query(rs -> {
			evidence.computeIfAbsent(rs.getLong("priority_id"), k -> new ArrayList<>())
				.add(new EvidenceLink(rs.getLong("id"), EvidenceKind.valueOf(rs.getString("kind")),
						rs.getString("reference"), rs.getString("label")));
		});
		Map<Long, List<Action>> actions = new LinkedHashMap<>();
		for (Action action : actions(partnership, planId)) {
			actions.computeIfAbsent(action.priorityId(), k -> new ArrayList<>()).add(action);
		}
		return jdbc.sql("select * from plan_priorities where partnership_id = :p and plan_id = :plan order by position")
			.param("p", partnership)
			.param("plan", planId)
			.query((rs, n) -> new Priority(rs.getLong("id"), rs.getObject("lineage_key", UUID.class),
					rs.getInt("position"), rs.getString("title"), rs.getString("description"),
					PriorityCategory.valueOf(rs.getString("category")), rs.getString("laa_theme"),
					rs.getString("reference"), evidence.getOrDefault(rs.getLong("id"), List.of()),
					actions.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	Optional<Long> priorityNamed(long partnership, long planId, String title) {
		return jdbc.sql("select id from plan_priorities where partnership_id = :p and plan_id = :plan and title = :t")
			.param("p", partnership)
			.param("plan", planId)
			.param("t", title)
			.query(Long.class)
			.optional();
	}

	// Actions

	List<Action> actions(long partnership, long planId) {
		return jdbc.sql(ACTION_SQL + " and a.plan_id = :plan order by a.position")
			.param("p", partnership)
			.param("plan", planId)
			.query(this::action)
			.list();
	}

	Optional<Action> action(long partnership, long actionId) {
		return jdbc.sql(ACTION_SQL + " and a.id = :id")
			.param("p", partnership)
			.param("id", actionId)
			.query(this::action)
			.optional();
	}

	long insertAction(long partnership, long planId, UUID lineage, ActionValues v, String by) {
		return insertAction(partnership, planId, lineage, v, by, null, null);
	}

	long insertAction(long partnership, long planId, UUID lineage, ActionValues v, String by,
			@Nullable String sourceKind, @Nullable String sourceReference) {
		long id = jdbc
			.sql("""
					insert into plan_actions (partnership_id, plan_id, priority_id, lineage_key, position, title, description,
					       level, reference, lead_organisation_id, lead_officer_user_id, lead_officer_name, starts_on, due_on,
					       resources_amount, resources_source, resources_kind, laa_outcome_id, laa_indicator_id,
					       success_measure, parish_plan_item, public, source_kind, source_reference, updated_by)
					values (:p, :plan, :priority, :lineage,
					        (select coalesce(max(position), 0) + 1 from plan_actions where plan_id = :plan),
					        :title, :description, :level, :reference, :leadOrganisation, :leadOfficer, :leadOfficerName,
					        :starts, :due, :amount, :source, :kind, :outcome, :indicator, :measure, :parish, :public,
					        :sourceKind, :sourceReference, :by)
					returning id
					""")
			.param("p", partnership)
			.param("plan", planId)
			.param("priority", v.priorityId())
			.param("lineage", lineage)
			.params(values(v))
			.param("sourceKind", sourceKind)
			.param("sourceReference", sourceReference)
			.param("by", by)
			.query(Long.class)
			.single();
		insertPartners(id, v.supportingPartnerIds());
		return id;
	}

	/**
	 * Updates an action if it is still at the version the editor started from.
	 * @return false when someone else changed it first (nothing is written)
	 */
	boolean updateAction(long partnership, long actionId, int version, ActionValues v, String by) {
		int updated = jdbc.sql("""
				update plan_actions set priority_id = :priority, title = :title, description = :description,
				       level = :level, reference = :reference, lead_organisation_id = :leadOrganisation,
				       lead_officer_user_id = :leadOfficer, lead_officer_name = :leadOfficerName, starts_on = :starts,
				       due_on = :due, resources_amount = :amount, resources_source = :source, resources_kind = :kind,
				       laa_outcome_id = :outcome, laa_indicator_id = :indicator, success_measure = :measure,
				       parish_plan_item = :parish, public = :public, version = version + 1, updated_by = :by,
				       updated_at = now()
				where partnership_id = :p and id = :id and version = :version
				""")
			.params(values(v))
			.param("priority", v.priorityId())
			.param("by", by)
			.param("p", partnership)
			.param("id", actionId)
			.param("version", version)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("delete from plan_action_partners where action_id = :id").param("id", actionId).update();
		insertPartners(actionId, v.supportingPartnerIds());
		return true;
	}

	private static Map<String, @Nullable Object> values(ActionValues v) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		values.put("title", v.title());
		values.put("description", v.description());
		values.put("level", v.level());
		values.put("reference", v.reference());
		values.put("leadOrganisation", v.leadOrganisationId());
		values.put("leadOfficer", v.leadOfficerUserId());
		values.put("leadOfficerName", v.leadOfficerName());
		values.put("starts", v.startsOn());
		values.put("due", v.dueOn());
		values.put("amount", v.resourcesAmount());
		values.put("source", v.resourcesSource());
		values.put("kind", v.resourcesKind() == null ? null : v.resourcesKind().name());
		values.put("outcome", v.laaOutcomeId());
		values.put("indicator", v.laaIndicatorId());
		values.put("measure", v.successMeasure());
		values.put("parish", v.parishPlanItem());
		values.put("public", v.publicAction());
		return values;
	}

	private void insertPartners(long actionId, List<Long> organisationIds) {
		for (Long organisation : organisationIds) {
			jdbc.sql(
					"insert into plan_action_partners (action_id, organisation_id) values (:a, :o) on conflict do nothing")
				.param("a", actionId)
				.param("o", organisation)
				.update();
		}
	}

	// Progress

	void insertProgress(long partnership, Action action, Rag rag, int percent, String narrative, String evidence,
			boolean completed, @Nullable Long userId, String by) {
		insertProgress(partnership, action, rag, percent, narrative, evidence, completed, userId, by, null);
	}

	void insertProgress(long partnership, Action action, Rag rag, int percent, String narrative, String evidence,
			boolean completed, @Nullable Long userId, String by, @Nullable Instant at) {
		jdbc.sql("""
				insert into plan_action_updates (partnership_id, action_lineage, action_id, rag, percent_complete,
				                                 narrative, evidence, completed, recorded_by_user_id, recorded_by,
				                                 recorded_at)
				values (:p, :lineage, :action, :rag, :percent, :narrative, :evidence, :completed, :user, :by,
				        coalesce(cast(:at as timestamptz), now()))
				""")
			.param("at", at == null ? null : Timestamp.from(at))
			.param("p", partnership)
			.param("lineage", action.lineageKey())
			.param("action", action.id())
			.param("rag", rag.name())
			.param("percent", percent)
			.param("narrative", narrative)
			.param("evidence", evidence)
			.param("completed", completed)
			.param("user", userId)
			.param("by", by)
			.update();
	}

	/** Every progress update of the action (across plan versions), newest first. */
	List<Progress> progress(long partnership, UUID actionLineage) {
		return jdbc.sql("""
				select * from plan_action_updates where partnership_id = :p and action_lineage = :lineage
				order by recorded_at desc, id desc
				""")
			.param("p", partnership)
			.param("lineage", actionLineage)
			.query((rs, n) -> new Progress(rs.getLong("id"), rs.getLong("action_id"), Rag.valueOf(rs.getString("rag")),
					rs.getInt("percent_complete"), rs.getString("narrative"), rs.getString("evidence"),
					rs.getBoolean("completed"), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	// Delivery across plans

	/**
	 * The actions of the current (newest) version of every plan in the partnerships given
	 * that a user leads, with their plan, soonest due first.
	 */
	List<LedAction> ledBy(long userId, List<Long> partnerships) {
		if (partnerships.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(ACTION_SQL.replace("where a.partnership_id = :p", "where a.partnership_id in (:ps)") + """
				 and a.lead_officer_user_id = :user
				 and exists (select 1 from action_plans p where p.id = a.plan_id and not p.template
				             and p.status <> 'SUPERSEDED'
				             and p.plan_version = (select max(v.plan_version) from action_plans v
				                                   where v.lineage_key = p.lineage_key))
				order by a.due_on nulls last, a.title
				""").param("ps", partnerships).param("user", userId).query((rs, n) -> {
			Action action = action(rs, n);
			return new LedAction(rs.getLong("partnership_id"), action);
		}).list();
	}

	record LedAction(long partnershipId, Action action) {
	}

	/**
	 * Actions of the partnership's agreed plans that are not complete, are due before the
	 * day given and have a lead officer with an NM Hub account, with that officer's
	 * e-mail address, soonest due first.
	 */
	List<Reminder> remindable(long partnership, LocalDate before) {
		String sql = ACTION_SQL.replace("from plan_actions a", ", lo.email as lead_email from plan_actions a")
			.replace("where a.partnership_id = :p",
					"join users lo on lo.id = a.lead_officer_user_id where a.partnership_id = :p");
		return jdbc.sql(sql + """
				 and a.due_on < :before
				 and exists (select 1 from action_plans p where p.id = a.plan_id and p.status in ('AGREED', 'ENDORSED')
				             and not p.template)
				 and (lu.completed is null or not lu.completed)
				order by a.due_on, a.id
				""")
			.param("p", partnership)
			.param("before", before)
			.query((rs, n) -> new Reminder(action(rs, n), rs.getString("lead_email")))
			.list();
	}

	record Reminder(Action action, String email) {
	}

	/**
	 * Records that a reminder was queued.
	 * @return false if that reminder (action, kind, due date) was queued before
	 */
	boolean recordReminder(long partnership, Action action, String kind, String to) {
		return jdbc.sql("""
				insert into plan_action_reminders (partnership_id, action_lineage, kind, due_on, sent_to)
				values (:p, :lineage, :kind, :due, :to) on conflict do nothing
				""")
			.param("p", partnership)
			.param("lineage", action.lineageKey())
			.param("kind", kind)
			.param("due", action.dueOn())
			.param("to", to)
			.update() == 1;
	}

	private Plan plan(ResultSet rs, int n) throws SQLException {
		return new Plan(rs.getLong("id"), rs.getLong("partnership_id"), rs.getObject("lineage_key", UUID.class),
				rs.getInt("plan_version"), nullableLong(rs, "previous_id"), PlanKind.valueOf(rs.getString("kind")),
				nullableLong(rs, "neighbourhood_id"), rs.getString("neighbourhood_key"),
				rs.getString("neighbourhood_name"), nullableLong(rs, "district_id"), rs.getString("district_name"),
				rs.getString("district_code"), rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getInt("review_month"),
				PlanStatus.valueOf(rs.getString("status")), rs.getBoolean("template"), rs.getBoolean("illustrative"),
				rs.getString("notes"), rs.getString("created_by"), instant(rs, "created_at"),
				rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("agreed_by_body"),
				rs.getObject("agreed_on", LocalDate.class), rs.getString("agreed_recorded_by"),
				instant(rs, "agreed_recorded_at"), rs.getString("endorsed_by_body"),
				rs.getObject("endorsed_on", LocalDate.class), rs.getString("endorsed_recorded_by"),
				instant(rs, "endorsed_recorded_at"));
	}

	private Action action(ResultSet rs, int n) throws SQLException {
		Progress latest = null;
		if (rs.getObject("u_id") != null) {
			latest = new Progress(rs.getLong("u_id"), rs.getLong("u_action_id"), Rag.valueOf(rs.getString("u_rag")),
					rs.getInt("u_percent"), rs.getString("u_narrative"), rs.getString("u_evidence"),
					rs.getBoolean("u_completed"), rs.getString("u_recorded_by"), instant(rs, "u_recorded_at"));
		}
		String kind = rs.getString("resources_kind");
		return new Action(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("priority_id"),
				rs.getObject("lineage_key", UUID.class), rs.getInt("position"), rs.getString("title"),
				rs.getString("description"), rs.getString("level"), rs.getString("reference"),
				nullableLong(rs, "lead_organisation_id"), rs.getString("lead_organisation_name"),
				nullableLong(rs, "lead_officer_user_id"), rs.getString("lead_officer_name"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
				rs.getBigDecimal("resources_amount"), rs.getString("resources_source"),
				kind == null ? null : ResourceKind.valueOf(kind), nullableLong(rs, "laa_outcome_id"),
				nullableLong(rs, "laa_indicator_id"), rs.getString("success_measure"), rs.getString("parish_plan_item"),
				rs.getBoolean("public"), rs.getString("source_kind"), rs.getString("source_reference"),
				longs(rs.getArray("partner_ids")), SqlArrays.strings(rs.getArray("partner_names")),
				rs.getInt("version"), rs.getString("updated_by"), instant(rs, "updated_at"), latest);
	}

	private static List<Long> longs(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).longValue()).toList();
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
