package org.nmhub.engagement;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SurveyRepository {

	private final JdbcClient jdbc;

	SurveyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One survey result as shown. */
	record SurveyResult(String neighbourhoodKey, String neighbourhoodName, int year, String measure, BigDecimal percent,
			int sampleSize, BigDecimal ciLow, BigDecimal ciHigh, String fileName) {
	}

	record SurveyImportRow(long id, String fileName, int resultCount, String importedByName, String importedAt) {
	}

	Optional<String> importedAs(PartnershipId partnership, String sha256) {
		return jdbc.sql("""
				select file_name || ', by ' || imported_by_name || ' on ' || to_char(imported_at, 'YYYY-MM-DD')
				from engagement_survey_imports where partnership_id = :p and sha256 = :sha
				""").param("p", partnership.value()).param("sha", sha256).query(String.class).optional();
	}

	/** Every (neighbourhood id | year | lower-case measure) already held. */
	Set<String> heldKeys(PartnershipId partnership) {
		return new HashSet<>(jdbc.sql("""
				select neighbourhood_id || '|' || year || '|' || lower(measure)
				from engagement_survey_results where partnership_id = :p
				""").param("p", partnership.value()).query(String.class).list());
	}

	long insertImport(PartnershipId partnership, String fileName, String sha256, int count, @Nullable Long userId,
			String userName) {
		return jdbc.sql("""
				insert into engagement_survey_imports (partnership_id, file_name, sha256, result_count,
				       imported_by_user_id, imported_by_name)
				values (:p, :file, :sha, :count, :user, :name) returning id
				""")
			.param("p", partnership.value())
			.param("file", fileName)
			.param("sha", sha256)
			.param("count", count)
			.param("user", userId)
			.param("name", userName)
			.query(Long.class)
			.single();
	}

	void insertResults(PartnershipId partnership, long importId, List<SurveyImport.Result> results) {
		for (SurveyImport.Result r : results) {
			jdbc.sql("""
					insert into engagement_survey_results (partnership_id, import_id, neighbourhood_id, year, measure,
					       percent, sample_size, ci_low, ci_high)
					values (:p, :i, (select id from neighbourhoods where id = :n and partnership_id = :p), :year,
					        :measure, :percent, :n_sample, :low, :high)
					""")
				.param("p", partnership.value())
				.param("i", importId)
				.param("n", r.neighbourhoodId())
				.param("year", r.year())
				.param("measure", r.measure())
				.param("percent", r.percent())
				.param("n_sample", r.sampleSize())
				.param("low", r.ciLow())
				.param("high", r.ciHigh())
				.update();
		}
	}

	List<SurveyResult> results(PartnershipId partnership, @Nullable Long neighbourhoodId) {
		return jdbc.sql("""
				select n.key, n.name, r.year, r.measure, r.percent, r.sample_size, r.ci_low, r.ci_high, i.file_name
				from engagement_survey_results r
				join neighbourhoods n on n.id = r.neighbourhood_id
				join engagement_survey_imports i on i.id = r.import_id
				where r.partnership_id = :p and (cast(:n as bigint) is null or r.neighbourhood_id = :n)
				order by n.name, r.measure, r.year
				""")
			.param("p", partnership.value())
			.param("n", neighbourhoodId)
			.query((rs, row) -> new SurveyResult(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getBigDecimal(5), rs.getInt(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9)))
			.list();
	}

	List<SurveyImportRow> imports(PartnershipId partnership) {
		return jdbc.sql("""
				select id, file_name, result_count, imported_by_name, to_char(imported_at, 'YYYY-MM-DD HH24:MI')
				from engagement_survey_imports where partnership_id = :p order by imported_at desc
				""")
			.param("p", partnership.value())
			.query((rs, row) -> new SurveyImportRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

}
