package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nmhub.access.PartnershipContext;
import org.nmhub.printing.TableExport;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads: bids and awards, a loan's schedule and a financial plan as CSV or XLSX;
 * grants awarded as 360Giving JSON or CSV.
 */
@Controller
class FundingExportController {

	private final Funding funding;

	private final Loans loans;

	private final Plans plans;

	FundingExportController(Funding funding, Loans loans, Plans plans) {
		this.funding = funding;
		this.loans = loans;
		this.plans = plans;
	}

	@GetMapping("/p/{partnership}/funding/bids.csv")
	ResponseEntity<byte[]> bidsCsv(PartnershipContext context) {
		return bids(context, "csv");
	}

	@GetMapping("/p/{partnership}/funding/bids.xlsx")
	ResponseEntity<byte[]> bidsXlsx(PartnershipContext context) {
		return bids(context, "xlsx");
	}

	private ResponseEntity<byte[]> bids(PartnershipContext context, String format) {
		List<Bid> bids = funding.bids(context.partnershipId());
		List<FinancialYear> years = Funding.profileYears(bids);
		return table(format, "funding-bids", FundingExports.bidHeader(years), FundingExports.bidRows(bids, years));
	}

	@GetMapping("/p/{partnership}/funding/grants-360giving.csv")
	ResponseEntity<byte[]> grantsCsv(PartnershipContext context) {
		return TableExport.csv("grants-360giving", FundingExports.GRANT_COLUMNS,
				FundingExports.grantRows(context, funding.bids(context.partnershipId()), streams(context)));
	}

	@GetMapping("/p/{partnership}/funding/grants-360giving.json")
	ResponseEntity<byte[]> grantsJson(PartnershipContext context) {
		byte[] json = JsonMapper.builder()
			.build()
			.writerWithDefaultPrettyPrinter()
			.writeValueAsBytes(
					FundingExports.grantPackage(context, funding.bids(context.partnershipId()), streams(context)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"grants-360giving.json\"")
			.body(json);
	}

	@GetMapping("/p/{partnership}/funding/loans/{id}/schedule.csv")
	ResponseEntity<byte[]> scheduleCsv(PartnershipContext context, @PathVariable long id) {
		return schedule(context, id, "csv");
	}

	@GetMapping("/p/{partnership}/funding/loans/{id}/schedule.xlsx")
	ResponseEntity<byte[]> scheduleXlsx(PartnershipContext context, @PathVariable long id) {
		return schedule(context, id, "xlsx");
	}

	private ResponseEntity<byte[]> schedule(PartnershipContext context, long id, String format) {
		Loan loan = loans.find(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!(loans.schedule(loan) instanceof LoanModel.Schedule schedule)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<List<?>> rows = schedule.rows()
			.stream()
			.<List<?>>map(r -> List.of(r.on(), r.description(), r.cash(), r.interest(), r.drawdown(), r.balance(),
					r.ratePercent()))
			.toList();
		return table(format, "loan-schedule",
				List.of("Date", "What", "Cash", "Interest added", "Drawdown", "Balance", "Base rate %"), rows);
	}

	@GetMapping("/p/{partnership}/funding/plans/{id}/plan.csv")
	ResponseEntity<byte[]> planCsv(PartnershipContext context, @PathVariable long id) {
		return plan(context, id, "csv");
	}

	@GetMapping("/p/{partnership}/funding/plans/{id}/plan.xlsx")
	ResponseEntity<byte[]> planXlsx(PartnershipContext context, @PathVariable long id) {
		return plan(context, id, "xlsx");
	}

	private ResponseEntity<byte[]> plan(PartnershipContext context, long id, String format) {
		FinancialPlan plan = plans.find(context.partnershipId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<List<?>> rows = plan.lines()
			.stream()
			.<List<?>>map(l -> List.of(l.sourceLabel(), l.kind().label(), l.year().label(), l.planned(),
					l.actual() == null ? "" : l.actual(), l.variance() == null ? "" : l.variance()))
			.toList();
		return table(format, "financial-plan",
				List.of("Source", "Special or mainstream", "Financial year", "Planned", "Actual", "Variance"), rows);
	}

	private Map<Long, FundingStream> streams(PartnershipContext context) {
		return funding.streams(context.partnershipId())
			.stream()
			.collect(Collectors.toMap(FundingStream::id, Function.identity()));
	}

	private static ResponseEntity<byte[]> table(String format, String name, List<String> header,
			List<? extends List<?>> rows) {
		return "xlsx".equals(format) ? TableExport.xlsx(name, header, rows) : TableExport.csv(name, header, rows);
	}

}
