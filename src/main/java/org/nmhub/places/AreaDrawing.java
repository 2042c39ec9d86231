package org.nmhub.places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FieldProblem;
import org.nmhub.shared.FormValues;
import org.nmhub.shared.LsoaVintage;

/**
 * A proposed area for a neighbourhood, as typed or pasted: LSOA codes separated by
 * commas, spaces or new lines. Every field is kept as typed.
 */
record AreaDrawing(@Nullable String vintage, @Nullable String validFrom, @Nullable String lsoaCodes,
		@Nullable String reason) {

	/** The distinct codes given, upper-cased, in the order typed. */
	Set<String> codes() {
		Set<String> codes = new LinkedHashSet<>();
		if (lsoaCodes != null) {
			for (String token : lsoaCodes.split("[\\s,;]+")) {
				if (!token.isBlank()) {
					codes.add(token.trim().toUpperCase(Locale.ROOT));
				}
			}
		}
		return codes;
	}

	/** Problems with the form itself, by field, before any code is looked up. */
	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (lsoaVintage() == null) {
			problems.add(new FieldProblem("vintage", "Select the LSOA vintage: 2001, 2011 or 2021"));
		}
		if (validFromDate() == null) {
			problems.add(new FieldProblem("validFrom", "Enter the date the area applies from, for example 2026-04-01"));
		}
		if (codes().isEmpty()) {
			problems.add(new FieldProblem("lsoaCodes", "Enter at least one LSOA code"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "Enter why the area is drawn this way"));
		}
		return problems;
	}

	@Nullable LsoaVintage lsoaVintage() {
		return FormValues.whole(vintage)
			.filter(y -> y == 2001 || y == 2011 || y == 2021)
			.map(y -> LsoaVintage.ofYear(y.intValue()))
			.orElse(null);
	}

	@Nullable LocalDate validFromDate() {
		return FormValues.date(validFrom).orElse(null);
	}

}
