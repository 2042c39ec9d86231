package org.nmhub.places;

/**
 * Why one row of an imported file was refused.
 *
 * @param row the row as a spreadsheet shows it (the header is row 1), or the feature's
 * number (from 1) in a GeoJSON file; 0 for the file as a whole
 * @param column the column (or GeoJSON property) at fault, or empty for the whole row
 * @param message what is wrong, in words an administrator can act on
 */
record ImportProblem(long row, String column, String message) {

	static ImportProblem ofFile(String message) {
		return new ImportProblem(0, "", message);
	}

	/** For lists: "Row 17, column LSOA11CD: …". */
	public String describe() {
		String where = row == 0 ? "File" : "Row " + row;
		return where + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
	}

}
