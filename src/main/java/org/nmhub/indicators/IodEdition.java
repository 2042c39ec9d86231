package org.nmhub.indicators;

import java.util.Optional;

import org.nmhub.shared.LsoaVintage;

/**
 * The editions of the English Indices of Deprivation, the LSOAs each is published for,
 * and who published it.
 */
enum IodEdition {

	IOD2004(2004, LsoaVintage.LSOA2001, "Office of the Deputy Prime Minister (ODPM)"),
	IOD2007(2007, LsoaVintage.LSOA2001, "Department for Communities and Local Government (DCLG)"),
	IOD2010(2010, LsoaVintage.LSOA2001, "Department for Communities and Local Government (DCLG)"),
	IOD2015(2015, LsoaVintage.LSOA2011, "Department for Communities and Local Government (DCLG)"),
	IOD2019(2019, LsoaVintage.LSOA2011, "Ministry of Housing, Communities and Local Government (MHCLG)"),
	IOD2025(2025, LsoaVintage.LSOA2021, "Ministry of Housing, Communities and Local Government (MHCLG)");

	static final String LICENCE = "© Crown copyright. Contains public sector information licensed under the Open "
			+ "Government Licence v3.0.";

	private final int year;

	private final LsoaVintage vintage;

	private final String publisher;

	IodEdition(int year, LsoaVintage vintage, String publisher) {
		this.year = year;
		this.vintage = vintage;
		this.publisher = publisher;
	}

	int year() {
		return year;
	}

	LsoaVintage vintage() {
		return vintage;
	}

	String publisher() {
		return publisher;
	}

	String key() {
		return "iod" + year;
	}

	String title() {
		return "English Indices of Deprivation " + year;
	}

	String licence() {
		return LICENCE + " Published by " + publisher + ".";
	}

	static Optional<IodEdition> ofYear(int year) {
		for (IodEdition e : values()) {
			if (e.year == year) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

}
