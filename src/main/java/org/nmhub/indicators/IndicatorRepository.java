package org.nmhub.indicators;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.LsoaVintage;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IndicatorRepository {

	private static final String DATASET_SQL = """
			select d.id, d.key, d.title, d.publisher, d.edition, d.lsoa_vintage, d.file_name, d.sha256, d.licence,
			       d.row_count, d.coverage, d.columns_not_imported, d.imported_by_name, d.imported_at, d.import_millis,
			       array(select def.key from indicator_dataset_columns c
			             join indicator_definitions def on def.id = c.indicator_id
			             where c.dataset_id = d.id order by c.position) as indicator_keys
			from indicator_datasets d
			""";

	/** Where an edition's indicator is held: which dataset, at which array position. */
	record Supply(String indicatorKey, long datasetId, int position, String fileName) {
	}

	/** A new dataset's provenance, before it has an id. */
	record NewDataset(IodEdition edition, LsoaVintage vintage, String fileName, String sha256, int rowCount,
			boolean partial, List<String> columnsNotImported, @Nullable Long userId, String userName,
			@Nullable Long partnershipId) {
	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	IndicatorRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	List<IndicatorDataset> datasets() {
		return jdbc.sql(DATASET_SQL + " order by d.edition, d.imported_at, d.id").query((rs, n) -> dataset(rs)).list();
	}

	Optional<IndicatorDataset> dataset(long id) {
		return jdbc.sql(DATASET_SQL + " where d.id = :id").param("id", id).query((rs, n) -> dataset(rs)).optional();
	}

	Optional<IndicatorDataset> datasetWithChecksum(String sha256) {
		return jdbc.sql(DATASET_SQL + " where d.sha256 = :sha")
			.param("sha", sha256)
			.query((rs, n) -> dataset(rs))
			.optional();
	}

	List<IndicatorDefinition> definitions() {
		return jdbc
			.sql("select key, name, domain, measure, polarity, aggregation from indicator_definitions order by id")
			.query((rs, n) -> new IndicatorDefinition(rs.getString("key"), rs.getString("name"), rs.getString("domain"),
					Measure.valueOf(rs.getString("measure")), Polarity.valueOf(rs.getString("polarity")),
					Aggregation.valueOf(rs.getString("aggregation"))))
			.list();
	}

	/** The indicators an edition already holds, by key. */
	Map<String, Supply> supplied(String editionKey) {
		Map<String, Supply> supplied = new HashMap<>();
		jdbc.sql("""
				select def.key, c.dataset_id, c.position, d.file_name
				from indicator_dataset_columns c
				join indicator_definitions def on def.id = c.indicator_id
				join indicator_datasets d on d.id = c.dataset_id
				where c.edition_key = :e
				""")
			.param("e", editionKey)
			.query((rs, n) -> new Supply(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
			.list()
			.forEach(s -> supplied.put(s.indicatorKey(), s));
		return supplied;
	}

	/** Every area's value at one position of one dataset. */
	Map<String, BigDecimal> values(long datasetId, int position) {
		Map<String, BigDecimal> values = new HashMap<>();
		jdbc.sql("select area_code, \"values\"[:p] from indicator_values where dataset_id = :d")
			.param("p", position)
			.param("d", datasetId)
			.query((ResultSet rs) -> {
				values.put(rs.getString(1), rs.getBigDecimal(2));
			});
		return values;
	}

	/** The values of an edition's indicator for the areas given. */
	Map<String, BigDecimal> values(String editionKey, String indicatorKey, Collection<String> areaCodes) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		jdbc.sql("""
				select v.area_code, v."values"[c.position]
				from indicator_dataset_columns c
				join indicator_definitions def on def.id = c.indicator_id
				join indicator_values v on v.dataset_id = c.dataset_id
				where c.edition_key = :e and def.key = :i and v.area_code = any(:codes)
				order by v.area_code
				""")
			.param("e", editionKey)
			.param("i", indicatorKey)
			.param("codes", areaCodes.toArray(String[]::new))
			.query((ResultSet rs) -> {
				values.put(rs.getString(1), rs.getBigDecimal(2));
			});
		return values;
	}

	int nationalCount(int edition, LsoaVintage vintage) {
		return jdbc.sql("""
				select coalesce(max(row_count), 0) from indicator_datasets
				where edition = :e and lsoa_vintage = :v and coverage = 'FULL'
				""").param("e", edition).param("v", vintage.year()).query(Integer.class).single();
	}

	/** Adds the definitions not yet stored, and returns every one's id by key. */
	Map<String, Integer> ensureDefinitions(Collection<IndicatorDefinition> definitions) {
		jdbc.sql("""
				insert into indicator_definitions (key, name, domain, measure, polarity, aggregation)
				select * from unnest(:keys, :names, :domains, :measures, :polarities, :aggregations)
				on conflict (key) do nothing
				""")
			.param("keys", definitions.stream().map(IndicatorDefinition::key).toArray(String[]::new))
			.param("names", definitions.stream().map(IndicatorDefinition::name).toArray(String[]::new))
			.param("domains", definitions.stream().map(IndicatorDefinition::domain).toArray(String[]::new))
			.param("measures", definitions.stream().map(d -> d.measure().name()).toArray(String[]::new))
			.param("polarities", definitions.stream().map(d -> d.polarity().name()).toArray(String[]::new))
			.param("aggregations", definitions.stream().map(d -> d.aggregation().name()).toArray(String[]::new))
			.update();
		Map<String, Integer> ids = new HashMap<>();
		jdbc.sql("select key, id from indicator_definitions where key = any(:keys)")
			.param("keys", definitions.stream().map(IndicatorDefinition::key).toArray(String[]::new))
			.query((ResultSet rs) -> {
				ids.put(rs.getString(1), rs.getInt(2));
			});
		return ids;
	}

	long insertDataset(NewDataset d) {
		return jdbc.sql("""
				insert into indicator_datasets (key, title, publisher, edition, lsoa_vintage, file_name, sha256,
				    licence, row_count, coverage, columns_not_imported, imported_by_user_id, imported_by_name,
				    partnership_id, import_millis)
				values (:key, :title, :publisher, :edition, :vintage, :file, :sha, :licence, :rows, :coverage,
				    :notImported, :userId, :userName, :partnership, 0)
				returning id
				""")
			.param("key", d.edition().key())
			.param("title", d.edition().title())
			.param("publisher", d.edition().publisher())
			.param("edition", d.edition().year())
			.param("vintage", d.vintage().year())
			.param("file", d.fileName())
			.param("sha", d.sha256())
			.param("licence", d.edition().licence())
			.param("rows", d.rowCount())
			.param("coverage", d.partial() ? "PARTIAL" : "FULL")
			.param("notImported", d.columnsNotImported().toArray(String[]::new))
			.param("userId", d.userId())
			.param("userName", d.userName())
			.param("partnership", d.partnershipId())
			.query(Long.class)
			.single();
	}

	/** The dataset's columns, at positions 1, 2, … in the order given. */
	void insertColumns(long datasetId, String editionKey, List<Integer> indicatorIds, List<String> sourceColumns) {
		jdbc.sql("""
				insert into indicator_dataset_columns (dataset_id, position, indicator_id, edition_key, source_column)
				select :d, t.position, t.indicator_id, :e, t.source_column
				from unnest(:ids, :columns) with ordinality as t(indicator_id, source_column, position)
				""")
			.param("d", datasetId)
			.param("e", editionKey)
			.param("ids", indicatorIds.toArray(Integer[]::new))
			.param("columns", sourceColumns.toArray(String[]::new))
			.update();
	}

	void recordImportTime(long datasetId, long millis) {
		jdbc.sql("update indicator_datasets set import_millis = :m where id = :id")
			.param("m", millis)
			.param("id", datasetId)
			.update();
	}

	/**
	 * Streams the rows into {@code indicator_values} with PostgreSQL's COPY, on the
	 * connection of the current transaction. Each value is already checked, plain decimal
	 * text.
	 */
	void copyValues(long datasetId, LsoaVintage vintage, List<String> areas, List<String[]> values) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy indicator_values (area_code, dataset_id, lsoa_vintage, \"values\") from stdin");
			try {
				String prefix = "\t" + datasetId + "\t" + vintage.year() + "\t{";
				StringBuilder buffer = new StringBuilder(1 << 17);
				for (int i = 0; i < areas.size(); i++) {
					buffer.append(areas.get(i)).append(prefix);
					String[] row = values.get(i);
					for (int j = 0; j < row.length; j++) {
						if (j > 0) {
							buffer.append(',');
						}
						buffer.append(row[j]);
					}
					buffer.append("}\n");
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
			throw new IllegalStateException("COPY into indicator_values failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.US_ASCII);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	private static IndicatorDataset dataset(ResultSet rs) throws SQLException {
		Timestamp at = rs.getTimestamp("imported_at");
		return new IndicatorDataset(rs.getLong("id"), rs.getString("key"), rs.getString("title"),
				rs.getString("publisher"), rs.getInt("edition"), LsoaVintage.ofYear(rs.getInt("lsoa_vintage")),
				rs.getString("file_name"), rs.getString("sha256"), rs.getString("licence"), rs.getInt("row_count"),
				"PARTIAL".equals(rs.getString("coverage")), strings(rs.getArray("indicator_keys")),
				strings(rs.getArray("columns_not_imported")), rs.getString("imported_by_name"), at.toInstant(),
				rs.getLong("import_millis"));
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
