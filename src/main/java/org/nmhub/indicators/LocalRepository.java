package org.nmhub.indicators;

import java.math.BigDecimal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.LsoaVintage;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Partnerships' own indicator datasets, their values, and uploads waiting to be mapped.
 * Every query names the partnership.
 */
@Repository
class LocalRepository {

	private static final String DATASET_SQL = """
			select d.*, coalesce(s.first_period, '') as first_period, coalesce(s.last_period, '') as last_period,
			       coalesce(s.areas, 0) as areas
			from indicator_local_datasets d
			left join lateral (select min(v.period) as first_period, max(v.period) as last_period,
			                          count(distinct v.area_code) as areas
			                   from indicator_local_values v where v.dataset_id = d.id) s on true
			""";

	/** An uploaded file waiting for its mapping. */
	record Staged(String token, String fileName, byte[] content) {
	}

	/** The checked values of a new dataset: one entry per area and period. */
	record Value(String area, String period, String value, @Nullable String numerator, @Nullable String denominator) {
	}

	/** A new dataset's provenance and counts, before it has an id. */
	record NewDataset(long partnershipId, LocalMapping mapping, String fileName, String sha256, int fileRows,
			int rowsWithoutArea, int rowsOutsideEngland, int rowsFilteredOut, int valueCount, @Nullable Long userId,
			String userName) {
	}

	/** One period's total over a dataset's areas. */
	record PeriodTotal(String period, int areas, java.math.BigDecimal total) {
	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	LocalRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	void stage(String token, long partnershipId, @Nullable Long userId, String fileName, byte[] content) {
		jdbc.sql("delete from indicator_upload_staging where created_at < now() - interval '1 day'").update();
		jdbc.sql("""
				insert into indicator_upload_staging (token, partnership_id, user_id, file_name, content)
				values (:t, :p, :u, :f, :c)
				""")
			.param("t", token)
			.param("p", partnershipId)
			.param("u", userId)
			.param("f", fileName)
			.param("c", content)
			.update();
	}

	Optional<Staged> staged(long partnershipId, String token) {
		return jdbc.sql(
				"select token, file_name, content from indicator_upload_staging where token = :t and partnership_id = :p")
			.param("t", token)
			.param("p", partnershipId)
			.query((rs, n) -> new Staged(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	void unstage(long partnershipId, String token) {
		jdbc.sql("delete from indicator_upload_staging where token = :t and partnership_id = :p")
			.param("t", token)
			.param("p", partnershipId)
			.update();
	}

	List<LocalDataset> datasets(long partnershipId) {
		return jdbc.sql(DATASET_SQL + " where d.partnership_id = :p order by d.imported_at desc, d.id desc")
			.param("p", partnershipId)
			.query((rs, n) -> dataset(rs))
			.list();
	}

	Optional<LocalDataset> dataset(long partnershipId, long id) {
		return jdbc.sql(DATASET_SQL + " where d.partnership_id = :p and d.id = :id")
			.param("p", partnershipId)
			.param("id", id)
			.query((rs, n) -> dataset(rs))
			.optional();
	}

	Optional<LocalDataset> datasetWithChecksum(long partnershipId, String sha256, String mapping) {
		return jdbc.sql(DATASET_SQL + " where d.partnership_id = :p and d.sha256 = :sha and d.mapping = :m")
			.param("p", partnershipId)
			.param("sha", sha256)
			.param("m", mapping)
			.query((rs, n) -> dataset(rs))
			.optional();
	}

	/**
	 * Each period's total over the dataset's areas, for the partnership's own dataset.
	 */
	List<PeriodTotal> periodTotals(long partnershipId, long datasetId) {
		return jdbc.sql("""
				select v.period, count(*), sum(v.value)
				from indicator_local_values v
				join indicator_local_datasets d on d.id = v.dataset_id
				where d.partnership_id = :p and d.id = :id
				group by v.period order by v.period
				""")
			.param("p", partnershipId)
			.param("id", datasetId)
			.query((rs, n) -> new PeriodTotal(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)))
			.list();
	}

	/**
	 * Each period's figure over some areas (a neighbourhood's LSOAs), aggregated in SQL:
	 * the sum and the mean of the areas' values, and how many areas had one.
	 */
	List<AreaFigure> figures(long partnershipId, long datasetId, Collection<String> areaCodes) {
		return jdbc.sql("""
				select v.period, count(*), sum(v.value), avg(v.value)
				from indicator_local_values v
				join indicator_local_datasets d on d.id = v.dataset_id
				where d.partnership_id = :p and d.id = :id and v.area_code = any(:codes)
				group by v.period order by v.period
				""")
			.param("p", partnershipId)
			.param("id", datasetId)
			.param("codes", areaCodes.toArray(String[]::new))
			.query((rs, n) -> new AreaFigure(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
			.list();
	}

	/**
	 * The dataset's values, {@code period -> area -> value}, for its own partnership
	 * only.
	 */
	Map<String, Map<String, BigDecimal>> valuesByPeriodAndArea(long partnershipId, long datasetId) {
		Map<String, Map<String, BigDecimal>> values = new TreeMap<>();
		jdbc.sql("""
				select v.period, v.area_code, v.value
				from indicator_local_values v
				join indicator_local_datasets d on d.id = v.dataset_id
				where d.partnership_id = :p and d.id = :id
				""").param("p", partnershipId).param("id", datasetId).query(rs -> {
			values.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
		});
		return values;
	}

	/** One period's figure over a set of areas. */
	record AreaFigure(String period, int areas, BigDecimal sum, BigDecimal mean) {
	}

	long insertDataset(NewDataset d) {
		LocalMapping m = d.mapping();
		return jdbc
			.sql("""
					insert into indicator_local_datasets (partnership_id, name, measure, polarity, aggregation, lsoa_vintage,
					    publisher, licence, file_name, sha256, mapping, file_rows, rows_without_area, rows_outside_england,
					    rows_filtered_out, value_count, imported_by_user_id, imported_by_name)
					values (:p, :name, :measure, :polarity, :aggregation, :vintage, :publisher, :licence, :file, :sha,
					    :mapping, :rows, :blank, :outside, :filtered, :values, :userId, :userName)
					returning id
					""")
			.param("p", d.partnershipId())
			.param("name", m.name())
			.param("measure", m.measure().name())
			.param("polarity", m.polarity().name())
			.param("aggregation", m.aggregation().name())
			.param("vintage", m.vintage().year())
			.param("publisher", m.publisher())
			.param("licence", m.licence())
			.param("file", d.fileName())
			.param("sha", d.sha256())
			.param("mapping", m.key())
			.param("rows", d.fileRows())
			.param("blank", d.rowsWithoutArea())
			.param("outside", d.rowsOutsideEngland())
			.param("filtered", d.rowsFilteredOut())
			.param("values", d.valueCount())
			.param("userId", d.userId())
			.param("userName", d.userName())
			.query(Long.class)
			.single();
	}

	void recordImportTime(long datasetId, long millis) {
		jdbc.sql("update indicator_local_datasets set import_millis = :m where id = :id")
			.param("m", millis)
			.param("id", datasetId)
			.update();
	}

	/**
	 * Streams the checked values into {@code indicator_local_values} with COPY, on the
	 * connection of the current transaction. Codes and periods are already checked, so
	 * hold no tabs or backslashes; values are plain decimal text.
	 */
	void copyValues(long datasetId, List<Value> values) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy indicator_local_values (dataset_id, area_code, period, value, numerator, denominator) "
						+ "from stdin");
			try {
				StringBuilder buffer = new StringBuilder(1 << 17);
				for (Value v : values) {
					buffer.append(datasetId)
						.append('\t')
						.append(v.area())
						.append('\t')
						.append(v.period())
						.append('\t')
						.append(v.value())
						.append('\t')
						.append(v.numerator() == null ? "\\N" : v.numerator())
						.append('\t')
						.append(v.denominator() == null ? "\\N" : v.denominator())
						.append('\n');
					if (buffer.length() > (1 << 16)) {
						write(copy, buffer);
					}
				}
				write(copy, buffer);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into indicator_local_values failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	private static LocalDataset dataset(ResultSet rs) throws SQLException {
		return new LocalDataset(rs.getLong("id"), rs.getLong("partnership_id"), rs.getString("name"),
				Measure.valueOf(rs.getString("measure")), Polarity.valueOf(rs.getString("polarity")),
				Aggregation.valueOf(rs.getString("aggregation")), LsoaVintage.ofYear(rs.getInt("lsoa_vintage")),
				rs.getString("publisher"), rs.getString("licence"), rs.getString("file_name"), rs.getString("sha256"),
				rs.getString("mapping"), rs.getInt("file_rows"), rs.getInt("rows_without_area"),
				rs.getInt("rows_outside_england"), rs.getInt("rows_filtered_out"), rs.getInt("value_count"),
				rs.getString("imported_by_name"), rs.getTimestamp("imported_at").toInstant(),
				rs.getLong("import_millis"), rs.getString("first_period"), rs.getString("last_period"),
				rs.getInt("areas"));
	}

}
