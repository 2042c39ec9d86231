package org.nmhub.places;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The folder of official data files (Indices of Deprivation, ONS lookups, boundaries)
 * that NM Hub can load without an upload: {@code NMHUB_DATA_DIR}, or
 * {@code ../shared/data} when that exists. The same files can always be uploaded by an
 * administrator instead.
 */
@Component
public class OfficialData {

	private final Path directory;

	OfficialData(@Value("${nmhub.source-data-dir:}") String configured) {
		Path path = configured.isBlank() ? Path.of("..", "shared", "data") : Path.of(configured);
		this.directory = Files.isDirectory(path) ? path.toAbsolutePath().normalize() : null;
	}

	/** The folder, if one is configured or present. */
	public Optional<Path> directory() {
		return Optional.ofNullable(directory);
	}

	/**
	 * A file in the folder, such as {@code iod/iod2019_lsoa11_england_combined.csv}, if
	 * present.
	 */
	public Optional<Path> file(String relativePath) {
		return directory().map(d -> d.resolve(relativePath)).filter(Files::isRegularFile);
	}

}
