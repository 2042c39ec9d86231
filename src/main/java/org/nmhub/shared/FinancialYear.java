package org.nmhub.shared;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English public-sector financial year, 1 April to 31 March, written "2007/08". The
 * seeds also write "2006/7" and "2009/10"; both forms are read.
 *
 * @param startYear the calendar year in which the financial year begins
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

	/** The earliest and latest years NM Hub accepts, to catch typing mistakes. */
	static final int EARLIEST = 1990;

	static final int LATEST = 2100;

	private static final Pattern FORM = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{1,4})");

	public FinancialYear {
		if (startYear < EARLIEST || startYear > LATEST) {
			throw new IllegalArgumentException("Financial year must begin between " + EARLIEST + " and " + LATEST);
		}
	}

	/**
	 * Reads "2007/08", "2007/8", "2007-08" or "2007/2008"; empty when the text is not a
	 * financial year (for example "2007/09", or a year outside 1990 to 2100).
	 */
	public static Optional<FinancialYear> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(text.trim());
		if (!m.matches()) {
			return Optional.empty();
		}
		int start = Integer.parseInt(m.group(1));
		String end = m.group(2);
		int next = start + 1;
		boolean follows = switch (end.length()) {
			case 1 -> Integer.parseInt(end) == next % 10;
			case 2 -> Integer.parseInt(end) == next % 100;
			case 4 -> Integer.parseInt(end) == next;
			default -> false;
		};
		if (!follows || start < EARLIEST || start > LATEST) {
			return Optional.empty();
		}
		return Optional.of(new FinancialYear(start));
	}

	/** The financial year a date falls in. */
	public static FinancialYear of(LocalDate date) {
		return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
	}

	/** 1 April. */
	public LocalDate firstDay() {
		return LocalDate.of(startYear, 4, 1);
	}

	/** 31 March of the next calendar year. */
	public LocalDate lastDay() {
		return LocalDate.of(startYear + 1, 3, 31);
	}

	public FinancialYear next() {
		return new FinancialYear(startYear + 1);
	}

	public FinancialYear plus(int years) {
		return new FinancialYear(startYear + years);
	}

	/** "2007/08". */
	public String label() {
		return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
	}

	@Override
	public int compareTo(FinancialYear other) {
		return Integer.compare(startYear, other.startYear);
	}

	@Override
	public String toString() {
		return label();
	}

}
