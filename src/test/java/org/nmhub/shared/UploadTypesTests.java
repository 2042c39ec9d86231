package org.nmhub.shared;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.nmhub.shared.UploadTypes.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class UploadTypesTests {

	private static final byte[] CSV = "LSOA code,Value\nE01025626,3\n".getBytes(StandardCharsets.UTF_8);

	private static final byte[] XLSX = { 'P', 'K', 3, 4, 20, 0, 6, 0 };

	private static final byte[] GEOJSON = "{\"type\":\"FeatureCollection\"".getBytes(StandardCharsets.UTF_8);

	private static String problem(String name, String type, byte[] head, Kind... kinds) {
		return UploadTypes.problem("File of survey results", name, type, head, kinds).orElse("none");
	}

	@Test
	void acceptsEachKindWithTheTypesBrowsersSendForIt() {
		for (String type : new String[] { "text/csv", "text/csv; charset=UTF-8", "application/vnd.ms-excel",
				"text/plain", "application/octet-stream", "", null }) {
			assertThat(problem("results.csv", type, CSV, Kind.CSV, Kind.XLSX)).as(type).isEqualTo("none");
		}
		assertThat(problem("Results.XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XLSX,
				Kind.CSV, Kind.XLSX))
			.isEqualTo("none");
		assertThat(problem("lsoa21.geojson", "application/geo+json", GEOJSON, Kind.CSV, Kind.GEOJSON))
			.isEqualTo("none");
		assertThat(problem("lsoa21.json", "application/json", GEOJSON, Kind.CSV, Kind.GEOJSON)).isEqualTo("none");
	}

	@Test
	void refusesAnotherExtensionNamingTheFieldAndTheKindsItTakes() {
		assertThat(problem("minutes.docx", "application/octet-stream", XLSX, Kind.CSV, Kind.XLSX)).isEqualTo(
				"File of survey results: the selected file must be a CSV or XLSX file (.csv, .xlsx) (minutes.docx is not)");
		assertThat(problem("boundaries.geojson", "application/geo+json", GEOJSON, Kind.CSV, Kind.XLSX))
			.contains("boundaries.geojson is not");
		assertThat(problem("", null, CSV, Kind.CSV)).contains("the file has no name");
	}

	@Test
	void tellsHowToSaveAnOldExcelWorkbook() {
		assertThat(problem("results.xls", "application/vnd.ms-excel", CSV, Kind.CSV, Kind.XLSX))
			.endsWith("Save the old Excel workbook as .xlsx or as CSV UTF-8 and upload that");
	}

	@Test
	void refusesADeclaredTypeThatDoesNotFitTheExtension() {
		assertThat(problem("results.csv", "image/png", CSV, Kind.CSV, Kind.XLSX))
			.contains("results.csv was sent as image/png");
		assertThat(problem("lsoa21.geojson", "text/html", GEOJSON, Kind.GEOJSON))
			.contains("lsoa21.geojson was sent as text/html");
	}

	@Test
	void refusesContentThatContradictsTheExtension() {
		assertThat(problem("results.xlsx", "application/octet-stream", CSV, Kind.CSV, Kind.XLSX))
			.contains("results.xlsx is not an Excel workbook)");
		assertThat(problem("results.csv", "text/csv", XLSX, Kind.CSV, Kind.XLSX))
			.contains("results.csv is a ZIP archive, not CSV text");
		assertThat(problem("lsoa.geojson", "", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), Kind.GEOJSON))
			.contains("lsoa.geojson is a PDF document, not GeoJSON text");
		assertThat(problem("results.csv", "", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Kind.CSV))
			.contains("is an image");
	}

	@Test
	void shortFilesAreLeftToTheImporter() {
		assertThat(problem("results.csv", "text/csv", new byte[] { 'P' }, Kind.CSV)).isEqualTo("none");
		assertThat(problem("results.xlsx", "", new byte[0], Kind.XLSX)).contains("is not an Excel workbook)");
	}

}
