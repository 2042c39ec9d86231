package org.nmhub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery plan: projects, milestones and risks of a framework version.
 */
@Repository
class DeliveryRepository {

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Project(long id, @Nullable Long blockId, String blockName, String name, @Nullable String manager,
			@Nullable BigDecimal budget, String source) {

	}

	record Milestone(long id, long projectId, String projectName, String blockName, String title, LocalDate dueOn,
			@Nullable LocalDate achievedOn, String source) {

		/** Due before the date and not achieved by then. */
		boolean missedBy(LocalDate date) {
			return dueOn.isBefore(date) && (achievedOn == null || achievedOn.isAfter(date));
		}

	}

	record Risk(long id, @Nullable Long blockId, String blockName, @Nullable String projectName, String description,
			@Nullable Integer likelihood, @Nullable Integer impact, @Nullable Integer score, @Nullable String owner,
			@Nullable String mitigation, String source) {

	}

	List<Project> projects(long p, long version) {
		return jdbc.sql("""
				select pr.*, coalesce(b.name, 'Across the agreement') as block_name from performance_projects pr
				left join performance_blocks b on b.id = pr.block_id
				where pr.partnership_id = :p and pr.version_id = :v order by b.position nulls first, pr.name
				""")
			.param("p", p)
			.param("v", version)
			.query((rs, n) -> new Project(rs.getLong("id"), (Long) rs.getObject("block_id"), rs.getString("block_name"),
					rs.getString("name"), rs.getString("manager"), rs.getBigDecimal("budget"), rs.getString("source")))
			.list();
	}

	Optional<Project> project(long p, long id) {
		return jdbc.sql("""
				select pr.*, coalesce(b.name, 'Across the agreement') as block_name from performance_projects pr
				left join performance_blocks b on b.id = pr.block_id where pr.partnership_id = :p and pr.id = :id
				""")
			.param("p", p)
			.param("id", id)
			.query((rs, n) -> new Project(rs.getLong("id"), (Long) rs.getObject("block_id"), rs.getString("block_name"),
					rs.getString("name"), rs.getString("manager"), rs.getBigDecimal("budget"), rs.getString("source")))
			.optional();
	}

	List<Milestone> milestones(long p, long version) {
		return jdbc.sql("""
				select m.*, pr.name as project_name, coalesce(b.name, 'Across the agreement') as block_name
				from performance_milestones m join performance_projects pr on pr.id = m.project_id
				left join performance_blocks b on b.id = pr.block_id
				where m.partnership_id = :p and pr.version_id = :v order by m.due_on, m.id
				""")
			.param("p", p)
			.param("v", version)
			.query((rs, n) -> new Milestone(rs.getLong("id"), rs.getLong("project_id"), rs.getString("project_name"),
					rs.getString("block_name"), rs.getString("title"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("achieved_on", LocalDate.class), rs.getString("source")))
			.list();
	}

	List<Risk> risks(long p, long version) {
		return jdbc.sql("""
				select r.*, coalesce(b.name, 'Across the agreement') as block_name, pr.name as project_name,
				       r.likelihood * r.impact as score
				from performance_risks r left join performance_blocks b on b.id = r.block_id
				left join performance_projects pr on pr.id = r.project_id
				where r.partnership_id = :p and r.version_id = :v
				order by r.likelihood * r.impact desc nulls last, r.id
				""")
			.param("p", p)
			.param("v", version)
			.query((rs, n) -> new Risk(rs.getLong("id"), (Long) rs.getObject("block_id"), rs.getString("block_name"),
					rs.getString("project_name"), rs.getString("description"), (Integer) rs.getObject("likelihood"),
					(Integer) rs.getObject("impact"), (Integer) rs.getObject("score"), rs.getString("owner"),
					rs.getString("mitigation"), rs.getString("source")))
			.list();
	}

	long insertProject(long p, long version, @Nullable Long block, String name, @Nullable String manager,
			@Nullable BigDecimal budget, String source) {
		return jdbc.sql("""
				insert into performance_projects (partnership_id, version_id, block_id, name, manager, budget, source)
				values (:p, :v, :b, :name, :manager, :budget, :source) returning id
				""")
			.param("p", p)
			.param("v", version)
			.param("b", block)
			.param("name", name)
			.param("manager", manager)
			.param("budget", budget)
			.param("source", source)
			.query(Long.class)
			.single();
	}

	boolean projectExists(long p, long version, String name) {
		return jdbc.sql("""
				select count(*) from performance_projects where partnership_id = :p and version_id = :v
				and lower(name) = lower(:name)
				""").param("p", p).param("v", version).param("name", name).query(Long.class).single() > 0;
	}

	long insertMilestone(long p, long project, String title, LocalDate due, @Nullable LocalDate achieved,
			String source) {
		return jdbc.sql("""
				insert into performance_milestones (partnership_id, project_id, title, due_on, achieved_on, source)
				values (:p, :pr, :title, :due, :achieved, :source) returning id
				""")
			.param("p", p)
			.param("pr", project)
			.param("title", title)
			.param("due", due)
			.param("achieved", achieved)
			.param("source", source)
			.query(Long.class)
			.single();
	}

	int markAchieved(long p, long milestone, LocalDate on) {
		return jdbc.sql("update performance_milestones set achieved_on = :on where partnership_id = :p and id = :id")
			.param("p", p)
			.param("id", milestone)
			.param("on", on)
			.update();
	}

	long insertRisk(long p, long version, @Nullable Long block, @Nullable Long project, String description,
			@Nullable Integer likelihood, @Nullable Integer impact, @Nullable String owner, @Nullable String mitigation,
			String source) {
		return jdbc
			.sql("""
					insert into performance_risks (partnership_id, version_id, block_id, project_id, description, likelihood,
					       impact, owner, mitigation, source)
					values (:p, :v, :b, :pr, :d, :l, :i, :owner, :mitigation, :source) returning id
					""")
			.param("p", p)
			.param("v", version)
			.param("b", block)
			.param("pr", project)
			.param("d", description)
			.param("l", likelihood)
			.param("i", impact)
			.param("owner", owner)
			.param("mitigation", mitigation)
			.param("source", source)
			.query(Long.class)
			.single();
	}

}
