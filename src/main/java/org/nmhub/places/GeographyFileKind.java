package org.nmhub.places;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The reference geography files NM Hub recognises, by the columns of their header row
 * (CSV) or the properties of their features (GeoJSON), as ONS publishes them.
 */
enum GeographyFileKind {

	LSOA11_LOOKUP(Format.CSV, "LSOA 2011 to MSOA 2011, ward 2017 and district 2021 lookup",
			"ONS best-fit lookup, LSOA (Dec 2011) to MSOA (2011), ward (Dec 2017) and LAD (2021)",
			List.of("LSOA11CD", "LSOA11NM", "MSOA11CD", "MSOA11NM", "WD17CD", "WD17NM", "LAD21CD", "LAD21NM"), 2011,
			null),

	LSOA21_WARD_LOOKUP(Format.CSV, "LSOA 2021 to ward 2024 and district 2024 lookup",
			"ONS lookup, LSOA (2021) to electoral ward (May 2024) and LAD (May 2024)",
			List.of("LSOA21CD", "LSOA21NM", "WD24CD", "WD24NM", "LAD24CD", "LAD24NM"), 2021, null),

	LSOA21_MSOA_LOOKUP(Format.CSV, "LSOA 2021 to MSOA 2021 lookup",
			"LSOA (2021) to MSOA (2021) and LAD (May 2024); ONS codes and naming rule",
			List.of("LSOA21CD", "LSOA21NM", "MSOA21CD", "MSOA21NM", "LAD24CD", "LAD24NM"), 2021, null),

	LSOA01_LSOA11_CHANGES(Format.CSV, "LSOA 2001 to LSOA 2011 changes",
			"ONS lookup, LSOA (2001) to LSOA (Dec 2011) with change indicator",
			List.of("LSOA01CD", "LSOA01NM", "CHGIND", "LSOA11CD", "LSOA11NM"), 2001, null),

	LSOA11_LSOA21_CHANGES(Format.CSV, "LSOA 2011 to LSOA 2021 changes",
			"ONS lookup, LSOA (Dec 2011) to LSOA (2021) and LAD (2022) with change indicator",
			List.of("LSOA11CD", "LSOA11NM", "CHGIND", "LSOA21CD", "LSOA21NM", "LAD22CD", "LAD22NM"), 2011, null),

	LSOA01_BOUNDARIES(Format.GEOJSON, "LSOA 2001 boundaries", "LSOA (2001) boundaries", List.of("LSOA01CD", "LSOA01NM"),
			2001, null),

	LSOA11_BOUNDARIES(Format.GEOJSON, "LSOA 2011 boundaries", "LSOA (Dec 2011) boundaries, generalised clipped",
			List.of("LSOA11CD", "LSOA11NM"), 2011, null),

	LSOA21_BOUNDARIES(Format.GEOJSON, "LSOA 2021 boundaries", "LSOA (2021) boundaries, generalised clipped",
			List.of("LSOA21CD", "LSOA21NM"), 2021, null),

	WARD13_BOUNDARIES(Format.GEOJSON, "Ward 2013 boundaries", "Electoral wards (Dec 2013) boundaries",
			List.of("WD13CD", "WD13NM", "LAD11CD"), 2013, "ward"),

	WARD22_BOUNDARIES(Format.GEOJSON, "Ward 2022 boundaries", "Electoral wards (Dec 2022) boundaries",
			List.of("WD22CD", "WD22NM", "LAD24CD"), 2022, "ward"),

	MSOA11_BOUNDARIES(Format.GEOJSON, "MSOA 2011 boundaries", "MSOA (Dec 2011) boundaries",
			List.of("MSOA11CD", "MSOA11NM", "LAD11CD"), 2011, "msoa"),

	MSOA21_BOUNDARIES(Format.GEOJSON, "MSOA 2021 boundaries", "MSOA (2021) boundaries",
			List.of("MSOA21CD", "MSOA21NM", "LAD24CD"), 2021, "msoa"),

	/** Last: ward, MSOA and LSOA 2021 files also carry the district's columns. */
	DISTRICT24_BOUNDARIES(Format.GEOJSON, "District 2024 boundaries", "Local authority districts (May 2024) boundaries",
			List.of("LAD24CD", "LAD24NM"), 2024, "district");

	enum Format {

		CSV, GEOJSON

	}

	static final String PUBLISHER = "Office for National Statistics";

	static final String LOOKUP_LICENCE = "Source: Office for National Statistics licensed under the Open Government "
			+ "Licence v3.0.";

	static final String BOUNDARY_LICENCE = LOOKUP_LICENCE + " Contains OS data © Crown copyright and database right.";

	private final Format format;

	private final String label;

	private final String edition;

	private final List<String> columns;

	private final int vintage;

	private final @Nullable String layer;

	GeographyFileKind(Format format, String label, String edition, List<String> columns, int vintage,
			@Nullable String layer) {
		this.format = format;
		this.label = label;
		this.edition = edition;
		this.columns = columns;
		this.vintage = vintage;
		this.layer = layer;
	}

	Format format() {
		return format;
	}

	String label() {
		return label;
	}

	String edition() {
		return edition;
	}

	/** The columns (CSV) or feature properties (GeoJSON) the file must have. */
	List<String> columns() {
		return columns;
	}

	/** The vintage of the LSOAs (or of the boundary layer) the file describes. */
	int vintage() {
		return vintage;
	}

	/**
	 * {@code ward}, {@code district} or {@code msoa} for those boundary layers; null for
	 * LSOA files.
	 */
	@Nullable String layer() {
		return layer;
	}

	boolean isLsoaBoundaries() {
		return format == Format.GEOJSON && layer == null;
	}

	String licence() {
		return format == Format.GEOJSON ? BOUNDARY_LICENCE : LOOKUP_LICENCE;
	}

	/** The column or property holding the area code, always the first. */
	String codeColumn() {
		return columns.get(0);
	}

	String nameColumn() {
		return columns.get(1);
	}

}
