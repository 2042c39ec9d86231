package org.nmhub.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * How a partnership's bodies fit together: one section for the partnership as a whole and
 * one for each district, each an outline of bodies under the body they report to. Drawn
 * as an SVG that prints legibly at any size, with the same outline as a text equivalent.
 */
final class StructureDiagram {

	static final String PARTNERSHIP_WIDE = "Partnership-wide";

	private static final int WIDTH = 960;

	private static final int ROW = 34;

	private static final int INDENT = 28;

	private static final int SECTION_GAP = 44;

	record Node(PartnerBody body, int depth) {
	}

	record Section(String title, List<Node> nodes) {
	}

	private final List<Section> sections;

	private StructureDiagram(List<Section> sections) {
		this.sections = sections;
	}

	List<Section> sections() {
		return sections;
	}

	/**
	 * Builds the outline of the bodies given. A body whose parent is not among them (or
	 * in another section) starts its own tree.
	 * @param district only this district's section, or {@code null} for all
	 */
	static StructureDiagram of(List<PartnerBody> bodies, @Nullable String district) {
		Map<String, List<PartnerBody>> bySection = new LinkedHashMap<>();
		bySection.put(PARTNERSHIP_WIDE, new ArrayList<>());
		Set<String> districts = new TreeSet<>();
		bodies.stream().map(PartnerBody::districtName).filter(d -> d != null).forEach(districts::add);
		districts.forEach(d -> bySection.put(d, new ArrayList<>()));
		for (PartnerBody body : bodies) {
			bySection.get(body.districtName() == null ? PARTNERSHIP_WIDE : body.districtName()).add(body);
		}
		List<Section> sections = new ArrayList<>();
		bySection.forEach((title, members) -> {
			if (!members.isEmpty() && (district == null || district.equals(title))) {
				sections.add(new Section(title, outline(members)));
			}
		});
		return new StructureDiagram(sections);
	}

	private static List<Node> outline(List<PartnerBody> members) {
		Set<String> names = new TreeSet<>();
		members.forEach(b -> names.add(b.name()));
		Map<String, List<PartnerBody>> children = new LinkedHashMap<>();
		List<PartnerBody> roots = new ArrayList<>();
		for (PartnerBody body : members) {
			if (body.reportsTo() != null && names.contains(body.reportsTo()) && !body.reportsTo().equals(body.name())) {
				children.computeIfAbsent(body.reportsTo(), k -> new ArrayList<>()).add(body);
			}
			else {
				roots.add(body);
			}
		}
		List<Node> nodes = new ArrayList<>();
		roots.sort(Comparator.comparing((PartnerBody b) -> b.type().ordinal()).thenComparing(PartnerBody::name));
		for (PartnerBody root : roots) {
			visit(root, 0, children, nodes, new TreeSet<>());
		}
		return nodes;
	}

	private static void visit(PartnerBody body, int depth, Map<String, List<PartnerBody>> children, List<Node> nodes,
			Set<String> path) {
		if (!path.add(body.name())) {
			return;
		}
		nodes.add(new Node(body, depth));
		for (PartnerBody child : children.getOrDefault(body.name(), List.of())) {
			visit(child, depth + 1, children, nodes, path);
		}
		path.remove(body.name());
	}

	/** The diagram as a standalone SVG element, titled for screen readers. */
	String svg(String title) {
		int height = 20;
		for (Section section : sections) {
			height += SECTION_GAP + section.nodes().size() * ROW;
		}
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"structure-title\" ")
			.append("viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" width=\"100%\" class=\"nmhub-structure\" font-family=\"Arial, sans-serif\">");
		svg.append("<title id=\"structure-title\">").append(escape(title)).append("</title>");
		int y = 20;
		for (Section section : sections) {
			y += SECTION_GAP - 14;
			svg.append("<text x=\"4\" y=\"")
				.append(y)
				.append("\" font-size=\"19\" font-weight=\"bold\" fill=\"#0b0c0c\">")
				.append(escape(section.title()))
				.append("</text>");
			y += 14;
			Map<Integer, Integer> lastYAtDepth = new LinkedHashMap<>();
			for (Node node : section.nodes()) {
				int x = 12 + node.depth() * INDENT;
				int top = y + 4;
				int middle = top + 13;
				if (node.depth() > 0 && lastYAtDepth.containsKey(node.depth() - 1)) {
					int parentX = 12 + (node.depth() - 1) * INDENT + 10;
					int parentBottom = lastYAtDepth.get(node.depth() - 1);
					svg.append("<path d=\"M")
						.append(parentX)
						.append(' ')
						.append(parentBottom)
						.append(" V")
						.append(middle)
						.append(" H")
						.append(x)
						.append("\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1.5\"/>");
				}
				String label = node.body().name();
				String type = node.body().type().label();
				int boxWidth = Math.min(WIDTH - x - 4, 16 + (label.length() + type.length() + 3) * 8);
				svg.append("<g class=\"nmhub-structure__body\">");
				svg.append("<rect x=\"")
					.append(x)
					.append("\" y=\"")
					.append(top)
					.append("\" width=\"")
					.append(boxWidth)
					.append("\" height=\"26\" rx=\"3\" fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>");
				svg.append("<text x=\"")
					.append(x + 8)
					.append("\" y=\"")
					.append(top + 18)
					.append("\" font-size=\"15\" fill=\"#0b0c0c\">")
					.append(escape(label))
					.append(" <tspan fill=\"#505a5f\">(")
					.append(escape(type))
					.append(")</tspan></text>");
				svg.append("</g>");
				lastYAtDepth.put(node.depth(), top + 26);
				y += ROW;
			}
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * XML escaping only: the SVG is also served on its own, where HTML entities are not
	 * defined.
	 */
	private static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
