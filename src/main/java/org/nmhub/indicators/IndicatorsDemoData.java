package org.nmhub.indicators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.nmhub.places.Geography;
import org.nmhub.places.OfficialData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start-up with demo data on, imports the Indices of Deprivation from the official
 * data folder (every edition for England, and the 2019 population denominators). Files
 * already imported are skipped by checksum; a file whose LSOAs NM Hub does not hold yet
 * is skipped with a warning, so start-up never fails for want of the geography.
 */
@Component
@Order(30)
class IndicatorsDemoData implements ApplicationRunner {

	static final List<String> FILES = List.of("iod/iod2004_imd_lsoa01_england.csv",
			"iod/iod2007_imd_lsoa01_england.csv", "iod/iod2010_lsoa01_england.csv",
			"iod/iod2015_imd_lsoa11_england.csv", "iod/iod2019_lsoa11_england_combined.csv",
			"iod/iod2019_File_6_-_IoD2019_Population_Denominators.csv", "iod/iod2025_lsoa21_england.csv");

	private static final Logger log = LoggerFactory.getLogger(IndicatorsDemoData.class);

	private final IodImport iodImport;

	private final OfficialData officialData;

	private final Geography geography;

	private final boolean enabled;

	IndicatorsDemoData(IodImport iodImport, OfficialData officialData, Geography geography,
			@Value("${nmhub.demo.enabled}") boolean enabled) {
		this.iodImport = iodImport;
		this.officialData = officialData;
		this.geography = geography;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled || officialData.directory().isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		int imported = 0;
		for (String relative : FILES) {
			Optional<Path> file = officialData.file(relative);
			if (file.isEmpty()) {
				log.warn("Demo indicators: {} is not in the official data folder; skipped", relative);
				continue;
			}
			String name = file.get().getFileName().toString();
			IodEdition edition = IodColumns.editionNamedIn(name).orElseThrow();
			if (geography.lsoaCodes(edition.vintage()).isEmpty()) {
				log.warn(
						"Demo indicators: {} skipped because NM Hub holds no {} LSOAs yet (import the geography first)",
						name, edition.vintage().year());
				continue;
			}
			IodImport.Outcome outcome = iodImport.importFile(name, Files.readAllBytes(file.get()), null,
					IodImport.Importer.DEMO);
			if (outcome instanceof IodImport.Imported i) {
				imported++;
				log.info("Demo indicators: imported {} ({} areas, {} indicators) in {} ms", name,
						i.dataset().rowCount(), i.indicatorsAdded().size(), i.millis());
			}
			else if (outcome instanceof IodImport.Refused refused) {
				log.warn("Demo indicators: {} was refused: {}", name, refused.problems().stream().limit(5).toList());
			}
		}
		log.info("Demo indicators: {} files imported, start-up cost {} ms", imported,
				(System.nanoTime() - started) / 1_000_000);
	}

}
