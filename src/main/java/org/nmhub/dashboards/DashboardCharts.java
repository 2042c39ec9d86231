package org.nmhub.dashboards;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.nmhub.dashboards.Dashboard.Rag;
import org.nmhub.dashboards.Dashboard.Row;
import org.nmhub.performance.LaaPosition;

/**
 * The dashboards' pictures as SVG, drawn on the server so that they print and go into the
 * PDF pack as they are. Each has a table equivalent on the page; the SVG carries a title
 * and a description for screen readers.
 */
final class DashboardCharts {

	private static final int PADDING = 10;

	private DashboardCharts() {
	}

	/**
	 * The neighbourhoods' current areas, each filled with the colour of its plan-delivery
	 * RAG and labelled with its gap direction in its tooltip.
	 */
	static String map(String id, String title, List<NeighbourhoodShapes.Shape> shapes, Map<Long, Row> rows, int width) {
		if (shapes.isEmpty()) {
			return "";
		}
		Envelope extent = new Envelope();
		shapes.forEach(s -> extent.expandToInclude(s.geometry().getEnvelopeInternal()));
		double xScale = Math.cos(Math.toRadians((extent.getMinY() + extent.getMaxY()) / 2));
		double scale = (width - 2.0 * PADDING) / Math.max(extent.getWidth() * xScale, 1e-9);
		int height = (int) Math.ceil(extent.getHeight() * scale) + 2 * PADDING;
		StringBuilder svg = new StringBuilder(32 * 1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"nmhub-map\" role=\"img\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\"><title id=\"")
			.append(id)
			.append("-title\">")
			.append(xml(title))
			.append("</title><desc id=\"")
			.append(id)
			.append("-desc\">")
			.append(shapes.size())
			.append(" neighbourhoods coloured by the RAG of their action plan's delivery; the table after the map gives the same.</desc>");
		svg.append("<g stroke=\"#0b0c0c\" stroke-width=\"1\" fill-rule=\"evenodd\">");
		for (NeighbourhoodShapes.Shape shape : shapes) {
			Row row = rows.get(shape.neighbourhood().id());
			if (row == null) {
				continue;
			}
			Geometry simple = TopologyPreservingSimplifier.simplify(shape.geometry(), 0.5 / scale);
			StringBuilder d = new StringBuilder();
			for (int i = 0; i < simple.getNumGeometries(); i++) {
				if (simple.getGeometryN(i) instanceof Polygon polygon) {
					ring(d, polygon.getExteriorRing(), extent, xScale, scale);
					for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
						ring(d, polygon.getInteriorRingN(h), extent, xScale, scale);
					}
				}
			}
			svg.append("<path class=\"neighbourhood\" data-key=\"")
				.append(xml(shape.neighbourhood().key()))
				.append("\" fill=\"")
				.append(row.rag().colour)
				.append("\" fill-opacity=\"0.75\" d=\"")
				.append(d)
				.append("\"><title>")
				.append(xml(shape.neighbourhood().name() + ": " + row.rag().label + "; gap "
						+ (row.gap() == null ? "not known" : row.gap().direction().toLowerCase(Locale.UK))))
				.append("</title></path>");
		}
		svg.append("</g></svg>");
		return svg.toString();
	}

	private static void ring(StringBuilder d, LineString ring, Envelope extent, double xScale, double scale) {
		String previous = null;
		boolean first = true;
		for (Coordinate c : ring.getCoordinates()) {
			String point = String.format(Locale.ROOT, "%.1f %.1f", PADDING + (c.x - extent.getMinX()) * xScale * scale,
					PADDING + (extent.getMaxY() - c.y) * scale);
			if (point.equals(previous)) {
				continue;
			}
			d.append(first ? "M" : "L").append(point);
			previous = point;
			first = false;
		}
		d.append('Z');
	}

	/**
	 * One stacked bar per row: plan actions done, open and overdue (open overdue is drawn
	 * separately from open on time).
	 */
	static String delivery(String id, List<Row> rows) {
		if (rows.isEmpty()) {
			return "";
		}
		int label = 220;
		int barWidth = 480;
		int rowHeight = 24;
		long most = Math.max(1, rows.stream().mapToLong(r -> r.figures().actions()).max().orElse(1));
		int height = rows.size() * rowHeight + 40;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"nmhub-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(label + barWidth + 80)
			.append(' ')
			.append(height)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title\"><title id=\"")
			.append(id)
			.append("-title\">Plan actions done, open and overdue (the table gives the same figures)</title>");
		int y = 4;
		for (Row row : rows) {
			long done = row.figures().done();
			long overdue = row.figures().overdue();
			long open = row.figures().actions() - done - overdue;
			svg.append("<text x=\"0\" y=\"")
				.append(y + 16)
				.append("\" font-size=\"13\" fill=\"#0b0c0c\">")
				.append(xml(shorten(row.label(), 30)))
				.append("</text>");
			double x = label;
			x = bar(svg, x, y, done * (double) barWidth / most, "#00703c");
			x = bar(svg, x, y, open * (double) barWidth / most, "#1d70b8");
			x = bar(svg, x, y, overdue * (double) barWidth / most, "#d4351c");
			svg.append("<text x=\"")
				.append(String.format(Locale.ROOT, "%.1f", x + 6))
				.append("\" y=\"")
				.append(y + 16)
				.append("\" font-size=\"13\" fill=\"#0b0c0c\">")
				.append(done)
				.append('/')
				.append(row.figures().actions())
				.append("</text>");
			y += rowHeight;
		}
		legend(svg, label, y + 8, new String[] { "Done", "#00703c", "Open", "#1d70b8", "Overdue", "#d4351c" });
		svg.append("</svg>");
		return svg.toString();
	}

	/** The LAA indicators counted by RAG status, as one bar each. */
	static String laa(String id, LaaPosition laa) {
		if (laa.indicators() == 0) {
			return "";
		}
		long[] counts = { laa.red(), laa.amber(), laa.green(), laa.missing() };
		String[] names = { "Red", "Amber", "Green", "Missing" };
		String[] colours = { "#d4351c", "#f47738", "#00703c", "#b1b4b6" };
		long most = Math.max(1, java.util.Arrays.stream(counts).max().orElse(1));
		StringBuilder svg = new StringBuilder();
		svg.append(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"nmhub-chart\" role=\"img\" viewBox=\"0 0 520 110\"")
			.append(" aria-labelledby=\"")
			.append(id)
			.append("-title\"><title id=\"")
			.append(id)
			.append("-title\">LAA indicators by RAG status (the table gives the same figures)</title>");
		for (int i = 0; i < counts.length; i++) {
			svg.append("<text x=\"0\" y=\"")
				.append(20 + i * 24)
				.append("\" font-size=\"13\" fill=\"#0b0c0c\">")
				.append(names[i])
				.append("</text>");
			double end = bar(svg, 80, 4 + i * 24, counts[i] * 380.0 / most, colours[i]);
			svg.append("<text x=\"")
				.append(String.format(Locale.ROOT, "%.1f", end + 6))
				.append("\" y=\"")
				.append(20 + i * 24)
				.append("\" font-size=\"13\" fill=\"#0b0c0c\">")
				.append(counts[i])
				.append("</text>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static double bar(StringBuilder svg, double x, int y, double width, String colour) {
		if (width > 0) {
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>", x, y, width, colour));
		}
		return x + width;
	}

	private static void legend(StringBuilder svg, int x, int y, String[] pairs) {
		for (int i = 0; i < pairs.length; i += 2) {
			int at = x + i / 2 * 110;
			svg.append("<rect x=\"")
				.append(at)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"14\" height=\"14\" fill=\"")
				.append(pairs[i + 1])
				.append("\"/><text x=\"")
				.append(at + 20)
				.append("\" y=\"")
				.append(y + 12)
				.append("\" font-size=\"13\" fill=\"#0b0c0c\">")
				.append(pairs[i])
				.append("</text>");
		}
	}

	private static String shorten(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
