package org.nmhub.shared;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads PostgreSQL text arrays (e.g. a neighbourhood's places) from JDBC result sets.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	/** The array's elements as strings, or an empty list for SQL null. */
	public static List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
