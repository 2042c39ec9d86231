package org.nmhub.web;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML validator), run in this JVM on one document at a
 * time. Only errors count; warnings and notes are ignored. Setting it up reads its
 * schemas, which takes a few seconds, so make one and reuse it.
 */
final class HtmlChecker {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final SimpleDocumentValidator validator;

	private final Collector collector = new Collector();

	HtmlChecker() {
		try {
			// No log4j set-up, no URL logging, no language detection.
			this.validator = new SimpleDocumentValidator(false, false, true);
			this.validator.setUpMainSchema(HTML_SCHEMA, this.collector);
			this.validator.setUpValidatorAndParsers(this.collector, false, false);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker could not be set up", ex);
		}
	}

	/** The errors the checker finds in this document, each as "line N: message". */
	synchronized List<String> errors(String html, String url) {
		this.collector.errors.clear();
		InputSource source = new InputSource(new StringReader(html));
		source.setSystemId(url);
		try {
			this.validator.checkHtmlInputSource(source);
		}
		catch (IOException | SAXException ex) {
			this.collector.errors.add("the checker stopped: " + ex.getMessage());
		}
		return new ArrayList<>(this.collector.errors);
	}

	private static final class Collector implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add("line " + exception.getLineNumber() + ": " + exception.getMessage());
		}

		@Override
		public void fatalError(SAXParseException exception) {
			error(exception);
		}

	}

}
