package org.nmhub.places;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

class ChoroplethMapTests {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	/** A 4 by 3 grid of square "LSOAs" near Coalville. */
	private static List<ChoroplethMap.Area> grid() {
		List<ChoroplethMap.Area> areas = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			double x = -1.40 + (i % 4) * 0.01;
			double y = 52.70 + (i / 4) * 0.01;
			Polygon square = (Polygon) FACTORY.toGeometry(new Envelope(x, x + 0.01, y, y + 0.01));
			areas.add(new ChoroplethMap.Area(String.format("E0102%04d", i), "Area " + i, square));
		}
		return areas;
	}

	private static Map<String, BigDecimal> values() {
		Map<String, BigDecimal> values = new HashMap<>();
		for (int i = 0; i < 11; i++) {
			values.put(String.format("E0102%04d", i), BigDecimal.valueOf(i * 3 + 1));
		}
		return values; // the twelfth area has no value
	}

	private static Document parse(String svg) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> paths(Document svg, String cssClass) {
		NodeList nodes = svg.getElementsByTagName("path");
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Element e = (Element) nodes.item(i);
			if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
				found.add(e);
			}
		}
		return found;
	}

	@Test
	void drawsOnePathPerAreaInWellFormedAccessibleSvg() throws Exception {
		ChoroplethMap.Rendered map = ChoroplethMap.titled("Index of Multiple Deprivation score, 2019 & <test>")
			.id("imd")
			.areas(grid())
			.values(values(), "IMD score")
			.render();
		Document svg = parse(map.svg());
		Element root = svg.getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("imd-title imd-desc");
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Index of Multiple Deprivation score, 2019 & <test>");
		assertThat(paths(svg, "area")).hasSize(12);
		assertThat(map.table()).hasSize(12);
	}

	@Test
	void legendClassesCoverEveryValueFromMinimumToMaximum() {
		ChoroplethMap.Rendered map = ChoroplethMap.titled("IMD").areas(grid()).values(values(), "IMD score").render();
		List<ChoroplethMap.ValueClass> legend = map.legend();
		assertThat(legend).hasSize(5);
		assertThat(legend.get(0).from()).isEqualByComparingTo("1");
		assertThat(legend.get(legend.size() - 1).to()).isEqualByComparingTo("31");
		for (int i = 1; i < legend.size(); i++) {
			assertThat(legend.get(i).from()).isEqualByComparingTo(legend.get(i - 1).to());
		}
		assertThat(legend.stream().mapToLong(ChoroplethMap.ValueClass::areas).sum()).isEqualTo(11);
		assertThat(legend).extracting(ChoroplethMap.ValueClass::colour).doesNotHaveDuplicates();
	}

	@Test
	void givenBreaksMakeTheClasses() {
		ChoroplethMap.Rendered map = ChoroplethMap.titled("IMD")
			.areas(grid())
			.values(values(), "IMD score")
			.breaks(List.of(new BigDecimal("10"), new BigDecimal("20")))
			.render();
		assertThat(map.legend()).extracting(c -> c.from().toPlainString() + "-" + c.to().toPlainString())
			.containsExactly("1-10", "10-20", "20-31");
		assertThat(map.legend()).extracting(ChoroplethMap.ValueClass::areas).containsExactly(3L, 4L, 4L);
	}

	@Test
	void areasWithoutAValueAreHatchedNotColoured() throws Exception {
		ChoroplethMap.Rendered map = ChoroplethMap.titled("IMD")
			.id("m")
			.areas(grid())
			.values(values(), "IMD score")
			.render();
		Document svg = parse(map.svg());
		List<Element> noData = paths(svg, "no-data");
		assertThat(noData).singleElement().satisfies(e -> {
			assertThat(e.getAttribute("data-code")).isEqualTo("E01020011");
			assertThat(e.getAttribute("fill")).isEqualTo("url(#m-no-data)");
		});
		assertThat(paths(svg, "area")).filteredOn(e -> !e.getAttribute("class").contains("no-data"))
			.allSatisfy(e -> assertThat(ChoroplethMap.PALETTE).contains(e.getAttribute("fill")));
		assertThat(map.table()).filteredOn(r -> r.value() == null)
			.singleElement()
			.satisfies(r -> assertThat(r.valueClass()).isNull());
	}

	@Test
	void withoutValuesDrawsBoundariesAndOutlinesWithNoLegend() throws Exception {
		ChoroplethMap.Rendered map = ChoroplethMap.titled("LSOAs")
			.areas(grid())
			.outline(new ChoroplethMap.Outline("District", FACTORY.toGeometry(new Envelope(-1.40, -1.36, 52.70, 52.73)),
					ChoroplethMap.OutlineStyle.DISTRICT))
			.render();
		Document svg = parse(map.svg());
		assertThat(map.legend()).isEmpty();
		assertThat(paths(svg, "area")).hasSize(12)
			.allSatisfy(e -> assertThat(e.getAttribute("fill")).isEqualTo(ChoroplethMap.BOUNDARY_FILL));
		assertThat(paths(svg, "outline-district")).hasSize(1);
	}

	@Test
	void keepsShapesInProportionAtThisLatitude() throws Exception {
		Polygon square = (Polygon) FACTORY.toGeometry(new Envelope(-1.4, -1.3, 52.7, 52.8));
		ChoroplethMap.Rendered map = ChoroplethMap.titled("one")
			.width(400)
			.areas(List.of(new ChoroplethMap.Area("E01000001", "One", square)))
			.render();
		String viewBox = parse(map.svg()).getDocumentElement().getAttribute("viewBox");
		double height = Double.parseDouble(viewBox.split(" ")[3]);
		// 0.1 degrees of longitude at 52.75N is cos(52.75) = 0.605 of 0.1 degrees of
		// latitude.
		assertThat((400 - 20) / (height - 20)).isCloseTo(Math.cos(Math.toRadians(52.75)),
				org.assertj.core.data.Offset.offset(0.02));
		assertThat(new Coordinate(0, 0)).isNotNull();
	}

}
