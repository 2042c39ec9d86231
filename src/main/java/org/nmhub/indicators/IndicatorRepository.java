package org.nmhub.indicators;

import java.math.BigDecimal;
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

import org.nmhub.shared.SqlArrays;
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
	 * Refreshes the planner's statistics of indicator_values within the importing
	 * transaction, so that the statements that follow (England's summaries, profiles) are
	 * planned for the rows just written rather than for the table as it was: the table's
	 * size and the rows per dataset (dataset_id, from a sample of 9,000 rows, V0140).
	 * area_code's statistics, one row per LSOA per dataset, barely change with a new
	 * dataset and are left to autovacuum: computing them was most of the ANALYZE's time.
	 */
	void analyseValues() {
		jdbc.sql("analyze indicator_values (dataset_id)").update();
	}

	/**
	 * Starts streaming a dataset's values with {@code COPY ... (FORMAT binary)} on the
	 * transaction's connection: the rows are encoded here (text code, bigint, smallint,
	 * numeric[] with each value in PostgreSQL's base-10000 numeric form), so the server
	 * stores them without parsing any text, and it stores each batch while the caller
	 * goes on checking the next rows. The values are plain decimal text (checked by the
	 * import), encoded exactly, scale included. Official files are in LSOA code order, so
	 * their rows arrive in the primary key's order (dataset_id, area_code) and each is
	 * appended at the right-most leaf; a file in another order is still written whole,
	 * its entries placed within the new dataset's part of the key.
	 */
	ValuesCopy copyValues(long datasetId, LsoaVintage vintage) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy indicator_values (area_code, dataset_id, lsoa_vintage, \"values\") from stdin"
						+ " (format binary)");
			ValuesCopy values = new ValuesCopy(connection, copy, datasetId, (short) vintage.year());
			values.out.header();
			return values;
		}
		catch (SQLException ex) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw new IllegalStateException("COPY into indicator_values failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * One dataset's values on their way into indicator_values: {@link #row} each row,
	 * then {@link #finish}; closing an unfinished copy cancels it, so the transaction
	 * fails and must be rolled back.
	 */
	final class ValuesCopy implements AutoCloseable {

		private final Connection connection;

		private final CopyIn copy;

		private final BinaryRows out;

		private final long datasetId;

		private final short vintage;

		private ValuesCopy(Connection connection, CopyIn copy, long datasetId, short vintage) {
			this.connection = connection;
			this.copy = copy;
			this.out = new BinaryRows(copy);
			this.datasetId = datasetId;
			this.vintage = vintage;
		}

		void row(String area, String[] values) {
			try {
				out.row(area, datasetId, vintage, values);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY into indicator_values failed: " + ex.getMessage(), ex);
			}
		}

		void finish() {
			try {
				out.trailer();
				copy.endCopy();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY into indicator_values failed: " + ex.getMessage(), ex);
			}
		}

		@Override
		public void close() {
			try {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
			catch (SQLException ex) {
				// The COPY is cancelled: the server reports it as the statement's
				// failure.
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		}

	}

	/** A dataset's row count and coverage, known once its rows have been read. */
	void recordRows(long datasetId, int rowCount, boolean partial) {
		jdbc.sql("update indicator_datasets set row_count = :rows, coverage = :coverage where id = :id")
			.param("rows", rowCount)
			.param("coverage", partial ? "PARTIAL" : "FULL")
			.param("id", datasetId)
			.update();
	}

	/** PostgreSQL's binary COPY format for the rows of indicator_values. */
	static final class BinaryRows {

		private static final int NUMERIC_OID = 1700;

		private static final short NUMERIC_POS = 0x0000;

		private static final short NUMERIC_NEG = 0x4000;

		private final CopyIn copy;

		private byte[] buffer = new byte[1 << 17];

		private int length;

		private final short[] digits = new short[64];

		BinaryRows(CopyIn copy) {
			this.copy = copy;
		}

		void header() throws SQLException {
			bytes(new byte[] { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 });
			int32(0);
			int32(0);
		}

		void row(String area, long datasetId, short vintage, String[] values) throws SQLException {
			ensure(64 + area.length() + 32 * values.length);
			int16(4);
			int32(area.length());
			for (int i = 0; i < area.length(); i++) {
				// LSOA codes are ASCII: they were found among the codes NM Hub holds.
				char c = area.charAt(i);
				if (c > 0x7F) {
					throw new IllegalArgumentException("not an LSOA code: " + area);
				}
				buffer[length++] = (byte) c;
			}
			int32(8);
			int64(datasetId);
			int32(2);
			int16(vintage);
			int arrayLength = length;
			int32(0);
			int arrayStart = length;
			int32(1);
			int32(0);
			int32(NUMERIC_OID);
			int32(values.length);
			int32(1);
			for (String value : values) {
				numeric(value);
			}
			putInt(arrayLength, length - arrayStart);
			if (length > (1 << 16)) {
				flush();
			}
		}

		void trailer() throws SQLException {
			ensure(2);
			int16(-1);
			flush();
		}

		/**
		 * A plain decimal ({@code -?[0-9]+(\.[0-9]+)?}) as a binary numeric: its digits
		 * in base 10,000 groups aligned on the decimal point, the weight of the first
		 * group, the sign and the display scale (the number of digits after the point, as
		 * {@code numeric_in} keeps them).
		 */
		void numeric(String s) {
			int n = s.length();
			boolean negative = n > 0 && s.charAt(0) == '-';
			int start = negative ? 1 : 0;
			int point = s.indexOf('.', start);
			if (point < 0) {
				point = n;
			}
			int intLength = point - start;
			int fracLength = (point == n) ? 0 : n - point - 1;
			if (intLength <= 0 || (point < n && fracLength == 0)) {
				throw new IllegalArgumentException("not a plain decimal: " + s);
			}
			int padLeft = (4 - intLength % 4) % 4;
			int groups = (padLeft + intLength) / 4 + (fracLength + 3) / 4;
			if (groups > digits.length) {
				throw new IllegalArgumentException("too many digits: " + s);
			}
			int weight = (padLeft + intLength) / 4 - 1;
			int k = 0;
			for (int g = 0; g < groups; g++) {
				int group = 0;
				for (int d = 0; d < 4; d++, k++) {
					int digit;
					if (k < padLeft) {
						digit = 0;
					}
					else if (k < padLeft + intLength) {
						digit = digit(s, start + k - padLeft);
					}
					else if (k < padLeft + intLength + fracLength) {
						digit = digit(s, point + 1 + k - padLeft - intLength);
					}
					else {
						digit = 0;
					}
					group = group * 10 + digit;
				}
				digits[g] = (short) group;
			}
			int first = 0;
			while (first < groups && digits[first] == 0) {
				first++;
			}
			int last = groups;
			while (last > first && digits[last - 1] == 0) {
				last--;
			}
			int count = last - first;
			ensure(12 + 2 * count);
			int32(8 + 2 * count);
			int16(count);
			int16(count == 0 ? 0 : weight - first);
			int16(count == 0 || !negative ? NUMERIC_POS : NUMERIC_NEG);
			int16(fracLength);
			for (int g = first; g < last; g++) {
				int16(digits[g]);
			}
		}

		private static int digit(String s, int index) {
			char c = s.charAt(index);
			if (c < '0' || c > '9') {
				throw new IllegalArgumentException("not a plain decimal: " + s);
			}
			return c - '0';
		}

		private void ensure(int more) {
			if (length + more > buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
			}
		}

		private void bytes(byte[] b) {
			ensure(b.length);
			System.arraycopy(b, 0, buffer, length, b.length);
			length += b.length;
		}

		private void int16(int v) {
			buffer[length++] = (byte) (v >>> 8);
			buffer[length++] = (byte) v;
		}

		private void int32(int v) {
			ensure(4);
			putInt(length, v);
			length += 4;
		}

		private void putInt(int at, int v) {
			buffer[at] = (byte) (v >>> 24);
			buffer[at + 1] = (byte) (v >>> 16);
			buffer[at + 2] = (byte) (v >>> 8);
			buffer[at + 3] = (byte) v;
		}

		private void int64(long v) {
			int32((int) (v >>> 32));
			int32((int) v);
		}

		private void flush() throws SQLException {
			if (length > 0) {
				copy.writeToCopy(buffer, 0, length);
			}
			length = 0;
		}

	}

	private static IndicatorDataset dataset(ResultSet rs) throws SQLException {
		Timestamp at = rs.getTimestamp("imported_at");
		return new IndicatorDataset(rs.getLong("id"), rs.getString("key"), rs.getString("title"),
				rs.getString("publisher"), rs.getInt("edition"), LsoaVintage.ofYear(rs.getInt("lsoa_vintage")),
				rs.getString("file_name"), rs.getString("sha256"), rs.getString("licence"), rs.getInt("row_count"),
				"PARTIAL".equals(rs.getString("coverage")), SqlArrays.strings(rs.getArray("indicator_keys")),
				SqlArrays.strings(rs.getArray("columns_not_imported")), rs.getString("imported_by_name"),
				at.toInstant(), rs.getLong("import_millis"));
	}

}
