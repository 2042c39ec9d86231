package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;
import org.nmhub.funding.FundingChoices.BidStatus;
import org.nmhub.funding.FundingChoices.CapitalRevenue;
import org.nmhub.funding.FundingChoices.ContributionStatus;
import org.nmhub.funding.FundingChoices.ContributionType;
import org.nmhub.funding.FundingChoices.StreamKind;
import org.nmhub.funding.FundingChoices.TargetKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Streams, bids (with their items and year profiles) and contributions. Every query is
 * filtered by partnership.
 */
@Repository
class FundingRepository {

	private final JdbcClient jdbc;

	FundingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FundingStream> streams(PartnershipId partnership) {
		return jdbc.sql("""
				select id, name, kind, source_body, capital_revenue, amount, conditions, starts_on, ends_on, source
				from funding_streams where partnership_id = :p order by starts_on nulls last, name
				""")
			.param("p", partnership.value())
			.query((rs, n) -> new FundingStream(rs.getLong("id"), rs.getString("name"),
					StreamKind.valueOf(rs.getString("kind")), rs.getString("source_body"),
					CapitalRevenue.valueOf(rs.getString("capital_revenue")), rs.getBigDecimal("amount"),
					rs.getString("conditions"), date(rs.getDate("starts_on")), date(rs.getDate("ends_on")),
					rs.getString("source")))
			.list();
	}

	Optional<FundingStream> stream(PartnershipId partnership, long id) {
		return streams(partnership).stream().filter(s -> s.id() == id).findFirst();
	}

	boolean streamExists(PartnershipId partnership, String name) {
		return jdbc.sql("select count(*) from funding_streams where partnership_id = :p and lower(name) = lower(:n)")
			.param("p", partnership.value())
			.param("n", name)
			.query(Long.class)
			.single() > 0;
	}

	long insertStream(PartnershipId partnership, String name, StreamKind kind, String sourceBody,
			CapitalRevenue capitalRevenue, @Nullable BigDecimal amount, @Nullable String conditions,
			@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String source) {
		return jdbc
			.sql("""
					insert into funding_streams (partnership_id, name, kind, source_body, capital_revenue, amount, conditions,
					                             starts_on, ends_on, source)
					values (:p, :name, :kind, :body, :cr, :amount, :conditions, :starts, :ends, :source) returning id
					""")
			.param("p", partnership.value())
			.param("name", name)
			.param("kind", kind.name())
			.param("body", sourceBody)
			.param("cr", capitalRevenue.name())
			.param("amount", amount)
			.param("conditions", conditions)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("source", source)
			.query(Long.class)
			.single();
	}

	boolean bidExists(PartnershipId partnership, String reference) {
		return jdbc.sql("select count(*) from funding_bids where partnership_id = :p and lower(reference) = lower(:r)")
			.param("p", partnership.value())
			.param("r", reference)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * A new bid; its stream must be the partnership's own (another's is dropped by the
	 * SQL).
	 */
	long insertBid(PartnershipId partnership, NewBid bid) {
		long id = jdbc
			.sql("""
					insert into funding_bids (partnership_id, stream_id, reference, title, block, target_kind, target_id,
					                          target_label, total, matching_required, status, awarded_on, description, source,
					                          position)
					values (:p, (select id from funding_streams where id = :stream and partnership_id = :p), :reference,
					        :title, :block, :targetKind, :targetId, :targetLabel, :total, :matching, :status, :awardedOn,
					        :description,
					        :source, coalesce((select max(position) + 1 from funding_bids where partnership_id = :p), 0))
					returning id
					""")
			.param("p", partnership.value())
			.param("stream", bid.streamId())
			.param("reference", bid.reference())
			.param("title", bid.title())
			.param("block", bid.block())
			.param("targetKind", bid.targetKind().name())
			.param("targetId", bid.targetId())
			.param("targetLabel", bid.targetLabel())
			.param("total", bid.total())
			.param("matching", bid.matchingRequired())
			.param("status", bid.status().name())
			.param("awardedOn", bid.awardedOn())
			.param("description", bid.description())
			.param("source", bid.source())
			.query(Long.class)
			.single();
		int position = 0;
		for (Bid.Item item : bid.items()) {
			jdbc.sql("""
					insert into funding_bid_items (bid_id, label, amount, alternative, position)
					values (:b, :label, :amount, :alt, :pos)
					""")
				.param("b", id)
				.param("label", item.label())
				.param("amount", item.amount())
				.param("alt", item.alternative())
				.param("pos", position++)
				.update();
		}
		bid.years()
			.forEach((year, amount) -> jdbc
				.sql("insert into funding_bid_years (bid_id, year_start, amount) values (:b, :y, :a)")
				.param("b", id)
				.param("y", year.startYear())
				.param("a", amount)
				.update());
		return id;
	}

	/** What a new bid is made of, already checked. */
	record NewBid(@Nullable Long streamId, String reference, String title, @Nullable String block,
			TargetKind targetKind, @Nullable Long targetId, String targetLabel, @Nullable BigDecimal total,
			boolean matchingRequired, BidStatus status, @Nullable LocalDate awardedOn, @Nullable String description,
			String source, List<Bid.Item> items, Map<FinancialYear, BigDecimal> years) {
	}

	long insertContribution(PartnershipId partnership, long bidId, String contributor, @Nullable BigDecimal amount,
			ContributionType type, ContributionStatus status, @Nullable FinancialYear year, boolean refund,
			@Nullable String note, String source) {
		return jdbc.sql("""
				insert into funding_contributions (partnership_id, bid_id, contributor, amount, contribution_type,
				                                   status, year_start, refund, note, source, position)
				select :p, b.id, :contributor, :amount, :type, :status, :year, :refund, :note, :source,
				       coalesce((select max(position) + 1 from funding_contributions where bid_id = b.id), 0)
				from funding_bids b where b.id = :bid and b.partnership_id = :p
				returning id
				""")
			.param("p", partnership.value())
			.param("bid", bidId)
			.param("contributor", contributor)
			.param("amount", amount)
			.param("type", type.name())
			.param("status", status.name())
			.param("year", year == null ? null : year.startYear())
			.param("refund", refund)
			.param("note", note)
			.param("source", source)
			.query(Long.class)
			.single();
	}

	List<Bid> bids(PartnershipId partnership) {
		return bids(partnership, null);
	}

	Optional<Bid> bid(PartnershipId partnership, long id) {
		return bids(partnership, id).stream().findFirst();
	}

	private List<Bid> bids(PartnershipId partnership, @Nullable Long only) {
		Map<Long, List<Bid.Item>> items = new HashMap<>();
		jdbc.sql("""
				select i.bid_id, i.label, i.amount, i.alternative from funding_bid_items i
				join funding_bids b on b.id = i.bid_id
				where b.partnership_id = :p and (cast(:only as bigint) is null or b.id = :only)
				order by i.bid_id, i.position
				""").param("p", partnership.value()).param("only", only).query(rs -> {
			items.computeIfAbsent(rs.getLong("bid_id"), k -> new ArrayList<>())
				.add(new Bid.Item(rs.getString("label"), rs.getBigDecimal("amount"), rs.getBoolean("alternative")));
		});
		Map<Long, Map<FinancialYear, BigDecimal>> years = new HashMap<>();
		jdbc.sql("""
				select y.bid_id, y.year_start, y.amount from funding_bid_years y
				join funding_bids b on b.id = y.bid_id
				where b.partnership_id = :p and (cast(:only as bigint) is null or b.id = :only)
				""").param("p", partnership.value()).param("only", only).query(rs -> {
			years.computeIfAbsent(rs.getLong("bid_id"), k -> new TreeMap<>())
				.put(new FinancialYear(rs.getInt("year_start")), rs.getBigDecimal("amount"));
		});
		Map<Long, List<Bid.Contribution>> contributions = new HashMap<>();
		jdbc.sql("""
				select id, bid_id, contributor, amount, contribution_type, status, year_start, refund, note, source
				from funding_contributions
				where partnership_id = :p and (cast(:only as bigint) is null or bid_id = :only)
				order by bid_id, position, id
				""").param("p", partnership.value()).param("only", only).query(rs -> {
			int yearStart = rs.getInt("year_start");
			FinancialYear year = rs.wasNull() ? null : new FinancialYear(yearStart);
			contributions.computeIfAbsent(rs.getLong("bid_id"), k -> new ArrayList<>())
				.add(new Bid.Contribution(rs.getLong("id"), rs.getString("contributor"), rs.getBigDecimal("amount"),
						ContributionType.valueOf(rs.getString("contribution_type")),
						ContributionStatus.valueOf(rs.getString("status")), year, rs.getBoolean("refund"),
						rs.getString("note"), rs.getString("source")));
		});
		return jdbc.sql("""
				select b.id, b.stream_id, s.name as stream_name, b.reference, b.title, b.block, b.target_kind,
				       b.target_id, b.target_label, b.total, b.matching_required, b.status, b.awarded_on, b.description,
				       b.source
				from funding_bids b left join funding_streams s on s.id = b.stream_id
				where b.partnership_id = :p and (cast(:only as bigint) is null or b.id = :only)
				order by b.position, b.id
				""").param("p", partnership.value()).param("only", only).query((rs, n) -> {
			long id = rs.getLong("id");
			long stream = rs.getLong("stream_id");
			Long streamId = rs.wasNull() ? null : stream;
			long target = rs.getLong("target_id");
			Long targetId = rs.wasNull() ? null : target;
			return new Bid(id, streamId, rs.getString("stream_name"), rs.getString("reference"), rs.getString("title"),
					rs.getString("block"), TargetKind.valueOf(rs.getString("target_kind")), targetId,
					rs.getString("target_label"), rs.getBigDecimal("total"), rs.getBoolean("matching_required"),
					BidStatus.valueOf(rs.getString("status")), date(rs.getDate("awarded_on")),
					rs.getString("description"), rs.getString("source"), List.copyOf(items.getOrDefault(id, List.of())),
					new LinkedHashMap<>(years.getOrDefault(id, Map.of())),
					List.copyOf(contributions.getOrDefault(id, List.of())));
		}).list();
	}

	private static @Nullable LocalDate date(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
