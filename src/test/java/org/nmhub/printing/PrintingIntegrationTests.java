package org.nmhub.printing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nmhub.PdfText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class PrintingIntegrationTests {

	@Autowired
	PdfRenderer pdfs;

	@Test
	void rendersATemplateWithItsModelTablesAndSvgToPdf() {
		byte[] pdf = pdfs.render("printing-test",
				Map.of("heading", "Greenhill evaluation", "amount", "£2,700,000", "rows", List.of("NI 1", "NI 2")));

		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String text = PdfText.of(pdf);
		assertThat(text).contains("Greenhill evaluation", "£2,700,000", "An unclosed line break", "NI 1", "NI 2",
				"Page 1 of 1");
	}

	@Test
	void aLongTableRunsOnToMorePagesWithItsHeadingRepeated() {
		List<String> rows = java.util.stream.IntStream.rangeClosed(1, 150).mapToObj(i -> "Row " + i).toList();
		byte[] pdf = pdfs.render("printing-test", Map.of("heading", "Long", "amount", "1", "rows", rows));

		assertThat(PdfText.pages(pdf)).isGreaterThan(1);
		String text = PdfText.of(pdf);
		assertThat(text).contains("Row 150");
		assertThat(text.split("Indicator", -1).length - 1).isEqualTo(PdfText.pages(pdf));
	}

}
