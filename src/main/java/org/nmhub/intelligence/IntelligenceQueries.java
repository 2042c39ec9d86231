package org.nmhub.intelligence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.Confidentiality;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every read of community intelligence, each filtered in SQL by {@link #VISIBLE}: the one
 * predicate that decides who may see an item. Nothing is filtered in Java afterwards.
 */
@Repository
class IntelligenceQueries {

	/**
	 * Who may see an item {@code i}, for a member of the partnership {@code :p} working
	 * for organisation {@code :org}: public items; partners items if the organisation has
	 * signed the current sharing protocol ({@code :signed}); restricted items if the
	 * organisation is named on the item; personal items if it is named and the role is
	 * operational ({@code :operational}, never board members).
	 */
	static final String VISIBLE = """
			(i.partnership_id = :p and (
			    i.grade = 'PUBLIC'
			    or (i.grade = 'PARTNERS' and cast(:signed as boolean))
			    or (i.grade = 'RESTRICTED' and exists (select 1 from intelligence_item_organisations n
			                                           where n.item_id = i.id and n.organisation_id = :org))
			    or (i.grade = 'PERSONAL' and cast(:operational as boolean)
			        and exists (select 1 from intelligence_item_organisations n
			                    where n.item_id = i.id and n.organisation_id = :org))))
			""";

	/** Where an item may be shown, narrowing {@link #VISIBLE} further. */
	enum Surface {

		/** Lists, the item's page and the hotspot map. */
		PAGES(""),
		/** Search results: personal data only for the member who recorded it. */
		SEARCH(" and (i.grade <> 'PERSONAL' or i.recorded_by_user_id = :user)"),
		/** CSV, XLSX, the JSON API and PDF reports: never personal data. */
		EXPORT(" and i.grade <> 'PERSONAL'");

		private final String predicate;

		Surface(String predicate) {
			this.predicate = predicate;
		}

		String where() {
			return VISIBLE + predicate;
		}

	}

	/** What residents may see without signing in: closed public items with an outcome. */
	static final String PUBLIC_OUTCOME = """
			i.partnership_id = :p and i.grade = 'PUBLIC' and i.status = 'CLOSED' and i.outcome <> ''
			and i.erased_at is null
			""";

	private static final String ROW = """
			select i.id, i.reference, i.kind, c.name as category_name,
			       case when i.grade in ('RESTRICTED', 'PERSONAL') then null else i.title end as title,
			       i.grade, i.status, nb.name as neighbourhood_name, i.observed_on, i.illustrative,
			       (i.grade = 'PERSONAL' and i.erased_at is null and i.retain_until < current_date) as past_retention,
			       i.erased_at is not null as erased
			from intelligence_items i
			join intelligence_categories c on c.id = i.category_id
			left join neighbourhoods nb on nb.id = i.neighbourhood_id
			""";

	private final JdbcClient jdbc;

	IntelligenceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private JdbcClient.StatementSpec sql(String sql, Viewer viewer) {
		return jdbc.sql(sql)
			.param("p", viewer.partnershipId())
			.param("org", viewer.organisationId())
			.param("signed", viewer.signed())
			.param("operational", viewer.operational())
			.param("user", viewer.userId());
	}

	/** What the list shows. */
	record Filter(@Nullable ItemStatus status, @Nullable Long neighbourhoodId, @Nullable String search) {
	}

	List<ItemRow> list(Viewer viewer, Filter filter) {
		boolean searching = filter.search() != null && !filter.search().isBlank();
		Surface surface = searching ? Surface.SEARCH : Surface.PAGES;
		return sql(ROW + " where " + surface.where() + """
				  and (cast(:status as text) is null or i.status = cast(:status as text))
				  and (cast(:n as bigint) is null or i.neighbourhood_id = :n)
				  and (cast(:q as text) is null
				       or i.reference ilike :q or i.title ilike :q or i.details ilike :q or i.address_text ilike :q
				       or i.outcome ilike :q)
				order by i.observed_on desc, i.id desc
				limit 500
				""", viewer).param("status", filter.status() == null ? null : filter.status().name())
			.param("n", filter.neighbourhoodId())
			.param("q", searching ? "%" + escapeLike(filter.search().trim()) + "%" : null)
			.query((rs, row) -> row(rs))
			.list();
	}

	/** Personal data past its review date, that this viewer may see and erase. */
	List<ItemRow> pastRetention(Viewer viewer) {
		return sql(ROW + " where " + Surface.PAGES.where() + """
				  and i.grade = 'PERSONAL' and i.erased_at is null and i.retain_until < current_date
				order by i.retain_until
				""", viewer).query((rs, row) -> row(rs)).list();
	}

	Optional<Item> item(Viewer viewer, long id) {
		List<String> organisations = sql("""
				select o.name from intelligence_item_organisations n
				join organisations o on o.id = n.organisation_id
				join intelligence_items i on i.id = n.item_id
				where i.id = :id and """ + Surface.PAGES.where() + " order by o.name", viewer).param("id", id)
			.query(String.class)
			.list();
		return sql(
				"""
						select i.*, c.name as category_name, nb.name as neighbourhood_name, o.name as organisation_name,
						       (i.grade = 'PERSONAL' and i.erased_at is null and i.retain_until < current_date) as past_retention
						from intelligence_items i
						join intelligence_categories c on c.id = i.category_id
						left join neighbourhoods nb on nb.id = i.neighbourhood_id
						left join organisations o on o.id = i.recorded_by_organisation_id
						where i.id = :id and """
						+ Surface.PAGES.where(),
				viewer)
			.param("id", id)
			.query((rs, row) -> item(rs, organisations))
			.optional();
	}

	Optional<Long> idOf(Viewer viewer, String reference) {
		return sql("select i.id from intelligence_items i where i.reference = :ref and " + Surface.PAGES.where(),
				viewer)
			.param("ref", reference.trim().toUpperCase(java.util.Locale.ROOT))
			.query(Long.class)
			.optional();
	}

	List<Response> responses(Viewer viewer, long itemId) {
		return sql("""
				select r.kind, r.text, r.by_name, r.at from intelligence_responses r
				join intelligence_items i on i.id = r.item_id
				where i.id = :id and """ + Surface.PAGES.where() + " order by r.at, r.id", viewer).param("id", itemId)
			.query((rs, row) -> new Response(rs.getString("kind"), rs.getString("text"), rs.getString("by_name"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** The items linked to one, both ways, that the viewer may see. */
	List<ItemRow> linked(Viewer viewer, long itemId) {
		return sql(ROW + " where " + Surface.PAGES.where() + """
				  and i.id in (select linked_item_id from intelligence_item_links where item_id = :id
				               union select item_id from intelligence_item_links where linked_item_id = :id)
				order by i.observed_on desc
				""", viewer).param("id", itemId).query((rs, row) -> row(rs)).list();
	}

	/** One row per item for CSV, XLSX, the API and PDF: never personal data. */
	record ExportRow(String reference, String kind, String category, String title, String details, String grade,
			String status, String neighbourhood, String observedOn, String lsoa2011, String ward, String outcome) {
	}

	List<ExportRow> export(Viewer viewer) {
		return sql(
				"""
						select i.reference, i.kind, c.name as category_name, i.title, i.details, i.grade, i.status,
						       coalesce(nb.name, '') as neighbourhood_name, i.observed_on, coalesce(i.lsoa2011_code, '') as lsoa,
						       coalesce(i.ward_name, '') as ward, i.outcome
						from intelligence_items i
						join intelligence_categories c on c.id = i.category_id
						left join neighbourhoods nb on nb.id = i.neighbourhood_id
						where """
						+ Surface.EXPORT.where() + " order by i.observed_on desc, i.id desc",
				viewer)
			.query((rs, row) -> new ExportRow(rs.getString("reference"), ItemKind.valueOf(rs.getString("kind")).label(),
					rs.getString("category_name"), rs.getString("title"), rs.getString("details"),
					Confidentiality.valueOf(rs.getString("grade")).label(),
					ItemStatus.valueOf(rs.getString("status")).label(), rs.getString("neighbourhood_name"),
					rs.getString("observed_on"), rs.getString("lsoa"), rs.getString("ward"), rs.getString("outcome")))
			.list();
	}

	/** Items the viewer may see, counted by 2011 LSOA and month. */
	record HotspotCount(String lsoa2011, String month, long items) {
	}

	List<HotspotCount> hotspots(Viewer viewer, java.util.Collection<String> lsoas) {
		return sql("""
				select i.lsoa2011_code, to_char(i.observed_on, 'YYYY-MM') as month, count(*) as items
				from intelligence_items i
				where i.lsoa2011_code = any(:lsoas) and """ + Surface.PAGES.where() + """
				group by i.lsoa2011_code, to_char(i.observed_on, 'YYYY-MM')
				""", viewer).param("lsoas", lsoas.toArray(String[]::new))
			.query((rs, row) -> new HotspotCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/** "You said, we did": what residents may see of one neighbourhood. */
	record PublicOutcome(String reference, String category, String title, String outcome,
			java.time.LocalDate closedOn) {
	}

	List<PublicOutcome> publicOutcomes(long partnershipId, long neighbourhoodId) {
		return jdbc.sql("""
				select i.reference, c.name, i.title, i.outcome, i.closed_on
				from intelligence_items i join intelligence_categories c on c.id = i.category_id
				where""" + " " + PUBLIC_OUTCOME + " and i.neighbourhood_id = :n order by i.closed_on desc, i.id desc")
			.param("p", partnershipId)
			.param("n", neighbourhoodId)
			.query((rs, row) -> new PublicOutcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, java.time.LocalDate.class)))
			.list();
	}

	List<Category> categories(long partnershipId) {
		return jdbc.sql("select id, key, name from intelligence_categories where partnership_id = :p order by name")
			.param("p", partnershipId)
			.query((rs, row) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static ItemRow row(ResultSet rs) throws SQLException {
		return new ItemRow(rs.getLong("id"), rs.getString("reference"), ItemKind.valueOf(rs.getString("kind")),
				rs.getString("category_name"), rs.getString("title"),
				ItemRow.shown(rs.getString("title"), Confidentiality.valueOf(rs.getString("grade"))),
				Confidentiality.valueOf(rs.getString("grade")), ItemStatus.valueOf(rs.getString("status")),
				rs.getString("neighbourhood_name"), rs.getObject("observed_on", java.time.LocalDate.class),
				rs.getBoolean("illustrative"), rs.getBoolean("past_retention"), rs.getBoolean("erased"));
	}

	private static Item item(ResultSet rs, List<String> organisations) throws SQLException {
		return new Item(rs.getLong("id"), rs.getString("reference"), ItemKind.valueOf(rs.getString("kind")),
				rs.getString("category_name"), rs.getString("title"), rs.getString("details"),
				Confidentiality.valueOf(rs.getString("grade")), SourceType.valueOf(rs.getString("source_type")),
				rs.getObject("observed_on", java.time.LocalDate.class), rs.getBigDecimal("longitude"),
				rs.getBigDecimal("latitude"), rs.getString("address_text"), rs.getString("lsoa2011_code"),
				rs.getString("lsoa2021_code"), rs.getString("ward_name"), (Long) rs.getObject("neighbourhood_id"),
				rs.getString("neighbourhood_name"), ItemStatus.valueOf(rs.getString("status")), rs.getString("outcome"),
				rs.getObject("closed_on", java.time.LocalDate.class), rs.getString("escalated_to"),
				rs.getObject("retain_until", java.time.LocalDate.class), rs.getTimestamp("erased_at") != null,
				rs.getBoolean("illustrative"), (Long) rs.getObject("recorded_by_user_id"),
				rs.getString("recorded_by_name"), rs.getString("organisation_name"),
				rs.getTimestamp("recorded_at").toInstant(), new ArrayList<>(organisations),
				rs.getBoolean("past_retention"));
	}

}
