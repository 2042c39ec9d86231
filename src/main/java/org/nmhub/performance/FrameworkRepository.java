package org.nmhub.performance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.performance.Views.Block;
import org.nmhub.performance.Views.Indicator;
import org.nmhub.performance.Views.Outcome;
import org.nmhub.performance.Views.Period;
import org.nmhub.performance.Views.Target;
import org.nmhub.performance.Views.Version;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the framework: versions, blocks, outcomes, indicators, targets,
 * stretch targets and periods. Every statement filters by partnership.
 */
@Repository
class FrameworkRepository {

	private static final String INDICATOR_COLUMNS = """
			select i.*, o.code as outcome_code, o.block_id, lo.name as lead_name, dw.name as owner_name
			from performance_indicators i
			join performance_outcomes o on o.id = i.outcome_id
			left join organisations lo on lo.id = i.lead_organisation_id
			left join organisations dw on dw.id = i.data_owner_organisation_id
			""";

	private final JdbcClient jdbc;

	FrameworkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Version> versions(long p) {
		return jdbc.sql("select * from performance_versions where partnership_id = :p order by version_no")
			.param("p", p)
			.query(FrameworkRepository::version)
			.list();
	}

	Optional<Version> version(long p, long id) {
		return jdbc.sql("select * from performance_versions where partnership_id = :p and id = :id")
			.param("p", p)
			.param("id", id)
			.query(FrameworkRepository::version)
			.optional();
	}

	Optional<Version> currentVersion(long p) {
		return jdbc.sql("select * from performance_versions where id = " + FrameworkQueries.CURRENT_VERSION)
			.param("p", p)
			.query(FrameworkRepository::version)
			.optional();
	}

	private static Version version(ResultSet rs, int n) throws SQLException {
		return new Version(rs.getLong("id"), rs.getInt("version_no"), rs.getString("name"),
				rs.getObject("signed_on", LocalDate.class), rs.getBigDecimal("maximum_reward"),
				rs.getBigDecimal("amber_tolerance_pct"), StatusCalculator.Rollup.valueOf(rs.getString("rollup")),
				rs.getString("source"));
	}

	List<Block> blocks(long p, long version) {
		return jdbc.sql("""
				select b.*, o.name as lead_name from performance_blocks b
				left join organisations o on o.id = b.lead_organisation_id
				where b.partnership_id = :p and b.version_id = :v order by b.position, b.name
				""")
			.param("p", p)
			.param("v", version)
			.query((rs, n) -> new Block(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					(Long) rs.getObject("lead_organisation_id"), rs.getString("lead_name"), rs.getString("source")))
			.list();
	}

	List<Outcome> outcomes(long p, long version) {
		return jdbc.sql("""
				select * from performance_outcomes where partnership_id = :p and version_id = :v order by id
				""")
			.param("p", p)
			.param("v", version)
			.query((rs, n) -> new Outcome(rs.getLong("id"), rs.getLong("block_id"), rs.getString("code"),
					rs.getString("title"), rs.getString("source")))
			.list();
	}

	List<Indicator> indicators(long p, long version) {
		return jdbc.sql(INDICATOR_COLUMNS + " where i.partnership_id = :p and i.version_id = :v order by i.code")
			.param("p", p)
			.param("v", version)
			.query(FrameworkRepository::indicator)
			.list();
	}

	Optional<Indicator> indicator(long p, long id) {
		return jdbc.sql(INDICATOR_COLUMNS + " where i.partnership_id = :p and i.id = :id")
			.param("p", p)
			.param("id", id)
			.query(FrameworkRepository::indicator)
			.optional();
	}

	private static Indicator indicator(ResultSet rs, int n) throws SQLException {
		return new Indicator(rs.getLong("id"), rs.getLong("version_id"), rs.getLong("outcome_id"),
				rs.getString("outcome_code"), rs.getLong("block_id"), rs.getString("code"), rs.getString("title"),
				rs.getString("definition"), rs.getString("unit"), TargetPolarity.valueOf(rs.getString("polarity")),
				rs.getString("data_source"), rs.getString("frequency"), (Long) rs.getObject("lead_organisation_id"),
				rs.getString("lead_name"), (Long) rs.getObject("data_owner_organisation_id"),
				rs.getString("owner_name"), rs.getBoolean("mandatory"), rs.getBigDecimal("baseline_value"),
				rs.getObject("baseline_date", LocalDate.class), rs.getBigDecimal("minimum_value"),
				rs.getBigDecimal("maximum_value"), rs.getBigDecimal("weight"), rs.getString("neighbourhood_indicator"),
				rs.getString("source"));
	}

	List<Target> targets(long p, long version) {
		return jdbc.sql("""
				select t.* from performance_targets t join performance_indicators i on i.id = t.indicator_id
				where t.partnership_id = :p and i.version_id = :v order by t.indicator_id, t.target_date
				""")
			.param("p", p)
			.param("v", version)
			.query((rs, n) -> new Target(rs.getLong("id"), rs.getLong("indicator_id"),
					rs.getObject("target_date", LocalDate.class), rs.getBigDecimal("target_value")))
			.list();
	}

	List<Period> periods(long p, long version) {
		return jdbc.sql("""
				select * from performance_periods where partnership_id = :p and version_id = :v order by ends_on
				""")
			.param("p", p)
			.param("v", version)
			.query((rs, n) -> new Period(rs.getLong("id"), rs.getString("label"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
					rs.getObject("due_on", LocalDate.class), rs.getBoolean("closed")))
			.list();
	}

	boolean blockExists(long p, long version, String code, String name) {
		return jdbc.sql("""
				select count(*) from performance_blocks where partnership_id = :p and version_id = :v
				and (lower(code) = lower(:code) or lower(name) = lower(:name))
				""")
			.param("p", p)
			.param("v", version)
			.param("code", code)
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	long insertBlock(long p, long version, String code, String name, @Nullable Long lead) {
		return jdbc
			.sql("""
					insert into performance_blocks (partnership_id, version_id, code, name, lead_organisation_id, position, source)
					values (:p, :v, :code, :name, :lead,
					        (select coalesce(max(position), -1) + 1 from performance_blocks where version_id = :v),
					        'Recorded in NM Hub') returning id
					""")
			.param("p", p)
			.param("v", version)
			.param("code", code)
			.param("name", name)
			.param("lead", lead)
			.query(Long.class)
			.single();
	}

	boolean outcomeExists(long p, long version, String code) {
		return jdbc.sql("""
				select count(*) from performance_outcomes where partnership_id = :p and version_id = :v
				and lower(code) = lower(:code)
				""").param("p", p).param("v", version).param("code", code).query(Long.class).single() > 0;
	}

	long insertOutcome(long p, long version, long block, String code, String title, String source) {
		return jdbc.sql("""
				insert into performance_outcomes (partnership_id, version_id, block_id, code, title, source)
				values (:p, :v, :b, :code, :title, :source) returning id
				""")
			.param("p", p)
			.param("v", version)
			.param("b", block)
			.param("code", code)
			.param("title", title)
			.param("source", source)
			.query(Long.class)
			.single();
	}

	Optional<Long> indicatorId(long p, long version, String code) {
		return jdbc.sql("""
				select id from performance_indicators where partnership_id = :p and version_id = :v
				and lower(code) = lower(:code)
				""").param("p", p).param("v", version).param("code", code).query(Long.class).optional();
	}

	long insertIndicator(long p, long version, IndicatorValues v, String source) {
		return jdbc
			.sql("""
					insert into performance_indicators (partnership_id, version_id, outcome_id, code, title, definition, unit,
					       polarity, data_source, frequency, lead_organisation_id, data_owner_organisation_id, mandatory,
					       baseline_value, baseline_date, minimum_value, maximum_value, weight, neighbourhood_indicator, source)
					values (:p, :v, :outcome, :code, :title, :definition, :unit, :polarity, :dataSource, :frequency, :lead,
					        :owner, :mandatory, :baseline, :baselineDate, :min, :max, :weight, :neighbourhood, :source)
					returning id
					""")
			.param("p", p)
			.param("v", version)
			.param("source", source)
			.params(v.params())
			.query(Long.class)
			.single();
	}

	/**
	 * The indicator row's version for optimistic locking: PostgreSQL's {@code xmin},
	 * which every update of the row changes (docs/adr/0029).
	 */
	String indicatorEditVersion(long p, long id) {
		return jdbc.sql("select xmin::text from performance_indicators where partnership_id = :p and id = :id")
			.param("p", p)
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/** Updates the indicator whatever its version (the framework import). */
	void updateIndicator(long p, long id, IndicatorValues v) {
		updateIndicator(p, id, v, null);
	}

	/**
	 * Updates the indicator if it is still at {@code editVersion} (any version when
	 * null); false (nothing written) if not.
	 */
	boolean updateIndicator(long p, long id, IndicatorValues v, @Nullable String editVersion) {
		return jdbc
			.sql("""
					update performance_indicators set outcome_id = :outcome, code = :code, title = :title,
					       definition = :definition, unit = :unit, polarity = :polarity, data_source = :dataSource,
					       frequency = :frequency, lead_organisation_id = :lead, data_owner_organisation_id = :owner,
					       mandatory = :mandatory, baseline_value = :baseline, baseline_date = :baselineDate,
					       minimum_value = :min, maximum_value = :max, weight = :weight, neighbourhood_indicator = :neighbourhood
					where partnership_id = :p and id = :id and (cast(:editVersion as text) is null or xmin::text = :editVersion)
					""")
			.param("p", p)
			.param("id", id)
			.param("editVersion", editVersion)
			.params(v.params())
			.update() == 1;
	}

	void replaceTargets(long p, long indicator, List<Point> targets) {
		jdbc.sql("delete from performance_targets where partnership_id = :p and indicator_id = :i")
			.param("p", p)
			.param("i", indicator)
			.update();
		for (Point t : targets) {
			insertTarget(p, indicator, t.date(), t.value());
		}
	}

	void insertTarget(long p, long indicator, LocalDate date, BigDecimal value) {
		jdbc.sql("""
				insert into performance_targets (partnership_id, indicator_id, target_date, target_value)
				values (:p, :i, :d, :value)
				on conflict (indicator_id, target_date) do update set target_value = excluded.target_value
				""").param("p", p).param("i", indicator).param("d", date).param("value", value).update();
	}

	int deleteTarget(long p, long indicator, long target) {
		return jdbc.sql("delete from performance_targets where partnership_id = :p and indicator_id = :i and id = :t")
			.param("p", p)
			.param("i", indicator)
			.param("t", target)
			.update();
	}

	void updateSettings(long p, long version, BigDecimal tolerance, StatusCalculator.Rollup rollup) {
		jdbc.sql(
				"""
						update performance_versions set amber_tolerance_pct = :t, rollup = :r where partnership_id = :p and id = :v
						""")
			.param("p", p)
			.param("v", version)
			.param("t", tolerance)
			.param("r", rollup.name())
			.update();
	}

	void updateStretch(long p, long id, @Nullable BigDecimal without, @Nullable BigDecimal stretch,
			@Nullable LocalDate date, @Nullable BigDecimal maximum, BigDecimal threshold, boolean proportional) {
		jdbc.sql("""
				update performance_stretch_targets set target_without_stretch = :without, stretch_target = :stretch,
				       target_date = :date, maximum_reward = :maximum, minimum_threshold_pct = :threshold,
				       proportional = :proportional
				where partnership_id = :p and id = :id
				""")
			.param("p", p)
			.param("id", id)
			.param("without", without)
			.param("stretch", stretch)
			.param("date", date)
			.param("maximum", maximum)
			.param("threshold", threshold)
			.param("proportional", proportional)
			.update();
	}

	/**
	 * Copies a version (blocks, outcomes, indicators, targets, stretch targets and
	 * periods) into a new version; returns stay with the old one.
	 */
	long copyVersion(long p, long from, String name, @Nullable LocalDate signedOn) {
		long to = jdbc.sql("""
				insert into performance_versions (partnership_id, version_no, name, signed_on, maximum_reward,
				       amber_tolerance_pct, rollup, source)
				select partnership_id, (select max(version_no) + 1 from performance_versions where partnership_id = :p),
				       :name, :signed, maximum_reward, amber_tolerance_pct, rollup, 'Refresh of ' || name
				from performance_versions where partnership_id = :p and id = :from returning id
				""")
			.param("p", p)
			.param("from", from)
			.param("name", name)
			.param("signed", signedOn)
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						insert into performance_blocks (partnership_id, version_id, code, name, lead_organisation_id, position, source)
						select partnership_id, :to, code, name, lead_organisation_id, position, source
						from performance_blocks where partnership_id = :p and version_id = :from
						""")
			.param("p", p)
			.param("from", from)
			.param("to", to)
			.update();
		jdbc.sql("""
				insert into performance_outcomes (partnership_id, version_id, block_id, code, title, source)
				select o.partnership_id, :to, nb.id, o.code, o.title, o.source
				from performance_outcomes o join performance_blocks b on b.id = o.block_id
				join performance_blocks nb on nb.version_id = :to and nb.code = b.code
				where o.partnership_id = :p and o.version_id = :from
				""").param("p", p).param("from", from).param("to", to).update();
		jdbc.sql(
				"""
						insert into performance_indicators (partnership_id, version_id, outcome_id, code, title, definition, unit,
						       polarity, data_source, frequency, lead_organisation_id, data_owner_organisation_id, mandatory,
						       baseline_value, baseline_date, minimum_value, maximum_value, weight, neighbourhood_indicator, source)
						select i.partnership_id, :to, no.id, i.code, i.title, i.definition, i.unit, i.polarity, i.data_source,
						       i.frequency, i.lead_organisation_id, i.data_owner_organisation_id, i.mandatory, i.baseline_value,
						       i.baseline_date, i.minimum_value, i.maximum_value, i.weight, i.neighbourhood_indicator, i.source
						from performance_indicators i join performance_outcomes o on o.id = i.outcome_id
						join performance_outcomes no on no.version_id = :to and no.code = o.code
						where i.partnership_id = :p and i.version_id = :from
						""")
			.param("p", p)
			.param("from", from)
			.param("to", to)
			.update();
		jdbc.sql("""
				insert into performance_targets (partnership_id, indicator_id, target_date, target_value)
				select t.partnership_id, ni.id, t.target_date, t.target_value
				from performance_targets t join performance_indicators i on i.id = t.indicator_id
				join performance_indicators ni on ni.version_id = :to and ni.code = i.code
				where t.partnership_id = :p and i.version_id = :from
				""").param("p", p).param("from", from).param("to", to).update();
		jdbc.sql(
				"""
						insert into performance_stretch_targets (partnership_id, version_id, block_id, indicator_id, code, title,
						       target_without_stretch, stretch_target, target_date, maximum_reward, minimum_threshold_pct,
						       proportional, source)
						select s.partnership_id, :to, nb.id, ni.id, s.code, s.title, s.target_without_stretch, s.stretch_target,
						       s.target_date, s.maximum_reward, s.minimum_threshold_pct, s.proportional, s.source
						from performance_stretch_targets s join performance_blocks b on b.id = s.block_id
						join performance_blocks nb on nb.version_id = :to and nb.code = b.code
						left join performance_indicators i on i.id = s.indicator_id
						left join performance_indicators ni on ni.version_id = :to and ni.code = i.code
						where s.partnership_id = :p and s.version_id = :from
						""")
			.param("p", p)
			.param("from", from)
			.param("to", to)
			.update();
		jdbc.sql("""
				insert into performance_periods (partnership_id, version_id, label, starts_on, ends_on, due_on, closed)
				select partnership_id, :to, label, starts_on, ends_on, due_on, closed
				from performance_periods where partnership_id = :p and version_id = :from
				""").param("p", p).param("from", from).param("to", to).update();
		return to;
	}

	String partnershipSlug(long p) {
		return jdbc.sql("select slug from partnerships where id = :p").param("p", p).query(String.class).single();
	}

	boolean organisationIsPartner(long p, long organisation) {
		return jdbc.sql("""
				select count(*) from partnership_organisations where partnership_id = :p and organisation_id = :o
				""").param("p", p).param("o", organisation).query(Long.class).single() > 0;
	}

}
