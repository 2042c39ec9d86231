package org.nmhub.funding;

import org.nmhub.shared.FinancialYear;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nmhub.funding.FundingChoices.MovementKind;

/**
 * The pump-priming loan arithmetic (ADR 0020). One cash account holds the grant: grants
 * and repayments go in, spending goes out. While the account is in credit the cash in
 * hand earns interest at base rate; when spending takes it below zero the lender funds
 * the gap (a drawdown) and the debt is charged interest at the same base rate.
 * <ul>
 * <li>Interest is simple, day by day, on each day's opening balance, at the base rate in
 * force that day, over a 365-day year (the sterling convention, leap years
 * included).</li>
 * <li>Interest accrues unrounded and is added to the balance (capitalised), rounded to
 * the penny half-up, at the end of each financial year (31 March) and just before a
 * repayment.</li>
 * <li>A movement dated D changes the balance from D onwards; on 1 April the year's
 * interest is capitalised before that day's movements.</li>
 * <li>A repayment with no amount repays everything owed that day, interest included. A
 * repayment dated before the lender's first drawdown is refused.</li>
 * </ul>
 * No floating point: every figure is a {@link BigDecimal}.
 */
final class LoanModel {

	private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final MathContext PRECISION = new MathContext(34);

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private LoanModel() {
	}

	/**
	 * A cash movement. {@code amount} is positive; it may be absent only for a repayment
	 * ("repay everything owed").
	 */
	record Movement(LocalDate on, MovementKind kind, @Nullable BigDecimal amount, String note) {
	}

	/** Base rate (percent a year) from a date until the next change. */
	record RateChange(LocalDate from, BigDecimal percent) {
	}

	/**
	 * One line of the schedule. {@code cash} is signed (money in positive),
	 * {@code interest} is the interest capitalised on this line (earned positive, charged
	 * negative), {@code drawdown} what the lender advanced on this line, {@code balance}
	 * the account after it (negative = owed to the lender).
	 */
	record Row(LocalDate on, String description, BigDecimal cash, BigDecimal interest, BigDecimal drawdown,
			BigDecimal balance, BigDecimal ratePercent) {

		String date() {
			return on.format(DATE);
		}

	}

	/**
	 * Where the arrangement stands at the end of a day.
	 *
	 * @param balance the account's balance after capitalised interest (negative = owed)
	 * @param accruedInterest interest accrued since it was last added, not yet added
	 * @param drawn everything the lender has advanced so far
	 * @param interestCharged interest charged on the debt so far (rounded)
	 * @param interestEarned interest earned on cash in hand so far (rounded)
	 */
	record Position(LocalDate on, BigDecimal balance, BigDecimal accruedInterest, BigDecimal drawn,
			BigDecimal interestCharged, BigDecimal interestEarned, BigDecimal repaid) {

		/** What would settle the debt that day (0 when the account is in credit). */
		BigDecimal owed() {
			BigDecimal net = balance.add(accruedInterest);
			return net.signum() < 0 ? net.negate() : BigDecimal.ZERO.setScale(2);
		}

		BigDecimal cashInHand() {
			BigDecimal net = balance.add(accruedInterest);
			return net.signum() > 0 ? net : BigDecimal.ZERO.setScale(2);
		}

		BigDecimal netInterest() {
			return interestEarned.subtract(interestCharged);
		}

		String date() {
			return on.format(DATE);
		}

	}

	/** The schedule of every movement and interest line, and the position at its end. */
	record Schedule(List<Row> rows, Position end, @Nullable LocalDate firstDrawdown,
			BigDecimal peakDebt) implements Outcome {
	}

	sealed interface Outcome permits Schedule, Refused {

	}

	/** Why the movements cannot be modelled, naming the row (1-based, by date). */
	record Refused(String message) implements Outcome {
	}

	/**
	 * Runs the arrangement through the end of the financial year of its last movement.
	 */
	static Outcome run(List<Movement> movements, List<RateChange> rates) {
		if (movements.isEmpty()) {
			return new Refused("Record at least one movement (the grant received, or spending)");
		}
		LocalDate last = movements.stream().map(Movement::on).max(Comparator.naturalOrder()).orElseThrow();
		return run(movements, rates, FinancialYear.of(last).lastDay());
	}

	/**
	 * Runs the arrangement through the end of {@code through}, ignoring later movements.
	 */
	static Outcome run(List<Movement> movements, List<RateChange> rates, LocalDate through) {
		List<Movement> ordered = new ArrayList<>(movements);
		ordered.sort(Comparator.comparing(Movement::on));
		List<RateChange> rateOrder = new ArrayList<>(rates);
		rateOrder.sort(Comparator.comparing(RateChange::from));
		if (ordered.isEmpty()) {
			return new Refused("Record at least one movement (the grant received, or spending)");
		}
		LocalDate start = ordered.get(0).on();
		if (rateOrder.isEmpty() || rateOrder.get(0).from().isAfter(start)) {
			return new Refused("Set the base rate from " + start.format(DATE)
					+ " (the first movement) or earlier: interest cannot be worked out without it");
		}
		for (int i = 0; i < ordered.size(); i++) {
			Movement m = ordered.get(i);
			if (m.amount() == null && m.kind() != MovementKind.REPAYMENT) {
				return new Refused("Row " + (i + 1) + " (" + m.kind().label() + " on " + m.on().format(DATE)
						+ "): enter the amount");
			}
			if (m.amount() != null && m.amount().signum() <= 0) {
				return new Refused("Row " + (i + 1) + " (" + m.kind().label() + " on " + m.on().format(DATE)
						+ "): the amount must be more than £0");
			}
		}
		return new Run(ordered, rateOrder, through).go();
	}

	/** The state of one run. */
	private static final class Run {

		private final List<Movement> movements;

		private final List<RateChange> rates;

		private final LocalDate through;

		private final List<Row> rows = new ArrayList<>();

		private BigDecimal balance = money(BigDecimal.ZERO);

		private BigDecimal accrued = BigDecimal.ZERO;

		private BigDecimal charged = BigDecimal.ZERO;

		private BigDecimal earned = BigDecimal.ZERO;

		private BigDecimal drawn = money(BigDecimal.ZERO);

		private BigDecimal repaid = money(BigDecimal.ZERO);

		private BigDecimal peakDebt = money(BigDecimal.ZERO);

		private @Nullable LocalDate firstDrawdown;

		Run(List<Movement> movements, List<RateChange> rates, LocalDate through) {
			this.movements = movements;
			this.rates = rates;
			this.through = through;
		}

		Outcome go() {
			LocalDate start = movements.get(0).on();
			TreeSet<LocalDate> boundaries = new TreeSet<>();
			movements.stream().map(Movement::on).filter(d -> !d.isAfter(through)).forEach(boundaries::add);
			for (FinancialYear y = FinancialYear.of(start).next(); !y.firstDay().isAfter(through.plusDays(1)); y = y
				.next()) {
				boundaries.add(y.firstDay());
			}
			boundaries.add(through.plusDays(1));
			LocalDate cursor = start;
			for (LocalDate boundary : boundaries) {
				accrue(cursor, boundary);
				cursor = boundary;
				if (boundary.getMonthValue() == 4 && boundary.getDayOfMonth() == 1 && boundary.isAfter(start)) {
					capitalise(boundary.minusDays(1), "Interest to 31 March " + boundary.getYear());
				}
				if (boundary.isAfter(through)) {
					break;
				}
				for (int i = 0; i < movements.size(); i++) {
					Movement m = movements.get(i);
					if (m.on().equals(boundary)) {
						Refused refused = apply(i + 1, m);
						if (refused != null) {
							return refused;
						}
					}
				}
			}
			Position end = new Position(through, balance, money(accrued), drawn, money(charged), money(earned), repaid);
			return new Schedule(List.copyOf(rows), end, firstDrawdown, peakDebt);
		}

		private @Nullable Refused apply(int row, Movement m) {
			String describe = m.kind().label() + (m.note().isBlank() ? "" : ": " + m.note());
			switch (m.kind()) {
				case GRANT_RECEIVED -> {
					balance = balance.add(m.amount());
					rows.add(new Row(m.on(), describe, m.amount(), zero(), zero(), balance, rate(m.on())));
				}
				case SPEND -> {
					BigDecimal before = balance;
					balance = balance.subtract(m.amount());
					BigDecimal drawdown = debt(balance).subtract(debt(before)).max(zero());
					if (drawdown.signum() > 0) {
						drawn = drawn.add(drawdown);
						if (firstDrawdown == null) {
							firstDrawdown = m.on();
						}
					}
					peakDebt = peakDebt.max(debt(balance));
					rows.add(new Row(m.on(), describe, m.amount().negate(), zero(), drawdown, balance, rate(m.on())));
				}
				case REPAYMENT -> {
					if (firstDrawdown == null) {
						return new Refused("Row " + row + " (repayment on " + m.on().format(DATE)
								+ ") comes before any drawdown from the lender: the grant still covers all the "
								+ "spending to that date, so there is nothing to repay. Date the repayment after the "
								+ "first drawdown.");
					}
					capitalise(m.on(), "Interest to " + m.on().format(DATE) + " (before the repayment)");
					BigDecimal amount = m.amount() != null ? m.amount() : debt(balance);
					balance = balance.add(amount);
					repaid = repaid.add(amount);
					rows.add(new Row(m.on(), describe + (m.amount() == null ? " (everything owed)" : ""), amount,
							zero(), zero(), balance, rate(m.on())));
				}
			}
			return null;
		}

		/**
		 * Interest on the balance for each day from {@code from} up to (not including)
		 * {@code to}.
		 */
		private void accrue(LocalDate from, LocalDate to) {
			LocalDate day = from;
			while (day.isBefore(to)) {
				LocalDate next = to;
				for (RateChange r : rates) {
					if (r.from().isAfter(day) && r.from().isBefore(next)) {
						next = r.from();
					}
				}
				long days = ChronoUnit.DAYS.between(day, next);
				BigDecimal interest = balance.multiply(rate(day))
					.multiply(BigDecimal.valueOf(days))
					.divide(HUNDRED.multiply(DAYS_IN_YEAR), PRECISION);
				accrued = accrued.add(interest);
				if (interest.signum() < 0) {
					charged = charged.add(interest.negate());
				}
				else {
					earned = earned.add(interest);
				}
				day = next;
			}
		}

		private void capitalise(LocalDate on, String description) {
			BigDecimal interest = money(accrued);
			accrued = BigDecimal.ZERO;
			if (interest.signum() == 0) {
				return;
			}
			balance = balance.add(interest);
			peakDebt = peakDebt.max(debt(balance));
			rows.add(new Row(on, description, zero(), interest, zero(), balance, rate(on)));
		}

		private BigDecimal rate(LocalDate day) {
			BigDecimal rate = BigDecimal.ZERO;
			for (RateChange r : rates) {
				if (!r.from().isAfter(day)) {
					rate = r.percent();
				}
			}
			return rate;
		}

		private static BigDecimal debt(BigDecimal balance) {
			return balance.signum() < 0 ? balance.negate() : zero();
		}

		private static BigDecimal zero() {
			return money(BigDecimal.ZERO);
		}

	}

	static BigDecimal money(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
