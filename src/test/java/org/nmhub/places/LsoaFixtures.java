package org.nmhub.places;

import java.io.IOException;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.nmhub.RealData;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts real 2011 LSOAs (code, name, district) from the ONS lookup into the reference
 * table, for tests that need a few of them before the geography import has run.
 */
final class LsoaFixtures {

	/** Greenhill ward, North West Leicestershire (ONS lookup, ward 2017 "Greenhill"). */
	static final Set<String> GREENHILL_2011 = Set.of("E01025932", "E01025933");

	/** Coalville West ward, North West Leicestershire. */
	static final String COALVILLE_WEST_2011 = "E01025930";

	private LsoaFixtures() {
	}

	static void load2011(JdbcClient jdbc, Set<String> codes) throws IOException {
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
			.ofNamedCsvRecord(RealData.file("lookups/lsoa11_msoa11_ward17_lad21_england_wales.csv"))) {
			for (NamedCsvRecord row : csv) {
				if (codes.contains(row.getField("LSOA11CD"))) {
					jdbc.sql("""
							insert into places_lsoas (vintage, code, name, lad_code) values (2011, :code, :name, :lad)
							on conflict do nothing
							""")
						.param("code", row.getField("LSOA11CD"))
						.param("name", row.getField("LSOA11NM"))
						.param("lad", row.getField("LAD21CD"))
						.update();
				}
			}
		}
	}

}
