package org.nmhub.partners;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Organisation names compared the way people mean them: "The N.W.L. CVS" and "nwl cvs"
 * are the same name.
 */
final class OrganisationNames {

	private OrganisationNames() {
	}

	static String normalise(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String words = ascii.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[.']", "")
			.replaceAll("[^a-z0-9]+", " ")
			.trim();
		words = words.replaceAll("^the ", "").replaceAll(" (ltd|limited|plc)$", "");
		return words.replaceAll("\\s+", " ");
	}

}
