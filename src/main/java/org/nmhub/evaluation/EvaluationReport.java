package org.nmhub.evaluation;

import java.util.List;

/**
 * An evaluation report as plain text and tables, so that the page, the PDF and the
 * workbook show the same content.
 */
record EvaluationReport(String title, String scopeName, String scopeValue, String generated, List<Part> parts) {

	EvaluationReport {
		parts = List.copyOf(parts);
	}

	/** One section of the report. */
	record Part(ReportSection section, List<String> paragraphs, List<Table> tables) {

		Part {
			paragraphs = List.copyOf(paragraphs);
			tables = List.copyOf(tables);
		}

		public String heading() {
			return section.heading();
		}

		public String key() {
			return section.name();
		}

	}

	/** A table with a caption, a header and rows of text. */
	record Table(String caption, List<String> header, List<List<String>> rows) {

		Table {
			header = List.copyOf(header);
			rows = List.copyOf(rows);
		}

	}

}
