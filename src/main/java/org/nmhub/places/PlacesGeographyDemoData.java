package org.nmhub.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, when the demo is enabled and the official data folder is present, imports the
 * England LSOA lookups and the Leicestershire and Leicester boundary layers, in
 * dependency order. A file already imported (same checksum) is skipped, so later starts
 * cost only reading and hashing the files.
 */
@Component
@Order(20)
class PlacesGeographyDemoData implements ApplicationRunner {

	/** In import order: each change lookup and boundary file needs its lookup first. */
	static final List<String> FILES = List.of("lookups/lsoa11_msoa11_ward17_lad21_england_wales.csv",
			"lookups/lsoa21_ward24_lad24_england_wales.csv", "lookups/lsoa21_msoa21_england_wales_DERIVED.csv",
			"lookups/lsoa01_lsoa11_england_wales.csv", "lookups/lsoa11_lsoa21_lad22_england_wales.csv",
			"geo/lsoa01_leicestershire_leicester_DERIVED.geojson", "geo/lsoa11_leicestershire_leicester.geojson",
			"geo/lsoa21_leicestershire_leicester.geojson", "geo/msoa11_leicestershire_leicester.geojson",
			"geo/msoa21_leicestershire_leicester.geojson", "geo/wards13_leicestershire_leicester.geojson",
			"geo/wards22_leicestershire_leicester.geojson", "geo/lad24_leicestershire_leicester.geojson");

	private static final Logger log = LoggerFactory.getLogger(PlacesGeographyDemoData.class);

	private final GeographyImport imports;

	private final OfficialData officialData;

	private final boolean enabled;

	PlacesGeographyDemoData(GeographyImport imports, OfficialData officialData,
			@Value("${nmhub.demo.enabled}") boolean enabled) {
		this.imports = imports;
		this.officialData = officialData;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || officialData.directory().isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		int imported = 0;
		for (String name : FILES) {
			Optional<Path> file = officialData.file(name);
			if (file.isEmpty()) {
				log.warn("Demo geography: {} is not in the official data folder; skipped", name);
				continue;
			}
			try (InputStream in = Files.newInputStream(file.get())) {
				GeographyImport.Outcome outcome = imports.importFile(GeographyImport.Importer.DEMO,
						file.get().getFileName().toString(), in);
				if (outcome.refused()) {
					log.warn("Demo geography: {} refused: {} {}", name, outcome.summary(),
							outcome.problems().stream().limit(5).map(ImportProblem::describe).toList());
				}
				else if (outcome.status() == GeographyImport.Status.IMPORTED) {
					imported++;
					log.info("Demo geography: {} in {} ms. {}", name, outcome.millis(), outcome.summary());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		log.info("Demo geography: {} files imported, {} already present, in {} ms", imported, FILES.size() - imported,
				(System.nanoTime() - started) / 1_000_000);
	}

}
