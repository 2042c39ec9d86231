package org.nmhub.indicators;

import org.jspecify.annotations.Nullable;

/**
 * One reason a file cannot be imported.
 *
 * @param row the row as a spreadsheet numbers it (the heading row is row 1), or 0 for the
 * file as a whole
 * @param column the column's heading as written in the file, if the problem is in one
 */
record ImportProblem(int row, @Nullable String column, String message) {

	static ImportProblem ofFile(String message) {
		return new ImportProblem(0, null, message);
	}

	@Override
	public String toString() {
		if (row == 0) {
			return column == null ? message : "Column " + column + ": " + message;
		}
		return "Row " + row + (column == null ? "" : ", column " + column) + ": " + message;
	}

}
