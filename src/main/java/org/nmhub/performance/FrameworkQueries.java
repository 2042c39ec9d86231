package org.nmhub.performance;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the current framework version for the public API. Every query filters by
 * partnership.
 */
@Repository
class FrameworkQueries {

	/** The latest signed version, or the latest when none is signed. */
	static final String CURRENT_VERSION = """
			(select v.id from performance_versions v where v.partnership_id = :p
			 order by (v.signed_on is not null) desc, v.version_no desc limit 1)
			""";

	private final JdbcClient jdbc;

	FrameworkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> currentVersion(long partnership) {
		return jdbc.sql("select " + CURRENT_VERSION).param("p", partnership).query(Long.class).optional();
	}

	List<OutcomeSummary> outcomes(long partnership) {
		return jdbc.sql("""
				select o.id, o.code, o.title, b.name as block_name
				from performance_outcomes o join performance_blocks b on b.id = o.block_id
				where o.partnership_id = :p and o.version_id = %s
				order by b.position, b.name, o.id
				""".formatted(CURRENT_VERSION))
			.param("p", partnership)
			.query((rs, n) -> new OutcomeSummary(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
					rs.getString("block_name")))
			.list();
	}

	List<IndicatorSummary> indicators(long partnership) {
		return jdbc.sql("""
				select i.id, i.code, i.title, o.code as outcome_code, i.unit, i.polarity
				from performance_indicators i join performance_outcomes o on o.id = i.outcome_id
				where i.partnership_id = :p and i.version_id = %s
				order by i.code
				""".formatted(CURRENT_VERSION))
			.param("p", partnership)
			.query((rs, n) -> new IndicatorSummary(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
					rs.getString("outcome_code"), rs.getString("unit"),
					TargetPolarity.valueOf(rs.getString("polarity"))))
			.list();
	}

	List<StretchTarget> stretchTargets(long partnership) {
		return stretchTargets(partnership, null);
	}

	/**
	 * A version's stretch targets (the current version when {@code versionId} is null).
	 */
	List<StretchTarget> stretchTargets(long partnership, Long versionId) {
		String version = versionId == null ? CURRENT_VERSION : ":v";
		var spec = jdbc
			.sql("""
					select s.id, s.version_id, s.code, s.title, b.name as block_name, s.indicator_id, i.code as indicator_code,
					       coalesce(s.target_without_stretch, i.baseline_value) as without_stretch, s.stretch_target,
					       s.target_date, s.maximum_reward, s.minimum_threshold_pct, s.proportional, s.source,
					       (select r.actual from performance_returns r join performance_periods pe on pe.id = r.period_id
					        where r.indicator_id = s.indicator_id and r.partnership_id = :p and r.status = 'APPROVED'
					        order by pe.ends_on desc limit 1) as latest_actual
					from performance_stretch_targets s
					join performance_blocks b on b.id = s.block_id
					left join performance_indicators i on i.id = s.indicator_id
					where s.partnership_id = :p and s.version_id = %s
					order by length(s.code), s.code
					"""
				.formatted(version))
			.param("p", partnership);
		if (versionId != null) {
			spec = spec.param("v", versionId);
		}
		return spec.query((rs, n) -> new StretchTarget(rs.getLong("id"), rs.getLong("version_id"), rs.getString("code"),
				rs.getString("title"), rs.getString("block_name"), (Long) rs.getObject("indicator_id"),
				rs.getString("indicator_code"), rs.getBigDecimal("without_stretch"), rs.getBigDecimal("stretch_target"),
				rs.getObject("target_date", java.time.LocalDate.class), rs.getBigDecimal("maximum_reward"),
				new RewardRule(rs.getBigDecimal("minimum_threshold_pct"), rs.getBoolean("proportional")),
				rs.getBigDecimal("latest_actual"), rs.getString("source")))
			.list();
	}

}
