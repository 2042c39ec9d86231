package org.nmhub.engagement;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A bar chart of reach drawn on the server as SVG (no script, prints, renders in PDF):
 * for each category, the share of people reached beside its share of the population where
 * known. The page shows the same figures as a table.
 */
final class ReachChart {

	private static final int WIDTH = 760;

	private static final int LABEL = 260;

	private static final int BAR = 14;

	private static final String REACHED = "#1d70b8";

	private static final String POPULATION = "#505a5f";

	private ReachChart() {
	}

	static String svg(String title, List<Reach.Row> rows) {
		int rowHeight = 2 * BAR + 14;
		int height = 50 + rows.size() * rowHeight + 30;
		int plot = WIDTH - LABEL - 60;
		StringBuilder svg = new StringBuilder();
		svg.append(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"reach-chart-title reach-chart-desc\"")
			.append(" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" width=\"100%\" class=\"nmhub-chart\" font-family=\"Arial, sans-serif\">");
		svg.append("<title id=\"reach-chart-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"reach-chart-desc\">Percentage of people reached in each category (blue) ")
			.append("beside the percentage of the population (grey) where known. The table below has the same figures.</desc>");
		legend(svg, 10, REACHED, "People reached (%)");
		legend(svg, 220, POPULATION, "Population (%)");
		int y = 50;
		String dimension = "";
		for (Reach.Row row : rows) {
			String label = row.dimension().equals(dimension) ? row.category() : row.dimension() + ": " + row.category();
			dimension = row.dimension();
			svg.append("<text x=\"")
				.append(LABEL - 8)
				.append("\" y=\"")
				.append(y + BAR)
				.append("\" font-size=\"13\" text-anchor=\"end\" fill=\"#0b0c0c\">")
				.append(escape(label))
				.append("</text>");
			bar(svg, y, plot, row.share(), REACHED);
			if (row.populationShare() != null) {
				bar(svg, y + BAR + 2, plot, row.populationShare(), POPULATION);
			}
			y += rowHeight;
		}
		svg.append("<line x1=\"")
			.append(LABEL)
			.append("\" y1=\"44\" x2=\"")
			.append(LABEL)
			.append("\" y2=\"")
			.append(y)
			.append("\" stroke=\"#0b0c0c\"/>");
		return svg.append("</svg>").toString();
	}

	private static void legend(StringBuilder svg, int x, String colour, String text) {
		svg.append("<rect x=\"")
			.append(x)
			.append("\" y=\"10\" width=\"14\" height=\"14\" fill=\"")
			.append(colour)
			.append("\"/><text x=\"")
			.append(x + 20)
			.append("\" y=\"22\" font-size=\"13\" fill=\"#0b0c0c\">")
			.append(escape(text))
			.append("</text>");
	}

	private static void bar(StringBuilder svg, int y, int plot, @Nullable BigDecimal percent, String colour) {
		if (percent == null) {
			return;
		}
		int length = percent.multiply(BigDecimal.valueOf(plot))
			.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP)
			.intValue();
		svg.append("<rect x=\"")
			.append(LABEL)
			.append("\" y=\"")
			.append(y)
			.append("\" width=\"")
			.append(Math.max(length, 1))
			.append("\" height=\"")
			.append(BAR)
			.append("\" fill=\"")
			.append(colour)
			.append("\"/><text x=\"")
			.append(LABEL + Math.max(length, 1) + 4)
			.append("\" y=\"")
			.append(y + BAR - 2)
			.append("\" font-size=\"12\" fill=\"#0b0c0c\">")
			.append(percent.toPlainString())
			.append("%</text>");
	}

	/** XML escaping: the SVG is also served on its own. */
	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
