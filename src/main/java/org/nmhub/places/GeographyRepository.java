package org.nmhub.places;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.jspecify.annotations.Nullable;
import org.nmhub.shared.LsoaVintage;
import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The national reference geography tables: LSOAs, change lookups, boundary layers and the
 * provenance of every imported file. Bulk writes go through PostgreSQL {@code COPY} into
 * a temporary staging table, then one {@code insert … on conflict} that changes only rows
 * whose values differ, so re-importing the same data changes nothing.
 */
@Repository
class GeographyRepository {

	/** The columns of places_lsoas an import may set, besides vintage and code. */
	static final List<String> LSOA_COLUMNS = List.of("name", "msoa_code", "msoa_name", "ward_code", "ward_name",
			"lad_code", "lad_name", "geometry");

	record LsoaRow(String code, String name, @Nullable String msoaCode, @Nullable String msoaName,
			@Nullable String wardCode, @Nullable String wardName, @Nullable String ladCode, @Nullable String ladName,
			byte @Nullable [] geometry) {

		static LsoaRow named(String code, String name) {
			return new LsoaRow(code, name, null, null, null, null, null, null, null);
		}

		List<@Nullable String> values() {
			return Arrays.asList(name, msoaCode, msoaName, wardCode, wardName, ladCode, ladName, hex(geometry));
		}

	}

	record ChangeRow(String fromCode, String toCode, char change) {
	}

	record BoundaryRow(String code, String name, @Nullable String ladCode, byte[] geometry) {
	}

	record ImportRecord(long id, String kind, String fileName, String sha256, String publisher, String edition,
			String licence, int rowsWritten, int rowsSkipped, String importedBy, OffsetDateTime importedAt) {
	}

	record Layer(String name, int vintage, long areas, long withBoundaries) {
	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	GeographyRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * The codes come as one comma-separated text (LSOA codes hold no commas): for the
	 * ~35,000 LSOAs of England and Wales that is one value to read instead of a row each.
	 */
	Set<String> lsoaCodes(LsoaVintage vintage) {
		String joined = jdbc.sql("select coalesce(string_agg(code, ','), '') from places_lsoas where vintage = :v")
			.param("v", vintage.year())
			.query(String.class)
			.single();
		Set<String> codes = new HashSet<>(joined.length() / 8);
		for (int from = 0; from < joined.length();) {
			int comma = joined.indexOf(',', from);
			int end = comma < 0 ? joined.length() : comma;
			codes.add(joined.substring(from, end));
			from = end + 1;
		}
		return codes;
	}

	// --- writes (called inside the import's transaction) ---

	/**
	 * Inserts or updates LSOAs of a vintage, setting only the given columns; returns how
	 * many rows were inserted or changed.
	 */
	int upsertLsoas(int vintage, List<LsoaRow> rows, List<String> columns) {
		jdbc.sql("create temporary table places_lsoas_staging (like places_lsoas) on commit drop").update();
		copy("places_lsoas_staging (vintage, code, " + String.join(", ", LSOA_COLUMNS) + ")", rows.stream().map(r -> {
			List<@Nullable String> values = new java.util.ArrayList<>();
			values.add(String.valueOf(vintage));
			values.add(r.code());
			values.addAll(r.values());
			return values;
		}).toList());
		String set = columns.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
		String was = columns.stream().map(c -> "places_lsoas." + c).collect(Collectors.joining(", "));
		String now = columns.stream().map(c -> "excluded." + c).collect(Collectors.joining(", "));
		int changed = jdbc
			.sql("insert into places_lsoas (vintage, code, " + String.join(", ", columns) + ") select "
					+ "vintage, code, " + String.join(", ", columns) + " from places_lsoas_staging "
					+ "on conflict (vintage, code) do update set " + set + " where row(" + was
					+ ") is distinct from row(" + now + ")")
			.update();
		jdbc.sql("drop table places_lsoas_staging").update();
		return changed;
	}

	/** Sets the polygons of LSOAs that exist; returns how many changed. */
	int updateLsoaGeometries(int vintage, List<LsoaRow> rows) {
		jdbc.sql("create temporary table places_lsoas_staging (like places_lsoas) on commit drop").update();
		copy("places_lsoas_staging (vintage, code, name, geometry)", rows.stream()
			.map(r -> Arrays.<@Nullable String>asList(String.valueOf(vintage), r.code(), r.name(), hex(r.geometry())))
			.toList());
		int changed = jdbc.sql("""
				update places_lsoas l set geometry = s.geometry from places_lsoas_staging s
				where l.vintage = s.vintage and l.code = s.code and l.geometry is distinct from s.geometry
				""").update();
		jdbc.sql("drop table places_lsoas_staging").update();
		return changed;
	}

	int upsertChanges(int fromVintage, int toVintage, List<ChangeRow> rows) {
		jdbc.sql("create temporary table places_lsoa_changes_staging (like places_lsoa_changes) on commit drop")
			.update();
		copy("places_lsoa_changes_staging (from_vintage, from_code, to_vintage, to_code, change)",
				rows.stream()
					.map(r -> Arrays.<@Nullable String>asList(String.valueOf(fromVintage), r.fromCode(),
							String.valueOf(toVintage), r.toCode(), String.valueOf(r.change())))
					.toList());
		int changed = jdbc.sql("""
				insert into places_lsoa_changes select * from places_lsoa_changes_staging
				on conflict (from_vintage, from_code, to_vintage, to_code) do update set change = excluded.change
				where places_lsoa_changes.change <> excluded.change
				""").update();
		jdbc.sql("drop table places_lsoa_changes_staging").update();
		return changed;
	}

	/**
	 * Gives each 2001 LSOA the district of its 2011 successor (the 2001 to 2011 lookup
	 * names none); returns how many changed.
	 */
	int deriveLsoa2001Districts() {
		return jdbc.sql("""
				update places_lsoas l set lad_code = d.lad_code, lad_name = d.lad_name
				from (select distinct on (c.from_code) c.from_code, n.lad_code, n.lad_name
				      from places_lsoa_changes c
				      join places_lsoas n on n.vintage = 2011 and n.code = c.to_code
				      where c.from_vintage = 2001 and n.lad_code is not null
				      order by c.from_code, n.lad_code) d
				where l.vintage = 2001 and l.code = d.from_code
				  and row(l.lad_code, l.lad_name) is distinct from row(d.lad_code, d.lad_name)
				""").update();
	}

	int upsertBoundaries(String layer, int vintage, List<BoundaryRow> rows) {
		jdbc.sql("create temporary table places_boundaries_staging (like places_boundaries) on commit drop").update();
		copy("places_boundaries_staging (layer, vintage, code, name, lad_code, geometry)",
				rows.stream()
					.map(r -> Arrays.<@Nullable String>asList(layer, String.valueOf(vintage), r.code(), r.name(),
							r.ladCode(), hex(r.geometry())))
					.toList());
		int changed = jdbc.sql("""
				insert into places_boundaries select * from places_boundaries_staging
				on conflict (layer, vintage, code) do update
				set name = excluded.name, lad_code = excluded.lad_code, geometry = excluded.geometry
				where row(places_boundaries.name, places_boundaries.lad_code, places_boundaries.geometry)
				      is distinct from row(excluded.name, excluded.lad_code, excluded.geometry)
				""").update();
		jdbc.sql("drop table places_boundaries_staging").update();
		return changed;
	}

	long recordImport(GeographyFileKind kind, String fileName, String sha256, int rows, int skipped,
			@Nullable Long userId, String userName, @Nullable Long partnershipId) {
		return jdbc.sql("""
				insert into places_geography_imports (kind, file_name, sha256, publisher, edition, licence,
				    rows_written, rows_skipped, imported_by_user_id, imported_by_name, partnership_id)
				values (:kind, :file, :sha, :publisher, :edition, :licence, :rows, :skipped, :user, :name, :p)
				returning id
				""")
			.param("kind", kind.name())
			.param("file", fileName)
			.param("sha", sha256)
			.param("publisher", GeographyFileKind.PUBLISHER)
			.param("edition", kind.edition())
			.param("licence", kind.licence())
			.param("rows", rows)
			.param("skipped", skipped)
			.param("user", userId)
			.param("name", userName)
			.param("p", partnershipId)
			.query(Long.class)
			.single();
	}

	private void copy(String table, List<List<@Nullable String>> rows) {
		StringWriter csv = new StringWriter(rows.size() * 64);
		try (CsvWriter writer = CsvWriter.builder().build(csv)) {
			for (List<@Nullable String> row : rows) {
				writer.writeRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " from stdin with (format csv)", new StringReader(csv.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not copy rows into " + table, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static @Nullable String hex(byte @Nullable [] bytes) {
		return bytes == null ? null : "\\x" + HexFormat.of().formatHex(bytes);
	}

	// --- provenance and layers ---

	Optional<ImportRecord> findImport(String sha256) {
		return jdbc.sql(IMPORT_SQL + " where sha256 = :sha order by id limit 1")
			.param("sha", sha256)
			.query((rs, n) -> importRecord(rs))
			.optional();
	}

	List<ImportRecord> imports() {
		return jdbc.sql(IMPORT_SQL + " order by imported_at desc, id desc").query((rs, n) -> importRecord(rs)).list();
	}

	private static final String IMPORT_SQL = """
			select id, kind, file_name, sha256, publisher, edition, licence, rows_written, rows_skipped,
			       imported_by_name, imported_at from places_geography_imports
			""";

	private static ImportRecord importRecord(ResultSet rs) throws SQLException {
		return new ImportRecord(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
				rs.getString("sha256"), rs.getString("publisher"), rs.getString("edition"), rs.getString("licence"),
				rs.getInt("rows_written"), rs.getInt("rows_skipped"), rs.getString("imported_by_name"),
				rs.getObject("imported_at", OffsetDateTime.class));
	}

	List<Layer> layers() {
		List<Layer> layers = new java.util.ArrayList<>(jdbc.sql("""
				select 'LSOA' as name, vintage, count(*) as areas, count(geometry) as with_boundaries
				from places_lsoas group by vintage
				""").query((rs, n) -> layer(rs)).list());
		layers.addAll(jdbc.sql("""
				select case layer when 'ward' then 'Ward' when 'district' then 'District' else 'MSOA' end as name,
				       vintage, count(*) as areas, count(*) as with_boundaries
				from places_boundaries group by layer, vintage
				""").query((rs, n) -> layer(rs)).list());
		layers.sort(java.util.Comparator.comparing(Layer::name).thenComparing(Layer::vintage));
		return layers;
	}

	private static Layer layer(ResultSet rs) throws SQLException {
		return new Layer(rs.getString("name"), rs.getInt("vintage"), rs.getLong("areas"),
				rs.getLong("with_boundaries"));
	}

	long changeCount(int fromVintage) {
		return jdbc.sql("select count(*) from places_lsoa_changes where from_vintage = :v")
			.param("v", fromVintage)
			.query(Long.class)
			.single();
	}

	// --- reads for the Geography facade ---

	private static final String LSOA_SQL = """
			select vintage, code, name, msoa_code, msoa_name, ward_code, ward_name, lad_code, lad_name
			from places_lsoas
			""";

	Optional<LsoaRef> lsoa(LsoaVintage vintage, String code) {
		return jdbc.sql(LSOA_SQL + " where vintage = :v and code = :code")
			.param("v", vintage.year())
			.param("code", code)
			.query((rs, n) -> lsoa(rs))
			.optional();
	}

	List<LsoaRef> lsoasInDistrict(LsoaVintage vintage, String ladCode) {
		return jdbc.sql(LSOA_SQL + " where vintage = :v and lad_code = :lad order by code")
			.param("v", vintage.year())
			.param("lad", ladCode)
			.query((rs, n) -> lsoa(rs))
			.list();
	}

	List<LsoaRef> lsoasInWard(LsoaVintage vintage, String wardCode) {
		return jdbc.sql(LSOA_SQL + " where vintage = :v and ward_code = :ward order by code")
			.param("v", vintage.year())
			.param("ward", wardCode)
			.query((rs, n) -> lsoa(rs))
			.list();
	}

	Map<String, LsoaRef> lsoas(LsoaVintage vintage, java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(LSOA_SQL + " where vintage = :v and code = any(:codes)")
			.param("v", vintage.year())
			.param("codes", codes.toArray(String[]::new))
			.query((rs, n) -> lsoa(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(LsoaRef::code, Function.identity()));
	}

	private static LsoaRef lsoa(ResultSet rs) throws SQLException {
		return new LsoaRef(LsoaVintage.ofYear(rs.getInt("vintage")), rs.getString("code"), rs.getString("name"),
				area(rs, "msoa"), area(rs, "ward"), area(rs, "lad"));
	}

	private static @Nullable AreaRef area(ResultSet rs, String prefix) throws SQLException {
		String code = rs.getString(prefix + "_code");
		String name = rs.getString(prefix + "_name");
		return code == null ? null : new AreaRef(code, name == null ? code : name);
	}

	List<LsoaChange> changes(int fromVintage, int toVintage) {
		return jdbc.sql("""
				select from_code, to_code, change from places_lsoa_changes
				where from_vintage = :f and to_vintage = :t order by from_code, to_code
				""")
			.param("f", fromVintage)
			.param("t", toVintage)
			.query((rs, n) -> new LsoaChange(rs.getString("from_code"), rs.getString("to_code"),
					rs.getString("change").charAt(0)))
			.list();
	}

	/**
	 * The change rows between two consecutive vintages that touch the codes given: their
	 * old codes when {@code byOldCode}, else their new codes.
	 */
	List<LsoaChange> changesTouching(int fromVintage, int toVintage, java.util.Collection<String> codes,
			boolean byOldCode) {
		return jdbc.sql(
				"select from_code, to_code, change from places_lsoa_changes where from_vintage = :f and to_vintage = :t and "
						+ (byOldCode ? "from_code" : "to_code") + " = any(:codes) order by from_code, to_code")
			.param("f", fromVintage)
			.param("t", toVintage)
			.param("codes", codes.toArray(String[]::new))
			.query((rs, n) -> new LsoaChange(rs.getString("from_code"), rs.getString("to_code"),
					rs.getString("change").charAt(0)))
			.list();
	}

	long importsVersion() {
		return jdbc.sql("select coalesce(max(id), 0) from places_geography_imports").query(Long.class).single();
	}

	/** WKB polygons of the LSOAs of a vintage (all of them when codes is null). */
	Map<String, byte[]> lsoaGeometries(LsoaVintage vintage, java.util.@Nullable Collection<String> codes) {
		Map<String, byte[]> geometries = new LinkedHashMap<>();
		jdbc.sql("select code, geometry from places_lsoas where vintage = :v and geometry is not null"
				+ (codes == null ? "" : " and code = any(:codes)") + " order by code")
			.param("v", vintage.year())
			.param("codes", codes == null ? new String[0] : codes.toArray(String[]::new))
			.query((ResultSet rs) -> {
				geometries.put(rs.getString("code"), rs.getBytes("geometry"));
			});
		return geometries;
	}

	Optional<byte[]> boundary(String layer, String code) {
		return jdbc.sql("""
				select geometry from places_boundaries where layer = :layer and code = :code
				order by vintage desc limit 1
				""").param("layer", layer).param("code", code).query(byte[].class).optional();
	}

	/** Boundaries of a layer within a district, newest vintage first, by code. */
	Map<String, byte[]> boundariesInDistrict(String layer, String ladCode) {
		Map<String, byte[]> geometries = new HashMap<>();
		jdbc.sql("""
				select code, geometry from places_boundaries
				where layer = :layer and lad_code = :lad
				  and vintage = (select max(vintage) from places_boundaries where layer = :layer and lad_code = :lad)
				""").param("layer", layer).param("lad", ladCode).query((ResultSet rs) -> {
			geometries.put(rs.getString("code"), rs.getBytes("geometry"));
		});
		return geometries;
	}

}
