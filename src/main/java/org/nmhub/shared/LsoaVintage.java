package org.nmhub.shared;

/**
 * The three generations of Lower layer Super Output Areas. Codes are only comparable
 * within one vintage: IoD 2004, 2007 and 2010 use 2001 LSOAs, IoD 2015 and 2019 use 2011
 * LSOAs, IoD 2025 and Census 2021 use 2021 LSOAs.
 */
public enum LsoaVintage {

	LSOA2001(2001), LSOA2011(2011), LSOA2021(2021);

	private final int year;

	LsoaVintage(int year) {
		this.year = year;
	}

	public int year() {
		return year;
	}

	public static LsoaVintage ofYear(int year) {
		for (LsoaVintage v : values()) {
			if (v.year == year) {
				return v;
			}
		}
		throw new IllegalArgumentException("No LSOA vintage " + year + " (there are 2001, 2011 and 2021)");
	}

}
