package org.nmhub.evaluation;

import java.util.List;
import java.util.Optional;

import org.nmhub.shared.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partnership's evaluation report template. */
@Repository
class ReportTemplateRepository {

	private final JdbcClient jdbc;

	ReportTemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReportTemplate> find(long partnership) {
		return jdbc.sql("select * from evaluation_report_templates where partnership_id = :p")
			.param("p", partnership)
			.query((rs, n) -> new ReportTemplate(rs.getString("title"),
					SqlArrays.strings(rs.getArray("sections"))
						.stream()
						.map(ReportSection::of)
						.flatMap(Optional::stream)
						.toList(),
					SqlArrays.strings(rs.getArray("indicator_keys")), rs.getString("updated_by")))
			.optional();
	}

	void save(long partnership, ReportTemplate template) {
		jdbc.sql("""
				insert into evaluation_report_templates (partnership_id, title, sections, indicator_keys, updated_by)
				values (:p, :title, :sections, :keys, :by)
				on conflict (partnership_id) do update set title = excluded.title, sections = excluded.sections,
				  indicator_keys = excluded.indicator_keys, updated_by = excluded.updated_by, updated_at = now()
				""")
			.param("p", partnership)
			.param("title", template.title())
			.param("sections", template.sections().stream().map(ReportSection::name).toArray(String[]::new))
			.param("keys", template.indicatorKeys().toArray(String[]::new))
			.param("by", template.updatedBy())
			.update();
	}

	/** Every indicator frozen in any of the partnership's baselines: key and label. */
	List<String[]> frozenIndicators(long partnership) {
		return jdbc.sql("""
				select v.indicator_key, min(v.label) as label from evaluation_baseline_values v
				join evaluation_baselines b on b.id = v.baseline_id
				where b.partnership_id = :p group by v.indicator_key order by min(v.label)
				""")
			.param("p", partnership)
			.query((rs, n) -> new String[] { rs.getString("indicator_key"), rs.getString("label") })
			.list();
	}

}
