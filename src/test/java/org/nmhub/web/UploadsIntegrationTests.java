package org.nmhub.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the real server (Tomcat parses the multipart body, as in production): a
 * file over the upload limit gets the GOV.UK "file is too large" page with status 413,
 * and every importer's upload refuses a file of the wrong kind with a message naming its
 * field, before the importer reads it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadsIntegrationTests {

	private static final String COUNTY = "/p/" + DemoUsers.COUNTY;

	private static final String BOUNDARY = "----NmHubUploadsTest7MA4YWxkTrZu0gW";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.servlet.multipart.max-file-size}")
	DataSize limit;

	final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	String csrf;

	/** Upload pages of every importer, with the label of their file field. */
	List<UploadPage> pages;

	record UploadPage(String path, String fieldLabel, boolean takesGeoJson) {
	}

	@BeforeAll
	void signInAsAdministrator() throws Exception {
		String signInPage = get("/sign-in").body();
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + enc(DemoUsers.email("administrator", DemoUsers.COUNTY))
					+ "&password=" + enc(DemoUsers.PASSWORD) + "&_csrf=" + enc(csrf(signInPage)))));
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith(":" + port + "/");
		csrf = csrf(get(COUNTY + "/engagement/surveys").body());
		long version = jdbc.sql("""
				select v.id from performance_versions v join partnerships p on p.id = v.partnership_id
				where p.slug = :s order by v.version_no desc limit 1""")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		pages = List.of(new UploadPage(COUNTY + "/engagement/surveys", "File of survey results", false),
				new UploadPage(COUNTY + "/indicators/import", "Upload a file", false),
				new UploadPage(COUNTY + "/indicators/local/upload", "Upload a file", false),
				new UploadPage(COUNTY + "/performance/versions/" + version + "/import", "CSV or XLSX file", false),
				new UploadPage(COUNTY + "/geography/uploads", "Upload an ONS lookup (CSV) or boundary file (GeoJSON)",
						true));
	}

	@Test
	void fileOverTheLimitGetsTheFileTooLargePageWithStatus413() throws Exception {
		long imports = jdbc.sql("select count(*) from engagement_survey_imports").query(Long.class).single();
		byte[] oversized = new byte[(int) limit.toBytes() + 1024 * 1024];
		Arrays.fill(oversized, (byte) 'x');
		HttpResponse<String> response = upload(COUNTY + "/engagement/surveys", "survey.csv", "text/csv", oversized);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("govuk-heading-l")
			.contains("The file is too large (limit " + limit.toMegabytes() + " MB)")
			.doesNotContain("Exception");
		assertThat(jdbc.sql("select count(*) from engagement_survey_imports").query(Long.class).single())
			.isEqualTo(imports);
		assertThat(get(COUNTY + "/engagement/surveys").statusCode())
			.as("the session and connection are still good afterwards")
			.isEqualTo(200);
	}

	@Test
	void everyImporterRefusesAFileOfTheWrongKindNamingTheField() throws Exception {
		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
		for (UploadPage page : pages) {
			String kinds = page.takesGeoJson() ? "a CSV or GeoJSON file" : "a CSV or XLSX file";
			assertThat(refusal(page, "minutes.pdf", "application/pdf", pdf))
				.contains(page.fieldLabel() + ": the selected file must be " + kinds)
				.contains("minutes.pdf is not");
			assertThat(refusal(page, "lookup.csv", "image/png", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
				.contains(page.fieldLabel() + ": the selected file must be " + kinds)
				.contains("lookup.csv was sent as image/png");
			assertThat(refusal(page, "disguised.csv", "text/csv", pdf)).contains("disguised.csv is a PDF document");
		}
	}

	@Test
	void anXlsxThatIsNotAWorkbookIsRefusedBeforeItIsRead() throws Exception {
		for (UploadPage page : pages.stream().filter(p -> !p.takesGeoJson()).toList()) {
			assertThat(refusal(page, "results.xlsx", "application/octet-stream",
					"Neighbourhood,Year\n".getBytes(StandardCharsets.UTF_8)))
				.contains(page.fieldLabel() + ": the selected file must be a CSV or XLSX file")
				.contains("results.xlsx is not an Excel workbook");
		}
	}

	@Test
	void csvThatWindowsLabelsAsExcelReachesTheImporter() throws Exception {
		String page = upload(COUNTY + "/engagement/surveys", "results.csv", "application/vnd.ms-excel",
				"a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))
			.body();
		assertThat(page).as("the importer's own answer, not the type check's")
			.contains("govuk-error-summary")
			.doesNotContain("the selected file must be");
	}

	private String refusal(UploadPage page, String fileName, String contentType, byte[] bytes) throws Exception {
		HttpResponse<String> response = upload(page.path(), fileName, contentType, bytes);
		assertThat(response.statusCode()).as(page.path() + " with " + fileName).isEqualTo(200);
		assertThat(response.body()).contains("govuk-error-summary");
		return unescape(response.body());
	}

	private HttpResponse<String> upload(String path, String fileName, String contentType, byte[] bytes)
			throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.length + 1024);
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("the page carries a CSRF token").isTrue();
		return token.group(1);
	}

	private static String unescape(String html) {
		return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
