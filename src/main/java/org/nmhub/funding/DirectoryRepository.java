package org.nmhub.funding;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;
import org.nmhub.funding.FundingChoices.Eligibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The funding directory, searched with PostgreSQL full-text search (English stemming,
 * name and funder weighted above the description) and filtered in SQL.
 */
@Repository
class DirectoryRepository {

	private static final String COLUMNS = """
			id, name, funder, description, eligibility, sectors, min_amount, max_amount, deadline, contact,
			illustrative, source
			""";

	private final JdbcClient jdbc;

	DirectoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Entries matching the words (any order, stemmed), whose eligibility covers the area
	 * asked for, whose sectors mention the sector, whose range admits the amount and
	 * whose deadline (if any) is not before {@code openOn}; best match first.
	 */
	List<DirectoryEntry> search(PartnershipId partnership, @Nullable String words, @Nullable Eligibility area,
			@Nullable String sector, @Nullable BigDecimal amount, @Nullable LocalDate openOn) {
		return jdbc
			.sql("select " + COLUMNS
					+ """
							from funding_directory_entries
							where partnership_id = :p
							  and (cast(:words as text) is null or search @@ websearch_to_tsquery('english', :words))
							  and (cast(:area as text) is null or eligibility = :area or eligibility = 'BOTH')
							  and (cast(:sector as text) is null or sectors ilike '%' || :sector || '%')
							  and (cast(:amount as numeric) is null
							       or ((min_amount is null or min_amount <= :amount) and (max_amount is null or max_amount >= :amount)))
							  and (cast(:openOn as date) is null or deadline is null or deadline >= :openOn)
							order by case when cast(:words as text) is null then 0
							              else ts_rank(search, websearch_to_tsquery('english', :words)) end desc,
							         illustrative, name
							""")
			.param("p", partnership.value())
			.param("words", words)
			.param("area", area == null ? null : area.name())
			.param("sector", sector)
			.param("amount", amount)
			.param("openOn", openOn)
			.query(DirectoryRepository::entry)
			.list();
	}

	/** Entries whose deadline falls from {@code from} to {@code to}, soonest first. */
	List<DirectoryEntry> deadlinesBetween(PartnershipId partnership, LocalDate from, LocalDate to) {
		return jdbc.sql("select " + COLUMNS + """
				from funding_directory_entries
				where partnership_id = :p and deadline between :from and :to order by deadline, name
				""")
			.param("p", partnership.value())
			.param("from", from)
			.param("to", to)
			.query(DirectoryRepository::entry)
			.list();
	}

	boolean exists(PartnershipId partnership, String name) {
		return jdbc
			.sql("select count(*) from funding_directory_entries where partnership_id = :p and lower(name) = lower(:n)")
			.param("p", partnership.value())
			.param("n", name)
			.query(Long.class)
			.single() > 0;
	}

	long insert(PartnershipId partnership, String name, String funder, String description, Eligibility eligibility,
			String sectors, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable LocalDate deadline,
			String contact, boolean illustrative, String source) {
		return jdbc.sql("""
				insert into funding_directory_entries (partnership_id, name, funder, description, eligibility, sectors,
				                                       min_amount, max_amount, deadline, contact, illustrative, source)
				values (:p, :name, :funder, :description, :eligibility, :sectors, :min, :max, :deadline, :contact,
				        :illustrative, :source)
				returning id
				""")
			.param("p", partnership.value())
			.param("name", name)
			.param("funder", funder)
			.param("description", description)
			.param("eligibility", eligibility.name())
			.param("sectors", sectors)
			.param("min", min)
			.param("max", max)
			.param("deadline", deadline)
			.param("contact", contact)
			.param("illustrative", illustrative)
			.param("source", source)
			.query(Long.class)
			.single();
	}

	private static DirectoryEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Date deadline = rs.getDate("deadline");
		return new DirectoryEntry(rs.getLong("id"), rs.getString("name"), rs.getString("funder"),
				rs.getString("description"), Eligibility.valueOf(rs.getString("eligibility")), rs.getString("sectors"),
				rs.getBigDecimal("min_amount"), rs.getBigDecimal("max_amount"),
				deadline == null ? null : deadline.toLocalDate(), rs.getString("contact"),
				rs.getBoolean("illustrative"), rs.getString("source"));
	}

}
