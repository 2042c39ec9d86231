package org.nmhub.toolkit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Toolkit material and glossary terms: a partnership sees its own and the shared ones
 * (partnership id null), never another partnership's.
 */
@Repository
class ToolkitRepository {

	private static final String COLUMNS = "i.id, i.partnership_id is null as shared, i.kind, i.title, i.summary, i.body, i.source, i.tags";

	private final JdbcClient jdbc;

	ToolkitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Material matching the words (PostgreSQL full-text search, best matches first) and
	 * the tag; everything by title when both are empty.
	 */
	List<ToolkitItem> search(long partnership, String words, String tag) {
		boolean searching = !words.isBlank();
		String sql = "select " + COLUMNS + ", "
				+ (searching
						? "ts_headline('english', i.summary || ' ' || i.body, q, "
								+ "'StartSel=«, StopSel=», MaxWords=35, MinWords=15, MaxFragments=2') as excerpt"
						: "null as excerpt")
				+ " from toolkit_items i" + (searching ? ", websearch_to_tsquery('english', :words) q" : "")
				+ " where (i.partnership_id = :p or i.partnership_id is null)" + (searching ? " and i.search @@ q" : "")
				+ (tag.isBlank() ? "" : " and :tag = any(i.tags)")
				+ (searching ? " order by ts_rank(i.search, q) desc, i.title" : " order by i.title");
		var statement = jdbc.sql(sql).param("p", partnership);
		if (searching) {
			statement = statement.param("words", words);
		}
		if (!tag.isBlank()) {
			statement = statement.param("tag", tag);
		}
		return statement.query(ToolkitRepository::item).list();
	}

	Optional<ToolkitItem> item(long partnership, long id) {
		return jdbc
			.sql("select " + COLUMNS + ", null as excerpt from toolkit_items i "
					+ "where i.id = :id and (i.partnership_id = :p or i.partnership_id is null)")
			.param("p", partnership)
			.param("id", id)
			.query(ToolkitRepository::item)
			.optional();
	}

	List<String> tags(long partnership) {
		return jdbc.sql("""
				select distinct t from toolkit_items i, unnest(i.tags) t
				where i.partnership_id = :p or i.partnership_id is null order by t
				""").param("p", partnership).query(String.class).list();
	}

	boolean titleTaken(long partnership, String title) {
		return jdbc.sql("""
				select count(*) from toolkit_items
				where (partnership_id = :p or partnership_id is null) and lower(title) = lower(:t)
				""").param("p", partnership).param("t", title).query(Long.class).single() > 0;
	}

	long insert(long partnership, ToolkitKind kind, String title, String summary, String body, String source,
			List<String> tags, String createdBy) {
		return jdbc.sql("""
				insert into toolkit_items (partnership_id, kind, title, summary, body, source, tags, created_by)
				values (:p, :kind, :title, :summary, :body, :source, :tags, :by) returning id
				""")
			.param("p", partnership)
			.param("kind", kind.name())
			.param("title", title)
			.param("summary", summary)
			.param("body", body)
			.param("source", source)
			.param("tags", tags.toArray(String[]::new))
			.param("by", createdBy)
			.query(Long.class)
			.single();
	}

	/**
	 * The partnership's glossary: its own terms, and the shared ones it has not
	 * redefined.
	 */
	List<GlossaryTerm> glossary(@Nullable Long partnership) {
		return jdbc.sql("""
				select distinct on (g.abbreviation) g.id, g.partnership_id is null as shared, g.abbreviation, g.meaning,
				       g.source
				from glossary_terms g
				where g.partnership_id is null or g.partnership_id = :p
				order by g.abbreviation, g.partnership_id nulls last
				""")
			.param("p", partnership)
			.query((rs, n) -> new GlossaryTerm(rs.getLong("id"), rs.getBoolean("shared"), rs.getString("abbreviation"),
					rs.getString("meaning"), rs.getString("source")))
			.list();
	}

	boolean termDefined(long partnership, String abbreviation) {
		return jdbc.sql("select count(*) from glossary_terms where partnership_id = :p and abbreviation = :a")
			.param("p", partnership)
			.param("a", abbreviation)
			.query(Long.class)
			.single() > 0;
	}

	long insertTerm(long partnership, String abbreviation, String meaning, String source) {
		return jdbc.sql("""
				insert into glossary_terms (partnership_id, abbreviation, meaning, source)
				values (:p, :a, :m, :s) returning id
				""")
			.param("p", partnership)
			.param("a", abbreviation)
			.param("m", meaning)
			.param("s", source)
			.query(Long.class)
			.single();
	}

	void insertSharedTermIfAbsent(String abbreviation, String meaning, String source) {
		jdbc.sql("""
				insert into glossary_terms (partnership_id, abbreviation, meaning, source)
				values (null, :a, :m, :s)
				on conflict (coalesce(partnership_id, 0), abbreviation) do nothing
				""").param("a", abbreviation).param("m", meaning).param("s", source).update();
	}

	void insertSharedItemIfAbsent(ToolkitKind kind, String title, String summary, String body, String source,
			List<String> tags) {
		jdbc.sql("""
				insert into toolkit_items (partnership_id, kind, title, summary, body, source, tags, created_by)
				values (null, :kind, :title, :summary, :body, :source, :tags, 'NM Hub')
				on conflict (coalesce(partnership_id, 0), lower(title)) do nothing
				""")
			.param("kind", kind.name())
			.param("title", title)
			.param("summary", summary)
			.param("body", body)
			.param("source", source)
			.param("tags", tags.toArray(String[]::new))
			.update();
	}

	private static ToolkitItem item(ResultSet rs, int row) throws SQLException {
		return new ToolkitItem(rs.getLong("id"), rs.getBoolean("shared"), ToolkitKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("summary"), rs.getString("body"), rs.getString("source"),
				SqlArrays.strings(rs.getArray("tags")), rs.getString("excerpt"));
	}

}
