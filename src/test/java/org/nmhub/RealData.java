package org.nmhub;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The official files in {@code NMHUB_DATA_DIR} (default {@code ../shared/data}) for tests
 * that need real data. Without them such a test is skipped, saying why, unless
 * {@code NMHUB_REQUIRE_DATA=1}, when it fails instead.
 */
public final class RealData {

	private RealData() {
	}

	public static Path directory() {
		String configured = System.getenv("NMHUB_DATA_DIR");
		Path directory = configured == null || configured.isBlank() ? Path.of("..", "shared", "data")
				: Path.of(configured);
		if (!Files.isDirectory(directory)) {
			String reason = "This test needs the official data files in " + directory.toAbsolutePath()
					+ " (set NMHUB_DATA_DIR)";
			if ("1".equals(System.getenv("NMHUB_REQUIRE_DATA"))) {
				Assertions.fail(reason + ", and NMHUB_REQUIRE_DATA=1 requires them.");
			}
			System.out.println("Skipping: " + reason + ".");
			Assumptions.abort(reason);
		}
		return directory.toAbsolutePath().normalize();
	}

	/** A file such as {@code iod/iod2019_lsoa11_england_combined.csv}. */
	public static Path file(String relativePath) {
		Path file = directory().resolve(relativePath);
		Assertions.assertTrue(Files.isRegularFile(file), "missing official file " + file);
		return file;
	}

}
