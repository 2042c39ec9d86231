package org.nmhub.places;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.nmhub.RealData;
import org.nmhub.shared.LsoaVintage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The Geography facade on the official files: lookups, changes, boundaries, adjacency and
 * point to place, checked against police.uk's own LSOA codes for real crime locations.
 */
@SpringBootTest
class GeographyIntegrationTests {

	private static final Set<String> LEICESTERSHIRE_AND_LEICESTER = Set.of("E07000129", "E07000130", "E07000131",
			"E07000132", "E07000133", "E07000134", "E07000135", "E06000016");

	private static final String NORTH_WEST_LEICESTERSHIRE = "E07000134";

	@Autowired
	private Geography geography;

	@Autowired
	private GeographyImport imports;

	@Autowired
	private PointIndex points;

	@BeforeEach
	void loadTheOfficialFiles() throws IOException {
		GeographyTestFiles.loadAll(imports);
	}

	@Test
	void districtsHoldTheirLsoasOfEachVintage() {
		assertThat(geography.lsoasInDistrict(LsoaVintage.LSOA2021, NORTH_WEST_LEICESTERSHIRE)).hasSize(60);
		assertThat(geography.lsoasInDistrict(LsoaVintage.LSOA2011, NORTH_WEST_LEICESTERSHIRE)).hasSize(58);
		assertThat(geography.lsoasInDistrict(LsoaVintage.LSOA2001, NORTH_WEST_LEICESTERSHIRE)).hasSize(57);
		assertThat(geography.lsoasInDistrict(LsoaVintage.LSOA2011, "E06000016")).hasSize(192);
	}

	@Test
	void anLsoaKnowsItsMsoaWardAndDistrict() {
		LsoaRef lsoa = geography.lsoa(LsoaVintage.LSOA2011, "E01013600").orElseThrow();
		assertThat(lsoa.name()).isEqualTo("Leicester 003A");
		assertThat(lsoa.msoa()).isEqualTo(new AreaRef("E02002829", "Leicester 003"));
		assertThat(lsoa.ward()).isEqualTo(new AreaRef("E05010458", "Abbey"));
		assertThat(lsoa.district()).isEqualTo(new AreaRef("E06000016", "Leicester"));
		assertThat(geography.lsoasInWard(LsoaVintage.LSOA2011, "E05010458")).extracting(LsoaRef::code)
			.contains("E01013600");
	}

	@Test
	void changeLookupsSayWhichLsoasWereSplitOrMerged() {
		List<LsoaChange> changes = geography.changes(LsoaVintage.LSOA2011, LsoaVintage.LSOA2021);
		assertThat(changes).extracting(LsoaChange::change).contains('U', 'S', 'M');
		assertThat(changes.stream().filter(c -> c.change() == 'U')).allMatch(c -> c.fromCode().equals(c.toCode()));
		assertThat(geography.changes(LsoaVintage.LSOA2001, LsoaVintage.LSOA2011)).hasSizeGreaterThan(32_000);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> geography.changes(LsoaVintage.LSOA2001, LsoaVintage.LSOA2021));
	}

	@Test
	void neighbouringLsoasTouchAndEveryLsoaOfADistrictHasANeighbour() {
		List<String> codes = geography.lsoasInDistrict(LsoaVintage.LSOA2021, NORTH_WEST_LEICESTERSHIRE)
			.stream()
			.map(LsoaRef::code)
			.toList();
		Map<String, Set<String>> adjacency = geography.adjacency(LsoaVintage.LSOA2021, codes);
		assertThat(adjacency).hasSize(60);
		adjacency.forEach((code, neighbours) -> {
			assertThat(neighbours).as(code).isNotEmpty().doesNotContain(code);
			neighbours.forEach(n -> assertThat(adjacency.get(n)).as("symmetric").contains(code));
		});
	}

	@Test
	void districtOutlineCoversItsLsoas() {
		Geometry outline = geography.districtOutline(NORTH_WEST_LEICESTERSHIRE).orElseThrow();
		Map<String, Geometry> lsoas = geography.boundaries(LsoaVintage.LSOA2021,
				geography.lsoasInDistrict(LsoaVintage.LSOA2021, NORTH_WEST_LEICESTERSHIRE)
					.stream()
					.map(LsoaRef::code)
					.toList());
		assertThat(lsoas).hasSize(60);
		// The district layer is ultra generalised (BUC), so test the LSOAs' inner points.
		long inside = lsoas.values().stream().filter(l -> outline.covers(l.getInteriorPoint())).count();
		assertThat(inside).isGreaterThanOrEqualTo(55);
	}

	@Test
	void locatesAPointInItsLsoasWardAndDistrict() {
		// The centre of Coalville (North West Leicestershire).
		PlaceFound place = geography.locate(-1.3557, 52.7245).orElseThrow();
		assertThat(place.lsoa2011()).isNotNull();
		assertThat(place.lsoa2021()).isNotNull();
		assertThat(place.lsoa2001()).isNotNull();
		assertThat(place.district()).isEqualTo(new AreaRef(NORTH_WEST_LEICESTERSHIRE, "North West Leicestershire"));
		assertThat(place.ward()).isNotNull();
		assertThat(geography.locate(-0.1276, 51.5072)).as("London has no polygons loaded").isEmpty();
	}

	/**
	 * police.uk gives each crime a snapped, anonymised point and the 2011 LSOA it
	 * assigned. Snap points can sit on or very near a boundary, and the polygons here are
	 * generalised (about 20 m), so a few disagree: at least 95% must match.
	 */
	@Test
	void crimeLocationsFallInTheLsoaPoliceUkGaveThem() throws IOException {
		record Crime(double longitude, double latitude, String lsoa) {
		}
		Set<String> inArea = geography.lsoaCodes(LsoaVintage.LSOA2011);
		inArea.retainAll(geography.boundaries(LsoaVintage.LSOA2011, inArea).keySet());
		List<Crime> crimes = new ArrayList<>();
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
			.ofNamedCsvRecord(RealData.file("crime/2021-04-leicestershire-street.csv"))) {
			for (NamedCsvRecord row : csv) {
				String lsoa = row.getField("LSOA code");
				if (!row.getField("Longitude").isBlank() && inArea.contains(lsoa)) {
					crimes.add(new Crime(Double.parseDouble(row.getField("Longitude")),
							Double.parseDouble(row.getField("Latitude")), lsoa));
				}
			}
		}
		assertThat(crimes).hasSizeGreaterThan(5_000);
		long agreeing = crimes.stream()
			.filter(c -> c.lsoa().equals(points.lsoaAt(LsoaVintage.LSOA2011, c.longitude(), c.latitude())))
			.count();
		assertThat((double) agreeing / crimes.size()).isGreaterThanOrEqualTo(0.95);
		List<Crime> first50 = crimes.subList(0, 50);
		long viaLocate = first50.stream()
			.filter(c -> geography.locate(c.longitude(), c.latitude())
				.map(p -> p.lsoa2011() != null && p.lsoa2011().code().equals(c.lsoa()))
				.orElse(false))
			.count();
		assertThat(viaLocate).isGreaterThanOrEqualTo(48);
		assertThat(first50).allSatisfy(c -> assertThat(LEICESTERSHIRE_AND_LEICESTER)
			.contains(geography.lsoa(LsoaVintage.LSOA2011, c.lsoa()).orElseThrow().district().code()));
	}

}
