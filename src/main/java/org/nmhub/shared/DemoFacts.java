package org.nmhub.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo partnerships' facts, typed from the seed documents with a source for each
 * ({@code demo/seed-facts.json} on the class path). Each module loads its own part.
 */
public final class DemoFacts {

	static final String RESOURCE = "demo/seed-facts.json";

	private DemoFacts() {
	}

	public static JsonNode read() {
		try (InputStream in = DemoFacts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A text field, or {@code null} where the facts give none. */
	public static String textOrNull(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
