package org.nmhub.toolkit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One piece of toolkit material. {@code excerpt} is the matching passage of a search
 * result (HTML-escaped text with the matched words between {@code «} and {@code »}), or
 * {@code null} outside a search.
 */
record ToolkitItem(long id, boolean shared, ToolkitKind kind, String title, String summary, String body, String source,
		List<String> tags, @Nullable String excerpt) {

	/** The excerpt split into plain and matched parts, for the page to mark up safely. */
	public List<Part> excerptParts() {
		if (excerpt == null) {
			return List.of();
		}
		java.util.ArrayList<Part> parts = new java.util.ArrayList<>();
		String[] pieces = excerpt.split("«", -1);
		parts.add(new Part(pieces[0], false));
		for (int i = 1; i < pieces.length; i++) {
			int end = pieces[i].indexOf('»');
			if (end < 0) {
				parts.add(new Part(pieces[i], false));
			}
			else {
				parts.add(new Part(pieces[i].substring(0, end), true));
				parts.add(new Part(pieces[i].substring(end + 1), false));
			}
		}
		return parts;
	}

	record Part(String text, boolean match) {
	}

}
