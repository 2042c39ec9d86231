package org.nmhub.places;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * A map of LSOAs drawn on the server as SVG: no script, no map tiles, no internet, so it
 * works offline and prints (and renders in PDF) as it shows. Areas are coloured by value
 * class (quantiles, or breaks given) from a colour-blind-safe sequential palette
 * (ColorBrewer YlGnBu); areas without a value are hatched grey. Outlines (districts,
 * neighbourhoods) are drawn on top, and a legend below. Without values it draws the
 * boundaries only.
 * <p>
 * The SVG has {@code role="img"}, a title and a description; the same values come back as
 * rows for the accessible table that pages show next to the map.
 */
public final class ChoroplethMap {

	/** ColorBrewer YlGnBu, 7 classes: light (low) to dark (high). */
	static final List<String> PALETTE = List.of("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8",
			"#0c2c84");

	static final String BOUNDARY_FILL = "#f3f2f1";

	private static final int PADDING = 10;

	private static final int LEGEND_ROW = 22;

	/** An area to draw: an LSOA, with its polygon in longitude/latitude. */
	public record Area(String code, String name, Geometry polygon) {
	}

	public enum OutlineStyle {

		DISTRICT, NEIGHBOURHOOD, WARD

	}

	/** A line drawn over the areas, such as a district's or a neighbourhood's edge. */
	public record Outline(String name, Geometry polygon, OutlineStyle style) {
	}

	/** One class of the legend: values from {@code from} up to {@code to}. */
	public record ValueClass(BigDecimal from, BigDecimal to, String colour, long areas) {
	}

	/** One area's row of the table that accompanies the map. */
	public record TableRow(String code, String name, @Nullable BigDecimal value, @Nullable Integer valueClass) {
	}

	/**
	 * The map as an SVG element (to place in a page as-is), its legend and its table.
	 */
	public record Rendered(String svg, List<ValueClass> legend, List<TableRow> table) {
	}

	private final String title;

	private String id = "map";

	private int width = 800;

	private List<Area> areas = List.of();

	private @Nullable Map<String, BigDecimal> values;

	private String measure = "";

	private int classes = 5;

	private @Nullable List<BigDecimal> breaks;

	private final List<Outline> outlines = new ArrayList<>();

	private ChoroplethMap(String title) {
		this.title = title;
	}

	public static ChoroplethMap titled(String title) {
		return new ChoroplethMap(title);
	}

	/** The prefix of the SVG's element ids, unique in the page. */
	public ChoroplethMap id(String id) {
		this.id = id;
		return this;
	}

	public ChoroplethMap width(int width) {
		this.width = width;
		return this;
	}

	public ChoroplethMap areas(List<Area> areas) {
		this.areas = List.copyOf(areas);
		return this;
	}

	/** Colours the areas by these values (by area code), naming what they measure. */
	public ChoroplethMap values(Map<String, BigDecimal> values, String measure) {
		this.values = Map.copyOf(values);
		this.measure = measure;
		return this;
	}

	/** Classes of equal numbers of areas (the default, 5). */
	public ChoroplethMap quantiles(int classes) {
		if (classes < 1 || classes > PALETTE.size()) {
			throw new IllegalArgumentException("between 1 and " + PALETTE.size() + " classes");
		}
		this.classes = classes;
		this.breaks = null;
		return this;
	}

	/** Classes starting at each break given (ascending), below the first break too. */
	public ChoroplethMap breaks(List<BigDecimal> breaks) {
		if (breaks.size() + 1 > PALETTE.size()) {
			throw new IllegalArgumentException("at most " + (PALETTE.size() - 1) + " breaks");
		}
		this.breaks = breaks.stream().sorted().toList();
		return this;
	}

	public ChoroplethMap outline(Outline outline) {
		this.outlines.add(outline);
		return this;
	}

	public Rendered render() {
		List<ValueClass> legend = legend();
		Envelope extent = new Envelope();
		areas.forEach(a -> extent.expandToInclude(a.polygon().getEnvelopeInternal()));
		outlines.forEach(o -> extent.expandToInclude(o.polygon().getEnvelopeInternal()));
		if (extent.isNull()) {
			extent.expandToInclude(0, 0);
		}
		Projection projection = new Projection(extent, width);
		int legendHeight = values == null ? 0 : LEGEND_ROW * (legend.size() + 1) + 2 * PADDING;
		int height = projection.height() + legendHeight;
		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"nmhub-map\" role=\"img\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\" preserveAspectRatio=\"xMidYMid meet\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(xml(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(xml(description(legend))).append("</desc>");
		svg.append("<defs><pattern id=\"")
			.append(id)
			.append("-no-data\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
					+ "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f3f2f1\"/>"
					+ "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#505a5f\" stroke-width=\"1.5\"/></pattern></defs>");
		svg.append(values == null ? "<g class=\"areas\" stroke=\"#505a5f\" stroke-width=\"0.6\">"
				: "<g class=\"areas\" stroke=\"#ffffff\" stroke-width=\"0.5\">");
		for (Area area : sortedAreas()) {
			Integer valueClass = valueClass(area.code(), legend);
			String fill = values == null ? BOUNDARY_FILL
					: valueClass == null ? "url(#" + id + "-no-data)" : legend.get(valueClass).colour();
			svg.append("<path class=\"")
				.append(values != null && valueClass == null ? "area no-data" : "area")
				.append("\" data-code=\"")
				.append(xml(area.code()))
				.append("\" fill=\"")
				.append(fill)
				.append("\" fill-rule=\"evenodd\" d=\"")
				.append(projection.path(area.polygon()))
				.append("\"><title>")
				.append(xml(area.name() + " (" + area.code() + ")" + tooltipValue(area.code())))
				.append("</title></path>");
		}
		svg.append("</g><g class=\"outlines\" fill=\"none\">");
		for (Outline outline : outlines) {
			String stroke = switch (outline.style()) {
				case DISTRICT -> "stroke=\"#0b0c0c\" stroke-width=\"2.5\"";
				case NEIGHBOURHOOD -> "stroke=\"#d4351c\" stroke-width=\"2\"";
				case WARD -> "stroke=\"#0b0c0c\" stroke-width=\"1\" stroke-dasharray=\"4 3\"";
			};
			svg.append("<path class=\"outline outline-")
				.append(outline.style().name().toLowerCase(Locale.ROOT))
				.append("\" ")
				.append(stroke)
				.append(" d=\"")
				.append(projection.path(outline.polygon()))
				.append("\"><title>")
				.append(xml(outline.name()))
				.append("</title></path>");
		}
		svg.append("</g>");
		if (values != null) {
			appendLegend(svg, legend, projection.height());
		}
		svg.append("</svg>");
		List<TableRow> table = sortedAreas().stream()
			.map(a -> new TableRow(a.code(), a.name(), values == null ? null : values.get(a.code()),
					valueClass(a.code(), legend)))
			.toList();
		return new Rendered(svg.toString(), legend, table);
	}

	private List<Area> sortedAreas() {
		return areas.stream().sorted(Comparator.comparing(Area::code)).toList();
	}

	private String tooltipValue(String code) {
		if (values == null) {
			return "";
		}
		BigDecimal value = values.get(code);
		return ": " + (value == null ? "no data" : value.toPlainString());
	}

	private String description(List<ValueClass> legend) {
		if (values == null) {
			return "Boundaries of " + areas.size() + " LSOAs"
					+ (outlines.isEmpty() ? ""
							: ", with outlines of " + String.join(", ", outlines.stream().map(Outline::name).toList()))
					+ ". The table after the map lists them.";
		}
		long missing = areas.stream().filter(a -> values.get(a.code()) == null).count();
		return areas.size() + " LSOAs coloured by " + measure + " in " + legend.size() + " classes"
				+ (legend.isEmpty() ? ""
						: " from " + legend.get(0).from().toPlainString() + " to "
								+ legend.get(legend.size() - 1).to().toPlainString())
				+ ", darker is higher" + (missing > 0 ? "; " + missing + " hatched areas have no value" : "")
				+ ". The table after the map gives every value.";
	}

	// --- classes ---

	private List<ValueClass> legend() {
		if (values == null) {
			return List.of();
		}
		List<BigDecimal> sorted = areas.stream()
			.map(a -> values.get(a.code()))
			.filter(Objects::nonNull)
			.sorted()
			.toList();
		if (sorted.isEmpty()) {
			return List.of();
		}
		BigDecimal min = sorted.get(0);
		BigDecimal max = sorted.get(sorted.size() - 1);
		List<BigDecimal> starts = new ArrayList<>();
		starts.add(min);
		if (breaks != null) {
			breaks.stream().filter(b -> b.compareTo(min) > 0 && b.compareTo(max) <= 0).forEach(starts::add);
		}
		else {
			for (int i = 1; i < classes; i++) {
				BigDecimal start = sorted.get(i * sorted.size() / classes);
				if (start.compareTo(starts.get(starts.size() - 1)) > 0) {
					starts.add(start);
				}
			}
		}
		List<String> colours = colours(starts.size());
		List<ValueClass> legend = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			BigDecimal from = starts.get(i);
			BigDecimal to = i + 1 < starts.size() ? starts.get(i + 1) : max;
			boolean last = i + 1 == starts.size();
			long count = sorted.stream()
				.filter(v -> v.compareTo(from) >= 0 && (last ? v.compareTo(to) <= 0 : v.compareTo(to) < 0))
				.count();
			legend.add(new ValueClass(from, to, colours.get(i), count));
		}
		return legend;
	}

	private static List<String> colours(int count) {
		if (count == 1) {
			return List.of(PALETTE.get(3));
		}
		List<String> colours = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			colours.add(PALETTE.get(Math.round(i * (PALETTE.size() - 1) / (float) (count - 1))));
		}
		return colours;
	}

	private @Nullable Integer valueClass(String code, List<ValueClass> legend) {
		BigDecimal value = values == null ? null : values.get(code);
		if (value == null) {
			return null;
		}
		for (int i = legend.size() - 1; i >= 0; i--) {
			if (value.compareTo(legend.get(i).from()) >= 0) {
				return i;
			}
		}
		return 0;
	}

	private void appendLegend(StringBuilder svg, List<ValueClass> legend, int top) {
		svg.append("<g class=\"legend\" font-family=\"Arial, sans-serif\" font-size=\"14\" fill=\"#0b0c0c\">");
		int y = top + PADDING;
		svg.append("<text x=\"").append(PADDING).append("\" y=\"").append(y + 12).append("\">");
		svg.append(xml(measure)).append("</text>");
		for (ValueClass c : legend) {
			y += LEGEND_ROW;
			svg.append("<rect class=\"legend-class\" x=\"")
				.append(PADDING)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"24\" height=\"16\" stroke=\"#505a5f\" fill=\"")
				.append(c.colour())
				.append("\"/><text x=\"")
				.append(PADDING + 32)
				.append("\" y=\"")
				.append(y + 13)
				.append("\">")
				.append(xml(c.from().toPlainString() + " to " + c.to().toPlainString() + " (" + c.areas() + ")"))
				.append("</text>");
		}
		y += LEGEND_ROW;
		svg.append("<rect class=\"legend-no-data\" x=\"")
			.append(PADDING)
			.append("\" y=\"")
			.append(y)
			.append("\" width=\"24\" height=\"16\" stroke=\"#505a5f\" fill=\"url(#")
			.append(id)
			.append("-no-data)\"/><text x=\"")
			.append(PADDING + 32)
			.append("\" y=\"")
			.append(y + 13)
			.append("\">No data</text></g>");
	}

	static String xml(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Equirectangular, with longitude scaled by the cosine of the middle latitude so that
	 * shapes are not stretched east to west, fitted to the width.
	 */
	private static final class Projection {

		private final Envelope extent;

		private final double xScale;

		private final double scale;

		private final int height;

		Projection(Envelope extent, int width) {
			this.extent = extent;
			this.xScale = Math.cos(Math.toRadians((extent.getMinY() + extent.getMaxY()) / 2));
			double spanX = Math.max(extent.getWidth() * xScale, 1e-9);
			this.scale = (width - 2.0 * PADDING) / spanX;
			this.height = (int) Math.ceil(extent.getHeight() * scale) + 2 * PADDING;
		}

		int height() {
			return height;
		}

		String path(Geometry geometry) {
			// Drop detail finer than half a pixel: the 2011 layer has far more points
			// than
			// any screen shows.
			Geometry simple = TopologyPreservingSimplifier.simplify(geometry, 0.5 / scale);
			StringBuilder d = new StringBuilder();
			for (int i = 0; i < simple.getNumGeometries(); i++) {
				if (simple.getGeometryN(i) instanceof Polygon polygon) {
					ring(d, polygon.getExteriorRing());
					for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
						ring(d, polygon.getInteriorRingN(h));
					}
				}
			}
			return d.toString();
		}

		/**
		 * One ring in tenths of a pixel: an absolute move, then each point relative to
		 * the one before (implicit lineto after the move), the closing point left to
		 * {@code Z}. The points drawn are the ones the absolute form at one decimal drew;
		 * the text is about half as long (docs/performance.md).
		 */
		private void ring(StringBuilder d, LineString ring) {
			Coordinate[] coordinates = ring.getCoordinates();
			long startX = 0;
			long startY = 0;
			long previousX = 0;
			long previousY = 0;
			int drawn = 0;
			for (int i = 0; i < coordinates.length; i++) {
				Coordinate c = coordinates[i];
				long x = Math.round((PADDING + (c.x - extent.getMinX()) * xScale * scale) * 10);
				long y = Math.round((PADDING + (extent.getMaxY() - c.y) * scale) * 10);
				if (drawn == 0) {
					d.append('M');
					tenths(d, x, false);
					tenths(d, y, true);
					startX = x;
					startY = y;
				}
				else if (x == previousX && y == previousY
						|| i == coordinates.length - 1 && x == startX && y == startY) {
					continue;
				}
				else {
					if (drawn == 1) {
						d.append('l');
						tenths(d, x - previousX, false);
					}
					else {
						tenths(d, x - previousX, true);
					}
					tenths(d, y - previousY, true);
				}
				previousX = x;
				previousY = y;
				drawn++;
			}
			d.append('Z');
		}

		/**
		 * A number of tenths as a decimal, after a separator unless it starts with a
		 * minus.
		 */
		private static void tenths(StringBuilder d, long value, boolean separated) {
			if (value < 0) {
				d.append('-');
			}
			else if (separated) {
				d.append(' ');
			}
			long magnitude = Math.abs(value);
			d.append(magnitude / 10);
			if (magnitude % 10 != 0) {
				d.append('.').append(magnitude % 10);
			}
		}

	}

}
