package org.nmhub.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Point to LSOA with the application's {@link PolygonIndex} (STR-tree of prepared
 * polygons), over every loaded polygon: the 588 LSOA 2011 and 608 LSOA 2021 polygons of
 * Leicestershire and Leicester, read from {@code NMHUB_DATA_DIR} (default
 * {@code ../../shared/data}). Points are uniformly random within the layers' envelope,
 * so some fall outside every polygon, as real requests can.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PointToLsoaBenchmark {

	private static final int POINTS = 1 << 20;

	private PolygonIndex lsoa2011;

	private PolygonIndex lsoa2021;

	private double[] longitudes;

	private double[] latitudes;

	@State(Scope.Thread)
	public static class Cursor {

		int next = new SplittableRandom().nextInt(POINTS);

	}

	@Setup
	public void load() throws Exception {
		String configured = System.getenv("NMHUB_DATA_DIR");
		Path data = Path.of(configured == null || configured.isBlank() ? "../../shared/data" : configured);
		Map<String, Geometry> polygons2011 = read(data.resolve("geo/lsoa11_leicestershire_leicester.geojson"),
				"LSOA11CD");
		Map<String, Geometry> polygons2021 = read(data.resolve("geo/lsoa21_leicestershire_leicester.geojson"),
				"LSOA21CD");
		this.lsoa2011 = PolygonIndex.of(polygons2011);
		this.lsoa2021 = PolygonIndex.of(polygons2021);
		Envelope county = new Envelope();
		polygons2011.values().forEach(g -> county.expandToInclude(g.getEnvelopeInternal()));
		SplittableRandom random = new SplittableRandom(2008);
		this.longitudes = new double[POINTS];
		this.latitudes = new double[POINTS];
		int inside = 0;
		for (int i = 0; i < POINTS; i++) {
			this.longitudes[i] = county.getMinX() + random.nextDouble() * county.getWidth();
			this.latitudes[i] = county.getMinY() + random.nextDouble() * county.getHeight();
			if (i < 10_000 && this.lsoa2011.codeAt(this.longitudes[i], this.latitudes[i]) != null) {
				inside++;
			}
		}
		System.out.printf("%n%d LSOA 2011 and %d LSOA 2021 polygons; %.0f%% of points inside an LSOA 2011%n",
				lsoa2011.size(), lsoa2021.size(), inside / 100.0);
	}

	private static Map<String, Geometry> read(Path file, String codeProperty) throws IOException, Exception {
		JSONObject collection = (JSONObject) new JSONParser().parse(Files.readString(file, StandardCharsets.UTF_8));
		GeoJsonReader reader = new GeoJsonReader();
		Map<String, Geometry> polygons = new LinkedHashMap<>();
		for (Object f : (JSONArray) collection.get("features")) {
			JSONObject feature = (JSONObject) f;
			String code = (String) ((JSONObject) feature.get("properties")).get(codeProperty);
			polygons.put(code, reader.read(((JSONObject) feature.get("geometry")).toJSONString()));
		}
		return polygons;
	}

	/** One point, one vintage: the 2011 LSOAs. */
	@Benchmark
	public String lsoa2011(Cursor cursor) {
		int i = cursor.next = (cursor.next + 1) & (POINTS - 1);
		return lsoa2011.codeAt(longitudes[i], latitudes[i]);
	}

	/** One point, one vintage: the 2021 LSOAs. */
	@Benchmark
	public String lsoa2021(Cursor cursor) {
		int i = cursor.next = (cursor.next + 1) & (POINTS - 1);
		return lsoa2021.codeAt(longitudes[i], latitudes[i]);
	}

	/** One point against both loaded vintages, as Geography.locate does. */
	@Benchmark
	public int bothVintages(Cursor cursor) {
		int i = cursor.next = (cursor.next + 1) & (POINTS - 1);
		String a = lsoa2011.codeAt(longitudes[i], latitudes[i]);
		String b = lsoa2021.codeAt(longitudes[i], latitudes[i]);
		return (a == null ? 0 : a.hashCode()) ^ (b == null ? 0 : b.hashCode());
	}

}
