package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nmhub.access.PartnershipContext;
import org.nmhub.funding.FundingChoices.BidStatus;
import org.nmhub.shared.Slugs;

/**
 * The tables the funding pages export, and grants awarded in the 360Giving Data
 * Standard's shape (ADR 0021).
 */
final class FundingExports {

	/** The 360Giving standard's required grant fields, as its spreadsheet titles them. */
	static final List<String> GRANT_COLUMNS = List.of("Identifier", "Title", "Description", "Currency",
			"Amount Awarded", "Award Date", "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier",
			"Funding Org:Name", "Planned Dates:Start Date", "Planned Dates:End Date");

	/** Identifier prefix for organisations and grants with no registered identifier. */
	static final String PREFIX = "360G-nmhub-";

	private FundingExports() {
	}

	static List<String> bidHeader(List<FinancialYear> years) {
		List<String> header = new ArrayList<>(
				List.of("Reference", "Title", "Block", "Pays for", "Funding stream", "Status", "Request"));
		years.forEach(y -> header.add(y.label()));
		header.addAll(List.of("Profile total", "Contributions", "Flags", "Source"));
		return header;
	}

	/** One row per bid; amounts as numbers, blanks where none is recorded. */
	static List<List<?>> bidRows(List<Bid> bids, List<FinancialYear> years) {
		List<List<?>> rows = new ArrayList<>();
		for (Bid b : bids) {
			List<Object> row = new ArrayList<>(List.of(b.reference(), b.title(), b.block() == null ? "" : b.block(),
					b.targetKind().label() + ": " + b.targetLabel(), b.streamName() == null ? "" : b.streamName(),
					b.status().label(), number(b.request())));
			years.forEach(y -> row.add(number(b.years().get(y))));
			row.add(number(b.profileSum()));
			row.add(b.contributions().isEmpty() && !b.matchingRequired() ? "" : b.contributionsSum());
			row.add(String.join("; ", b.flags()));
			row.add(b.source());
			rows.add(row);
		}
		return rows;
	}

	private static Object number(BigDecimal value) {
		return value == null ? "" : value;
	}

	/** Awards with an amount and an award date: the grants 360Giving can publish. */
	static List<Bid> grants(List<Bid> bids) {
		return bids.stream()
			.filter(b -> b.status() == BidStatus.AWARDED && b.request() != null && b.awardedOn() != null)
			.toList();
	}

	private static String recipient(Bid b) {
		return b.block() != null ? b.block() + " block (LAA)" : b.targetLabel();
	}

	private static String funder(Bid b, PartnershipContext context) {
		return b.streamName() != null ? b.streamName() : context.partnership().name();
	}

	static String id(PartnershipContext context, String local) {
		return PREFIX + context.partnership().slug() + "-" + Slugs.of(local);
	}

	static List<List<?>> grantRows(PartnershipContext context, List<Bid> bids, Map<Long, FundingStream> streams) {
		List<List<?>> rows = new ArrayList<>();
		for (Bid b : grants(bids)) {
			FundingStream stream = b.streamId() == null ? null : streams.get(b.streamId());
			rows.add(List.of(id(context, b.reference()), b.title(),
					b.description() == null ? b.title() : b.description(), "GBP", b.request(), b.awardedOn().toString(),
					id(context, recipient(b)), recipient(b),
					id(context, stream == null ? funder(b, context) : stream.sourceBody()),
					stream == null ? funder(b, context) : stream.sourceBody(),
					b.years().isEmpty() ? "" : b.years().keySet().iterator().next().firstDay().toString(),
					b.years().isEmpty() ? "" : lastYear(b).lastDay().toString()));
		}
		return rows;
	}

	private static FinancialYear lastYear(Bid b) {
		FinancialYear last = null;
		for (FinancialYear y : b.years().keySet()) {
			last = y;
		}
		return last;
	}

	/** The grants as a 360Giving JSON package: {@code {"grants": [...]}}. */
	static Map<String, Object> grantPackage(PartnershipContext context, List<Bid> bids,
			Map<Long, FundingStream> streams) {
		List<Map<String, Object>> grants = new ArrayList<>();
		for (List<?> row : grantRows(context, bids, streams)) {
			Map<String, Object> grant = new LinkedHashMap<>();
			grant.put("id", row.get(0));
			grant.put("title", row.get(1));
			grant.put("description", row.get(2));
			grant.put("currency", row.get(3));
			grant.put("amountAwarded", row.get(4));
			grant.put("awardDate", row.get(5));
			grant.put("recipientOrganization", List.of(Map.of("id", row.get(6), "name", row.get(7))));
			grant.put("fundingOrganization", List.of(Map.of("id", row.get(8), "name", row.get(9))));
			if (!"".equals(row.get(10))) {
				grant.put("plannedDates", List.of(Map.of("startDate", row.get(10), "endDate", row.get(11))));
			}
			grants.add(grant);
		}
		return Map.of("grants", grants);
	}

}
