package org.nmhub.places;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nmhub.RealData;

/**
 * Imports the official geography files for tests, whether or not the demo loader already
 * did (importing the same file again changes nothing).
 */
final class GeographyTestFiles {

	static final GeographyImport.Importer TESTS = new GeographyImport.Importer(null, "Geography tests", null);

	private GeographyTestFiles() {
	}

	/** Every lookup and boundary file the demo loads, in order. */
	static void loadAll(GeographyImport imports) throws IOException {
		for (String file : PlacesGeographyDemoData.FILES) {
			GeographyImport.Outcome outcome = load(imports, file);
			if (outcome.refused()) {
				throw new IllegalStateException(file + ": " + outcome.problems());
			}
		}
	}

	static GeographyImport.Outcome load(GeographyImport imports, String file) throws IOException {
		Path path = RealData.file(file);
		try (InputStream in = Files.newInputStream(path)) {
			return imports.importFile(TESTS, path.getFileName().toString(), in);
		}
	}

	static String text(String file) throws IOException {
		return Files.readString(RealData.file(file), StandardCharsets.UTF_8);
	}

	static GeographyImport.Outcome importText(GeographyImport imports, String fileName, String text)
			throws IOException {
		return importBytes(imports, fileName, text.getBytes(StandardCharsets.UTF_8));
	}

	static GeographyImport.Outcome importBytes(GeographyImport imports, String fileName, byte[] bytes)
			throws IOException {
		return imports.importFile(TESTS, fileName, new ByteArrayInputStream(bytes));
	}

}
