package org.nmhub.partners;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

class StructureDiagramTests {

	private static PartnerBody body(String name, BodyType type, String district, String reportsTo) {
		return new PartnerBody(name.hashCode(), name, type, district, null, reportsTo, null, "test", null, false,
				List.of());
	}

	private final List<PartnerBody> bodies = List.of(body("Leicestershire Together Board", BodyType.BOARD, null, null),
			body("Strategic Senior Officer Group (SSOG)", BodyType.SUB_GROUP, null, "Leicestershire Together Board"),
			body("Charnwood Together", BodyType.DISTRICT_LSP, "Charnwood", null),
			body("Charnwood Together neighbourhood management sub-group", BodyType.SUB_GROUP, "Charnwood",
					"Charnwood Together"),
			body("Greenhill NAT", BodyType.NAT, "North West Leicestershire", null));

	@Test
	void bodiesSitUnderTheBodyTheyReportToWithinTheirSection() {
		StructureDiagram diagram = StructureDiagram.of(bodies, null);
		assertThat(diagram.sections()).extracting(StructureDiagram.Section::title)
			.containsExactly("Partnership-wide", "Charnwood", "North West Leicestershire");
		assertThat(diagram.sections().get(0).nodes()).extracting(n -> n.body().name() + "@" + n.depth())
			.containsExactly("Leicestershire Together Board@0", "Strategic Senior Officer Group (SSOG)@1");
		assertThat(diagram.sections().get(1).nodes()).extracting(n -> n.depth()).containsExactly(0, 1);
	}

	@Test
	void oneDistrictShowsOnlyItsSection() {
		assertThat(StructureDiagram.of(bodies, "Charnwood").sections()).extracting(StructureDiagram.Section::title)
			.containsExactly("Charnwood");
	}

	@Test
	void reportingLoopsDoNotHangTheOutline() {
		List<PartnerBody> loop = List.of(body("A", BodyType.OTHER, null, "B"), body("B", BodyType.OTHER, null, "A"),
				body("C", BodyType.OTHER, null, null));
		assertThat(StructureDiagram.of(loop, null).sections().get(0).nodes()).extracting(n -> n.body().name())
			.containsExactly("C");
	}

	@Test
	void svgIsWellFormedTitledAndHasOneBoxPerBody() throws Exception {
		String svg = StructureDiagram.of(bodies, null).svg("How it fits <together>");
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(bodies.size());
		assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("How it fits <together>");
		assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
		assertThat(document.getElementsByTagName("path").getLength()).as("two reporting lines").isEqualTo(2);
	}

}
