package org.nmhub.intelligence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nmhub.PdfText;
import org.nmhub.RealData;
import org.nmhub.access.AccessPolicy;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.Partnerships;
import org.nmhub.access.Role;
import org.nmhub.partners.SharingProtocols;
import org.nmhub.places.Geography;
import org.nmhub.shared.Confidentiality;
import org.nmhub.shared.LsoaVintage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The access matrix of community intelligence: for every confidentiality grade, every
 * role and every kind of organisation (signed the current sharing protocol or not, named
 * on the item or not), each item is shown or hidden as the rules say in the list, the
 * item's page, search, the CSV, XLSX and PDF exports, the JSON API, the hotspot map and
 * the public page, and every view of a restricted or personal item is audited. The
 * expected answer is also checked against {@link AccessPolicy}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntelligenceAccessMatrixIntegrationTests {

	/** The kinds of organisation a viewer can work for. */
	enum Organisation {

		SIGNED_AND_NAMED("Police", true, true), SIGNED_NOT_NAMED("NWL CVS", true, false),
		UNSIGNED_BUT_NAMED("Melton Borough Council", false, true),
		UNSIGNED_NOT_NAMED("Blaby District Council", false, false);

		final String name;

		final boolean signed;

		final boolean named;

		Organisation(String name, boolean signed, boolean named) {
			this.name = name;
			this.signed = signed;
			this.named = named;
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CommunityIntelligence intelligence;

	@Autowired
	private Partnerships partnerships;

	@Autowired
	private SharingProtocols protocols;

	@Autowired
	private AccessPolicy policy;

	@Autowired
	private Geography geography;

	private final String marker = "MX" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);

	private final Map<Confidentiality, Long> ids = new EnumMap<>(Confidentiality.class);

	private final Map<Confidentiality, String> references = new EnumMap<>(Confidentiality.class);

	private final Map<Confidentiality, String> lsoas = new EnumMap<>(Confidentiality.class);

	private String base;

	private long partnership;

	@BeforeAll
	void recordOneClosedItemOfEachGradeAsAPoliceOfficer() {
		partnership = IntelligenceFixture.partnership(jdbc);
		base = "/p/" + IntelligenceFixture.COUNTY + "/intelligence";
		for (Organisation organisation : Organisation.values()) {
			assertThat(
					protocols.hasSignedCurrent(partnership, IntelligenceFixture.organisation(jdbc, organisation.name)))
				.as("%s has signed the demo protocol", organisation.name)
				.isEqualTo(organisation.signed);
		}
		String recorder = IntelligenceFixture.member(jdbc, "matrix-recorder", Role.PARTNER_OFFICER, "Police");
		PartnershipContext context = IntelligenceFixture.context(jdbc, partnerships, recorder);
		String melton = String.valueOf(IntelligenceFixture.organisation(jdbc, "Melton Borough Council"));
		List<String> district = geography.lsoasInDistrict(LsoaVintage.LSOA2011, "E07000134")
			.stream()
			.map(l -> l.code())
			.toList();
		for (Confidentiality grade : Confidentiality.values()) {
			CommunityIntelligence.Recorded recorded = intelligence.record(context,
					ItemForm.of(IntelligenceFixture.form("kind", "CONCERN", "category", "safer-communities", "title",
							title(grade), "details", marker + " details of the " + grade + " item", "grade",
							grade.name(), "organisations", melton, "sourceType", "PARTNER_OFFICER", "observedOn",
							"2008-06-01", "addressText", "Greenhill Road", "neighbourhood", "greenhill", "retainUntil",
							java.time.LocalDate.now().plusYears(1).toString())));
			assertThat(recorded.problems()).as(grade.name()).isEmpty();
			ids.put(grade, recorded.id());
			references.put(grade, recorded.reference());
			assertThat(intelligence.act(context, recorded.id(), CommunityIntelligence.Action.CLOSE,
					marker + " outcome of the " + grade + " item", ""))
				.isEmpty();
			if (district.size() > 10) {
				String lsoa = district.get(district.size() - 1 - grade.ordinal());
				lsoas.put(grade, lsoa);
				jdbc.sql(
						"update intelligence_items set lsoa2011_code = :l, observed_on = date '1999-01-15' where id = :id")
					.param("l", lsoa)
					.param("id", recorded.id())
					.update();
			}
		}
	}

	private String title(Confidentiality grade) {
		return marker + " " + grade.name().toLowerCase(Locale.ROOT) + " title";
	}

	static Stream<Arguments> viewers() {
		List<Arguments> viewers = new ArrayList<>();
		for (Role role : Role.values()) {
			for (Organisation organisation : Organisation.values()) {
				viewers.add(Arguments.of(role, organisation));
			}
		}
		return viewers.stream();
	}

	/** The rules, as the partnership's protocol states them. */
	static boolean maySee(Role role, Organisation organisation, Confidentiality grade) {
		return switch (grade) {
			case PUBLIC -> true;
			case PARTNERS -> organisation.signed;
			case RESTRICTED -> organisation.named;
			case PERSONAL -> organisation.named && role != Role.BOARD_MEMBER;
		};
	}

	private String viewer(Role role, Organisation organisation) {
		return IntelligenceFixture.member(jdbc, "matrix-" + role.name() + "-" + organisation.name(), role,
				organisation.name);
	}

	private String page(String email, String path) throws Exception {
		return response(email, path).getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse response(String email, String path) throws Exception {
		return mvc.perform(get(path).with(user(email))).andReturn().getResponse();
	}

	@ParameterizedTest(name = "{0} of an organisation {1}")
	@MethodSource("viewers")
	void eachViewerSeesExactlyTheItemsTheProtocolAllowsEverywhere(Role role, Organisation organisation)
			throws Exception {
		String email = viewer(role, organisation);
		PartnershipContext context = IntelligenceFixture.context(jdbc, partnerships, email);
		String list = page(email, base);
		String search = page(email, base + "?q=" + marker);
		String csv = page(email, base + "/export.csv");
		String xlsx = xlsxText(response(email, base + "/export.xlsx").getContentAsByteArray());
		String api = page(email, base + "/api/items");
		String pdf = PdfText.of(response(email, base + "/report.pdf").getContentAsByteArray());
		for (Confidentiality grade : Confidentiality.values()) {
			boolean may = maySee(role, organisation, grade);
			boolean sensitive = grade == Confidentiality.RESTRICTED || grade == Confidentiality.PERSONAL;
			boolean exportable = may && grade != Confidentiality.PERSONAL;
			String what = role + " / " + organisation + " / " + grade;
			Set<Long> named = grade == Confidentiality.PUBLIC || grade == Confidentiality.PARTNERS ? Set.of()
					: Set.of(IntelligenceFixture.organisation(jdbc, "Police"),
							IntelligenceFixture.organisation(jdbc, "Melton Borough Council"));
			assertThat(policy.canSee(context.user(), grade, new PartnershipId(partnership), named)
					&& (grade != Confidentiality.PARTNERS || organisation.signed))
				.as("AccessPolicy agrees with the matrix: " + what)
				.isEqualTo(may);

			assertThat(list.contains(references.get(grade))).as("list: " + what).isEqualTo(may);
			assertThat(list).as("lists never show restricted or personal content: " + what)
				.doesNotContain(sensitive ? title(grade) : "never-present");
			assertThat(search.contains(references.get(grade))).as("search: " + what).isEqualTo(exportable);
			assertThat(csv.contains(title(grade))).as("CSV: " + what).isEqualTo(exportable);
			assertThat(xlsx.contains(title(grade))).as("XLSX: " + what).isEqualTo(exportable);
			assertThat(api.contains(title(grade))).as("API: " + what).isEqualTo(exportable);
			assertThat(pdf.contains(references.get(grade))).as("PDF: " + what).isEqualTo(exportable);

			long viewsBefore = views(ids.get(grade), context.user().userId());
			MockHttpServletResponse detail = response(email, base + "/items/" + ids.get(grade));
			assertThat(detail.getStatus()).as("item page: " + what).isEqualTo(may ? 200 : 404);
			assertThat(detail.getContentAsString(StandardCharsets.UTF_8).contains(title(grade)))
				.as("item page content: " + what)
				.isEqualTo(may);
			assertThat(views(ids.get(grade), context.user().userId()) - viewsBefore)
				.as("views of restricted and personal items are audited: " + what)
				.isEqualTo(may && sensitive ? 1 : 0);
		}
	}

	@ParameterizedTest(name = "{0} of an organisation {1}")
	@MethodSource("viewers")
	void theHotspotMapCountsOnlyTheItemsTheViewerMaySee(Role role, Organisation organisation) throws Exception {
		RealData.directory();
		assertThat(lsoas).hasSize(4);
		String email = viewer(role, organisation);
		String page = page(email, base + "/hotspots?district=E07000134&month=1999-01");
		String hotspots = page.substring(page.indexOf("data-testid=\"hotspots\""));
		for (Confidentiality grade : Confidentiality.values()) {
			assertThat(hotspots.contains("(" + lsoas.get(grade) + ")"))
				.as("hotspot layer: " + role + " / " + organisation + " / " + grade)
				.isEqualTo(maySee(role, organisation, grade));
		}
	}

	@Test
	void thePublicPageShowsOnlyThePublicItemThoughAllFourAreClosedWithOutcomes() throws Exception {
		String page = mvc
			.perform(get("/public/" + IntelligenceFixture.COUNTY + "/neighbourhoods/greenhill/you-said-we-did"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(title(Confidentiality.PUBLIC), marker + " outcome of the PUBLIC item");
		for (Confidentiality grade : List.of(Confidentiality.PARTNERS, Confidentiality.RESTRICTED,
				Confidentiality.PERSONAL)) {
			assertThat(page).as(grade.name()).doesNotContain(title(grade)).doesNotContain("outcome of the " + grade);
		}
	}

	@Test
	void signedOutVisitorsAndOtherPartnershipsReachNoItem() throws Exception {
		for (long id : ids.values()) {
			assertThat(mvc.perform(get(base + "/items/" + id)).andReturn().getResponse().getStatus()).isEqualTo(302);
			assertThat(mvc.perform(get(base + "/items/" + id).with(user("administrator@leicester-partnership.example")))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(403);
			assertThat(mvc
				.perform(get("/p/leicester-partnership/intelligence/items/" + id)
					.with(user("administrator@leicester-partnership.example")))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
		}
		assertThat(mvc
			.perform(get("/p/leicester-partnership/intelligence/export.csv")
				.with(user("administrator@leicester-partnership.example")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(marker);
	}

	@Test
	void personalDataAppearsInSearchForTheOneWhoRecordedItOnly() throws Exception {
		String recorder = IntelligenceFixture.member(jdbc, "matrix-recorder", Role.PARTNER_OFFICER, "Police");
		assertThat(page(recorder, base + "?q=" + marker)).contains(references.get(Confidentiality.PERSONAL));
		assertThat(page(recorder, base + "/export.csv")).doesNotContain(title(Confidentiality.PERSONAL));
	}

	private long views(long itemId, long userId) {
		return jdbc.sql("""
				select count(*) from audit_entries
				where record_type = 'intelligence-item' and record_id = :id and action = 'viewed' and actor_user_id = :u
				""").param("id", String.valueOf(itemId)).param("u", userId).query(Long.class).single();
	}

	private static String xlsxText(byte[] bytes) throws Exception {
		StringBuilder text = new StringBuilder();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			rows.forEach(row -> row.forEach(cell -> text.append(cell == null ? "" : cell.getText()).append('\t')));
		}
		return text.toString();
	}

}
