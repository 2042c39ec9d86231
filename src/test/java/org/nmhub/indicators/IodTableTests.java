package org.nmhub.indicators;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nmhub.RealData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV read as the import goes (its first rows, then the rest one at a time) gives
 * exactly the rows, row numbers and cells of a whole reading, whatever the quoting, line
 * breaks and byte order mark.
 */
class IodTableTests {

	/** Each row as its number and cells, for comparing readings. */
	private static List<String> rows(List<IodTable.Line> lines) {
		return lines.stream().map(l -> l.number() + " " + Arrays.toString(l.cells())).toList();
	}

	private static List<String> streamed(String name, byte[] bytes, int headRows) throws IodTable.Unreadable {
		try (IodTable.Streamed file = IodTable.readStreamed(name, bytes, headRows)) {
			assertThat(file.head().lines()).hasSizeLessThanOrEqualTo(headRows);
			List<IodTable.Line> all = new ArrayList<>(file.head().lines());
			for (Iterator<IodTable.Line> rest = file.rest(); rest.hasNext();) {
				all.add(rest.next());
			}
			return rows(all);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "iod2025_lsoa21_england.csv", "iod2019_lsoa11_england_combined.csv",
			"iod2019_File_2_-_IoD2019_Domains_of_Deprivation.csv", "iod2010_lsoa01_england.csv" })
	void readsAnOfficialFileAsItGoesExactlyAsWhole(String name) throws Exception {
		byte[] bytes = Files.readAllBytes(RealData.file("iod/" + name));
		IodTable whole = IodTable.read(name, bytes);

		try (IodTable.Streamed file = IodTable.readStreamed(name, bytes, IodTable.HEAD_ROWS)) {
			assertThat(file.head().headings()).isEqualTo(whole.headings());
			assertThat(file.head().headings().get(0)).doesNotContain("\uFEFF");
			assertThat(file.head().lines()).hasSize(IodTable.HEAD_ROWS);
		}
		assertThat(streamed(name, bytes, IodTable.HEAD_ROWS)).hasSize(whole.lines().size())
			.isEqualTo(rows(whole.lines()));
	}

	/** A heading and rows with quoted commas, quotes and line breaks. */
	private static String quotedFile(String lineBreak) {
		StringBuilder text = new StringBuilder("lsoa11cd,lsoa11nm,note").append(lineBreak);
		for (int i = 0; i < 3_000; i++) {
			text.append("E0100").append(String.format("%04d", i)).append(',');
			text.append(i % 7 == 0 ? "\"Bristol, City of\"" : "Leicester " + i).append(',');
			text.append(i % 5 == 0 ? "\"said \"\"yes\"\"" + lineBreak + "then left\"" : "plain").append(lineBreak);
		}
		return text.toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\n", "\r\n" })
	void numbersRowsAfterQuotedLineBreaksAsTheWholeReadingDoes(String lineBreak) throws Exception {
		byte[] bytes = quotedFile(lineBreak).getBytes(StandardCharsets.UTF_8);
		IodTable whole = IodTable.read("quoted.csv", bytes);
		assertThat(whole.lines().get(5).cells()[2]).isEqualTo("said \"yes\"" + lineBreak + "then left");
		// Row 2 holds a line break, so the second row starts on line 4.
		assertThat(whole.lines().get(1).number()).isEqualTo(4);

		assertThat(streamed("quoted.csv", bytes, 10)).isEqualTo(rows(whole.lines()));
		assertThat(streamed("quoted.csv", bytes, 1)).isEqualTo(rows(whole.lines()));
	}

	@Test
	void readsTextWithOtherCharactersStrictlyAsUtf8() throws Exception {
		byte[] bytes = ("\uFEFFlsoa11cd,lsoa11nm\nW01000001,Ynys Môn 001A\n").getBytes(StandardCharsets.UTF_8);

		assertThat(streamed("welsh.csv", bytes, 1)).containsExactly("2 [W01000001, Ynys Môn 001A]");
		assertThat(IodTable.read("welsh.csv", bytes).headings()).containsExactly("lsoa11cd", "lsoa11nm");
	}

}
