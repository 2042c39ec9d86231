package org.nmhub.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.nmhub.RealData;
import org.nmhub.shared.LsoaVintage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills {@code places_lsoas} for a vintage from the real ONS lookup when it is empty, so
 * that imports can check area codes before the geography import exists. Idempotent: after
 * the geography demo loader has run, it adds nothing.
 */
final class LsoaFixture {

	private LsoaFixture() {
	}

	static void ensureLsoas(JdbcClient jdbc, LsoaVintage... vintages) {
		for (LsoaVintage vintage : vintages) {
			long held = jdbc.sql("select count(*) from places_lsoas where vintage = :v")
				.param("v", vintage.year())
				.query(Long.class)
				.single();
			if (held == 0) {
				load(jdbc, vintage);
			}
		}
	}

	private static void load(JdbcClient jdbc, LsoaVintage vintage) {
		String file;
		String code;
		String name;
		String lad;
		switch (vintage) {
			case LSOA2001 -> {
				file = "lookups/lsoa01_lsoa11_england_wales.csv";
				code = "LSOA01CD";
				name = "LSOA01NM";
				lad = null;
			}
			case LSOA2011 -> {
				file = "lookups/lsoa11_msoa11_ward17_lad21_england_wales.csv";
				code = "LSOA11CD";
				name = "LSOA11NM";
				lad = "LAD21CD";
			}
			default -> {
				file = "lookups/lsoa21_ward24_lad24_england_wales.csv";
				code = "LSOA21CD";
				name = "LSOA21NM";
				lad = "LAD24CD";
			}
		}
		Map<String, String[]> rows = new LinkedHashMap<>();
		Path path = RealData.file(file);
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(path)) {
			for (NamedCsvRecord r : csv) {
				rows.putIfAbsent(r.getField(code),
						new String[] { r.getField(name), lad == null ? "" : r.getField(lad) });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> codes = new ArrayList<>(rows.keySet());
		jdbc.sql("""
				insert into places_lsoas (vintage, code, name, lad_code)
				select :v, c, n, l from unnest(:codes, :names, :lads) as t(c, n, l)
				on conflict do nothing
				""")
			.param("v", vintage.year())
			.param("codes", codes.toArray(String[]::new))
			.param("names", codes.stream().map(c -> rows.get(c)[0]).toArray(String[]::new))
			.param("lads", codes.stream().map(c -> rows.get(c)[1]).toArray(String[]::new))
			.update();
	}

}
