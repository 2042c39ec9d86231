package org.nmhub.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL names made from place and organisation names: lower case, ASCII letters and digits,
 * words joined by hyphens ("Burbage/St. Catherines" becomes
 * {@code burbage-st-catherines}).
 */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.isEmpty()) {
			throw new IllegalArgumentException("No letters or digits in '" + name + "'");
		}
		return slug;
	}

}
