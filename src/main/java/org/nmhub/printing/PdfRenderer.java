package org.nmhub.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Service;

/**
 * Renders a Thymeleaf template to PDF. Templates use the {@code print} layout
 * ({@code th:replace="~{print :: print('Title', ~{::section})}"}), which carries its own
 * print stylesheet; inline SVG charts and maps are drawn as vectors.
 */
@Service
public class PdfRenderer {

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The HTML the template produces, as it goes into the PDF. */
	public String html(String template, Map<String, ?> model) {
		Context context = new Context(Locale.UK);
		model.forEach(context::setVariable);
		return templates.process(template, context);
	}

	public byte[] render(String template, Map<String, ?> model) {
		return renderHtml(html(template, model));
	}

	/** Renders HTML (parsed leniently, as a browser would) to PDF. */
	public byte[] renderHtml(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the PDF", ex);
		}
	}

}
