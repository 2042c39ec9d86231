package org.nmhub.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loans with their dated base rates and cash movements, filtered by partnership. */
@Repository
class LoanRepository {

	private final JdbcClient jdbc;

	LoanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Loan> loans(PartnershipId partnership) {
		return jdbc.sql("""
				select id, name, lender, requirement, grant_amount, repayment_years, notes, source
				from funding_loans where partnership_id = :p order by name
				""")
			.param("p", partnership.value())
			.query((rs, n) -> new Loan(rs.getLong("id"), rs.getString("name"), rs.getString("lender"),
					rs.getBigDecimal("requirement"), rs.getBigDecimal("grant_amount"), rs.getString("repayment_years"),
					rs.getString("notes"), rs.getString("source"), rates(rs.getLong("id")),
					movements(rs.getLong("id"))))
			.list();
	}

	Optional<Loan> loan(PartnershipId partnership, long id) {
		return loans(partnership).stream().filter(l -> l.id() == id).findFirst();
	}

	private List<Loan.Rate> rates(long loan) {
		return jdbc.sql("""
				select id, effective_from, rate_percent, source from funding_loan_rates
				where loan_id = :l order by effective_from
				""")
			.param("l", loan)
			.query((rs, n) -> new Loan.Rate(rs.getLong("id"), rs.getDate("effective_from").toLocalDate(),
					rs.getBigDecimal("rate_percent"), rs.getString("source")))
			.list();
	}

	private List<Loan.Entry> movements(long loan) {
		return jdbc.sql("""
				select id, kind, occurs_on, amount, note from funding_loan_movements
				where loan_id = :l order by occurs_on, position, id
				""")
			.param("l", loan)
			.query((rs, n) -> new Loan.Entry(rs.getLong("id"),
					FundingChoices.MovementKind.valueOf(rs.getString("kind")), rs.getDate("occurs_on").toLocalDate(),
					rs.getBigDecimal("amount"), rs.getString("note")))
			.list();
	}

	long insertLoan(PartnershipId partnership, String name, String lender, BigDecimal requirement, BigDecimal grant,
			String repaymentYears, @Nullable String notes, String source) {
		return jdbc.sql("""
				insert into funding_loans (partnership_id, name, lender, requirement, grant_amount, repayment_years,
				                           notes, source)
				values (:p, :name, :lender, :req, :grant, :years, :notes, :source) returning id
				""")
			.param("p", partnership.value())
			.param("name", name)
			.param("lender", lender)
			.param("req", requirement)
			.param("grant", grant)
			.param("years", repaymentYears)
			.param("notes", notes)
			.param("source", source)
			.query(Long.class)
			.single();
	}

	/** Adds a dated rate to the partnership's own loan; 0 if the loan is another's. */
	long insertRate(PartnershipId partnership, long loan, LocalDate from, BigDecimal percent, String source) {
		return jdbc.sql("""
				insert into funding_loan_rates (loan_id, effective_from, rate_percent, source)
				select id, :from, :rate, :source from funding_loans where id = :l and partnership_id = :p
				returning id
				""")
			.param("p", partnership.value())
			.param("l", loan)
			.param("from", from)
			.param("rate", percent)
			.param("source", source)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	long insertMovement(PartnershipId partnership, long loan, FundingChoices.MovementKind kind, LocalDate on,
			@Nullable BigDecimal amount, String note) {
		return jdbc.sql("""
				insert into funding_loan_movements (loan_id, kind, occurs_on, amount, note, position)
				select id, :kind, :on, :amount, :note,
				       coalesce((select max(position) + 1 from funding_loan_movements where loan_id = :l), 0)
				from funding_loans where id = :l and partnership_id = :p
				returning id
				""")
			.param("p", partnership.value())
			.param("l", loan)
			.param("kind", kind.name())
			.param("on", on)
			.param("amount", amount)
			.param("note", note)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

}
