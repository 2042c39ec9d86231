package org.nmhub.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The business case for neighbourhood management in one neighbourhood: costs avoided
 * (crime prevented, families turned round) against the cost of the approach (a cost per
 * head of population). Every figure is supplied, with where it came from; nothing is
 * hard-coded.
 */
final class BusinessCase {

	private BusinessCase() {
	}

	/** One input with its value and where it came from. */
	record Assumption(String name, String value, String source) {
	}

	/** The inputs, already read. Any may be missing; the sum then leaves its part out. */
	record Inputs(@Nullable BigDecimal crimesPerYear, @Nullable BigDecimal costPerCrime,
			@Nullable BigDecimal crimeReductionPercent, @Nullable BigDecimal families,
			@Nullable BigDecimal costPerFamily, @Nullable BigDecimal population, @Nullable BigDecimal costPerHead) {
	}

	record Line(String what, String working, String amount) {
	}

	record Result(List<Line> avoided, String avoidedTotal, List<Line> costs, String costTotal, String net, String ratio,
			boolean positive, List<String> missing) {
	}

	static Result work(Inputs in) {
		List<Line> avoided = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		BigDecimal avoidedTotal = BigDecimal.ZERO;
		if (in.crimesPerYear() != null && in.costPerCrime() != null && in.crimeReductionPercent() != null) {
			BigDecimal prevented = in.crimesPerYear()
				.multiply(in.crimeReductionPercent())
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
			BigDecimal amount = LoanModel.money(prevented.multiply(in.costPerCrime()));
			avoided.add(new Line("Crime prevented",
					plain(in.crimesPerYear()) + " crimes a year × " + plain(in.crimeReductionPercent()) + "% = "
							+ plain(prevented) + " crimes × " + Money.format(in.costPerCrime()) + " a crime",
					Money.format(amount)));
			avoidedTotal = avoidedTotal.add(amount);
		}
		else {
			missing.add("Crime: needs crimes a year, the cost of a crime and the reduction expected");
		}
		if (in.families() != null && in.costPerFamily() != null) {
			BigDecimal amount = LoanModel.money(in.families().multiply(in.costPerFamily()));
			avoided.add(new Line("Families turned round",
					plain(in.families()) + " families × " + Money.format(in.costPerFamily()) + " a family a year",
					Money.format(amount)));
			avoidedTotal = avoidedTotal.add(amount);
		}
		else {
			missing.add("Families: needs the number of families turned round and the cost of a family a year");
		}
		List<Line> costs = new ArrayList<>();
		BigDecimal costTotal = BigDecimal.ZERO;
		if (in.population() != null && in.costPerHead() != null) {
			costTotal = LoanModel.money(in.population().multiply(in.costPerHead()));
			costs.add(new Line("Neighbourhood management",
					plain(in.population()) + " residents × " + Money.format(in.costPerHead()) + " a head a year",
					Money.format(costTotal)));
		}
		else {
			missing.add("Cost: needs the population and the cost per head of neighbourhood management");
		}
		BigDecimal net = avoidedTotal.subtract(costTotal);
		String ratio = costTotal.signum() == 0 ? "–"
				: avoidedTotal.divide(costTotal, 2, RoundingMode.HALF_UP).toPlainString() + " : 1";
		return new Result(avoided, Money.format(avoidedTotal), costs, Money.format(costTotal), Money.signed(net), ratio,
				net.signum() >= 0, missing);
	}

	private static String plain(BigDecimal value) {
		return new java.text.DecimalFormat("#,##0.##").format(value);
	}

}
