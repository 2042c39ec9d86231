package org.nmhub.partners;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipCreated;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo members' organisations and meetings for Leicestershire Together, after the bodies
 * are loaded: the organisations the seeds' member lists name (seed 004 Appendix 2 for the
 * SSOG; seed 000 section 4 for Melton, Harborough, Oadby and Wigston, Enderby, Ibstock),
 * the LAA Champions Group meeting of 11 May 2006 as its note records it (seed 004
 * Appendix 1), and illustrative 2008 meetings of North West Leicestershire's NATs, its
 * district LSP and Melton's Neighbourhood Management Group, marked illustrative.
 */
@Component
class MeetingDemoData {

	static final String SEED_004 = "seeds/004_80ac01b5994f4d08.txt (Leicestershire Together Board, 3 July 2006, LAA progress report)";

	static final String ILLUSTRATIVE = "Illustrative, not from the partnership's records";

	/** Seed member lists (body, member as listed) → the organisation named. */
	static final Map<String, Map<String, String>> SEED_MEMBERS = Map.of("Strategic Senior Officer Group (SSOG)",
			Map.of("Chief Constable (Link with the Community Safety Programme Board)", "Police",
					"Director of Children's and Young Persons Service, LCC (Link with CYP Board)",
					"Leicestershire County Council",
					"Director of Adult Services and Health, LCC (Link with Older Persons Board)",
					"Leicestershire County Council", "Chief Executive Leicestershire PCT (Link with the Health Board)",
					"Leicestershire PCT", "Chief Executive LSEP (Link with the LSEP Board)", "LSEP",
					"Chief Executive LCC", "Leicestershire County Council", "Director Job Centre Plus",
					"Job Centre Plus", "Director Learning and Skills Council", "Learning and Skills Council",
					"Chief Executive University Hospitals Leicester", "University Hospitals Leicester",
					"Chief Fire Officer", "Fire and Rescue Service"),
			"LAA (Board) Champions Group",
			Map.of("Andy Robinson (officer in attendance)", "Leicestershire County Council"),
			"Melton Neighbourhood Management Group",
			Map.of("District Council departments", "Melton Borough Council", "the county council",
					"Leicestershire County Council", "the police", "Police", "the PCT", "Leicestershire PCT",
					"Connexions", "Connexions", "Voluntary Agency Melton (VAM)", "Voluntary Agency Melton (VAM)"),
			"Oadby and Wigston Joint Action Group (JAG)",
			Map.of("police", "Police", "Asda", "Asda", "Sainsbury's", "Sainsbury's"),
			"Enderby neighbourhood management team (planned)",
			Map.of("Police", "Police", "PCT", "Leicestershire PCT", "the RCC", "Rural Community Council (RCC)"),
			"Ibstock NAT",
			Map.of("Ibstock Community Enterprises (ICE) (co-ordinator)", "Ibstock Community Enterprises (ICE)"),
			"Market Harborough Improvement Partnership",
			Map.of("district council departments", "Harborough District Council", "the county council",
					"Leicestershire County Council", "the police", "Police", "the PCT", "Leicestershire PCT",
					"the Learning and Skills Council", "Learning and Skills Council"));

	// Illustrative people, one per organisation, named by role.
	static final String NWL = "North West Leicestershire District Council";

	static final String NWL_OFFICER = "Neighbourhood manager, NWL District Council (illustrative)";

	static final String SERGEANT = "Sergeant, neighbourhood policing team (illustrative)";

	static final String CONSTABLE = "PC, neighbourhood policing team (illustrative)";

	static final String LCC_OFFICER = "Community development officer, LCC (illustrative)";

	static final String PCT_OFFICER = "Public health officer, PCT (illustrative)";

	static final String CVS_OFFICER = "NAT co-ordinator, NWL CVS (illustrative)";

	static final String CONNEXIONS_OFFICER = "Personal adviser, Connexions (illustrative)";

	static final String MELTON_OFFICER = "Neighbourhood officer, Melton BC (illustrative)";

	static final String VAM_OFFICER = "Development worker, VAM (illustrative)";

	private final JdbcClient jdbc;

	private final boolean enabled;

	private long partnership;

	MeetingDemoData(JdbcClient jdbc, @Value("${nmhub.demo.enabled}") boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	@EventListener
	@Order(10)
	synchronized void on(PartnershipCreated created) {
		if (!enabled || !"leicestershire-together".equals(created.slug())) {
			return;
		}
		partnership = created.partnershipId().value();
		SEED_MEMBERS.forEach((body, members) -> members.forEach((member, organisation) -> jdbc.sql("""
				update partner_body_members m set organisation_id = (select id from organisations where name = :o)
				from partner_bodies b where b.id = m.body_id and b.partnership_id = :p and b.name = :b and m.member = :m
				""").param("p", partnership).param("b", body).param("m", member).param("o", organisation).update()));
		championsGroup();
		illustrativeMemberships();
		illustrativeMeetings();
	}

	private void championsGroup() {
		long meeting = meeting("LAA (Board) Champions Group", LocalDateTime.of(2006, 5, 11, 0, 0),
				LocalDateTime.of(2006, 5, 11, 23, 59), false, "Goscote Committee Room, County Hall",
				SEED_004 + " Appendix 1, 'NOTE OF LEICESTERSHIRE TOGETHER LAA CHAMPIONS GROUP MEETING, 11th May 2006'",
				false);
		jdbc.sql("update partner_meetings set minutes = :m where id = :id")
			.param("id", meeting)
			.param("m",
					"""
							Note of the meeting (summarised from seed 004, Appendix 1).
							1. Welcome. Mick Wells had decided a meeting was more appropriate than an email briefing.
							2. The LAA delivery plan. The LAA was signed off by Government on 23rd March. Pump-priming bids for the 12 reward targets totalled about £2.5m, of which about £1.3m would come from Government, leaving a funding gap of at least £1.2m. The County Council would charge base rate (currently 4.5%). The County Council had made £250k available for non-reward pump priming, subject to match funding; the police had indicated they would provide some funding for the Community Safety elements.
							3. Neighbourhood management. The Group welcomed the Impower report.
							4. Leicestershire Together peer review. Welcomed; concern about substantially increasing the size of the Board.
							5. Revised LAA guidance. Noted a stronger role for the County Council and Leicestershire Together.""")
			.update();
		for (String[] a : new String[][] { { "Mick Wells (Chair)", null, "PRESENT" },
				{ "Martin Traynor", null, "PRESENT" }, { "Cllr. Lesley Pendleton", null, "PRESENT" },
				{ "Cllr. Byron Rhodes", null, "PRESENT" }, { "Cllr. Robin Totten", null, "PRESENT" },
				{ "Gill Jackson", null, "APOLOGIES" }, { "Andy Robinson (officer in attendance, LAA Lead Officer)",
						"Leicestershire County Council", "PRESENT" } }) {
			attend(meeting, a[0], a[1], a[2], null);
		}
		agenda(meeting, "Welcome", null, null, null);
		agenda(meeting,
				"The LAA delivery plan: funding reward targets, funding non-reward targets, finalising the delivery plan",
				null, Theme.GOVERNANCE, "laa funding");
		agenda(meeting, "Neighbourhood management: the Impower report", null, Theme.STRONGER,
				"neighbourhood management");
		agenda(meeting, "Leicestershire Together peer review", null, Theme.GOVERNANCE, "partnership structure");
		agenda(meeting, "Revised LAA guidance", null, Theme.GOVERNANCE, "laa guidance");
		decision(meeting, "The proposal that the County Council fund the pump-priming gap (at least £1.2m) from its "
				+ "resources and have first call on the reward paid in 2009 and 2010 is an acceptable way forward.");
		decision(meeting, "The Leicestershire Together Board should be presented with a summary of the delivery plan "
				+ "including an assessment of risk.");
		decision(meeting, "Neighbourhood managers should have a focussed project management role rather than a more "
				+ "general public contact role; the need for resources to fund neighbourhood manager posts is crucial and "
				+ "is to be drawn to the Board's attention with a short summary of the Impower report.");
		decision(meeting, "After initial consideration at the next Board meeting, the findings of the Peer Review "
				+ "should be considered by a time-limited subgroup of the Board.");
		action(meeting,
				"Present the Leicestershire Together Board with a summary of the delivery plan including an "
						+ "assessment of risk (seed 004 para 16: to be submitted to the next meeting of the Board)",
				"Leicestershire County Council", null, null);
		action(meeting,
				"Draw the need for resources for neighbourhood manager posts, with a summary of the Impower "
						+ "report, to the Board's attention (done in the Board report of 19 June 2006, paras 25-26)",
				"Leicestershire County Council", null, LocalDate.of(2006, 6, 19));
	}

	private void illustrativeMemberships() {
		List<String> greenhill = List.of(NWL, "Police", "Leicestershire County Council", "Leicestershire PCT",
				"NWL CVS", "Connexions");
		List<String> coalville = List.of(NWL, "Police", "Leicestershire PCT", "NWL CVS");
		List<String> lsp = List.of(NWL, "Police", "Leicestershire County Council", "Leicestershire PCT", "NWL CVS");
		greenhill.forEach(o -> member("Greenhill NAT", o));
		coalville.forEach(o -> member("Coalville NAT", o));
		lsp.forEach(o -> member("North West Leicestershire District LSP", o));
		List.of(NWL, "NWL CVS", "Police").forEach(o -> member("Greenhill Neighbourhood Forum", o));
		jdbc.sql(
				"""
						update partner_bodies set public = true
						where partnership_id = :p and type = 'NEIGHBOURHOOD_FORUM' and district_name = 'North West Leicestershire'
						""")
			.param("p", partnership)
			.update();
	}

	private void illustrativeMeetings() {
		// Greenhill NAT: the PCT sends apologies once and then does not come; its actions
		// are overdue.
		String[][] greenhill = { { "2008-01-15", "PRESENT", "PRESENT", "PRESENT", "APOLOGIES", "PRESENT", "PRESENT" },
				{ "2008-04-15", "PRESENT", "SUBSTITUTE", "PRESENT", null, "PRESENT", null },
				{ "2008-07-15", "PRESENT", "PRESENT", "APOLOGIES", null, "PRESENT", null },
				{ "2008-10-14", "PRESENT", "PRESENT", "PRESENT", null, "PRESENT", null } };
		String[] people = { NWL_OFFICER, SERGEANT, LCC_OFFICER, PCT_OFFICER, CVS_OFFICER, CONNEXIONS_OFFICER };
		String[] organisations = { NWL, "Police", "Leicestershire County Council", "Leicestershire PCT", "NWL CVS",
				"Connexions" };
		long[] ids = new long[greenhill.length];
		for (int i = 0; i < greenhill.length; i++) {
			ids[i] = nat("Greenhill NAT", greenhill[i], people, organisations);
		}
		agenda(ids[0], "Neighbourhood profile: health data", "greenhill", Theme.HEALTHIER_OLDER, "health data");
		agenda(ids[1], "Anti-social behaviour around the shops", "greenhill", Theme.SAFER, "anti-social behaviour");
		agenda(ids[2], "Dog fouling and litter on the estate", "greenhill", Theme.CLEANER_GREENER, "litter");
		agenda(ids[3], "Activities for young people in the winter", "greenhill", Theme.CHILDREN_YOUNG_PEOPLE,
				"young people");
		action(ids[0], "Provide GP-practice health data for the neighbourhood profile", "Leicestershire PCT",
				LocalDate.of(2008, 3, 31), null);
		action(ids[0], "Review youth provision on the estate", "Leicestershire County Council",
				LocalDate.of(2008, 6, 30), LocalDate.of(2008, 7, 15));
		action(ids[1], "Targeted patrols around the shops on Friday evenings", "Police", LocalDate.of(2008, 5, 31),
				LocalDate.of(2008, 5, 20));
		action(ids[2], "Arrange a health trainer session at the neighbourhood forum", "Leicestershire PCT",
				LocalDate.of(2008, 9, 30), null);
		action(ids[3], "Organise a clean-up day with residents", NWL, LocalDate.of(2008, 11, 30),
				LocalDate.of(2008, 11, 29));
		decision(ids[1],
				"Illustrative: the NAT will ask the district LSP for a joint approach to anti-social behaviour.");

		String[][] coalville = { { "2008-01-22", "PRESENT", "PRESENT", "PRESENT", "PRESENT" },
				{ "2008-04-22", "PRESENT", "PRESENT", null, "PRESENT" },
				{ "2008-07-22", "PRESENT", "PRESENT", null, "APOLOGIES" },
				{ "2008-10-21", "PRESENT", "PRESENT", null, "PRESENT" } };
		String[] coalvillePeople = { NWL_OFFICER, SERGEANT, PCT_OFFICER, CVS_OFFICER };
		String[] coalvilleOrganisations = { NWL, "Police", "Leicestershire PCT", "NWL CVS" };
		long[] cids = new long[coalville.length];
		for (int i = 0; i < coalville.length; i++) {
			cids[i] = nat("Coalville NAT", coalville[i], coalvillePeople, coalvilleOrganisations);
		}
		agenda(cids[1], "Anti-social behaviour in the town centre", "coalville", Theme.SAFER, "anti-social behaviour");
		agenda(cids[2], "Empty shops and litter", "coalville", Theme.CLEANER_GREENER, "litter");
		action(cids[1], "Share the town-centre anti-social behaviour figures with the NAT", "Police",
				LocalDate.of(2008, 5, 31), LocalDate.of(2008, 5, 28));

		long lsp = meeting("North West Leicestershire District LSP", LocalDateTime.of(2008, 5, 14, 10, 0),
				LocalDateTime.of(2008, 5, 14, 12, 0), true, "Illustrative venue", ILLUSTRATIVE, true);
		attend(lsp, NWL_OFFICER, NWL, "PRESENT", null);
		attend(lsp, SERGEANT, "Police", "PRESENT", null);
		attend(lsp, LCC_OFFICER, "Leicestershire County Council", "PRESENT", null);
		attend(lsp, PCT_OFFICER, "Leicestershire PCT", "APOLOGIES", null);
		attend(lsp, CVS_OFFICER, "NWL CVS", "PRESENT", null);
		agenda(lsp, "Anti-social behaviour across the NATs", null, Theme.SAFER, "anti-social behaviour");

		for (String date : new String[] { "2008-03-05", "2008-09-03" }) {
			LocalDate day = LocalDate.parse(date);
			long melton = meeting("Melton Neighbourhood Management Group", day.atTime(14, 0), day.atTime(16, 0), true,
					"Illustrative venue", ILLUSTRATIVE, true);
			attend(melton, MELTON_OFFICER, "Melton Borough Council", "PRESENT", null);
			attend(melton, LCC_OFFICER, "Leicestershire County Council", "PRESENT", null);
			attend(melton, SERGEANT, "Police", "PRESENT", null);
			attend(melton, CONNEXIONS_OFFICER, "Connexions", "PRESENT", null);
			attend(melton, VAM_OFFICER, "Voluntary Agency Melton (VAM)", "PRESENT", null);
			agenda(melton, "Activities for young people", "melton", Theme.CHILDREN_YOUNG_PEOPLE, "young people");
		}

		long forum = meeting("Greenhill Neighbourhood Forum", LocalDateTime.of(2008, 6, 10, 19, 0),
				LocalDateTime.of(2008, 6, 10, 20, 30), true, "Illustrative venue", ILLUSTRATIVE, true);
		agenda(forum, "Residents' priorities for the Neighbourhood Action Plan", "greenhill", Theme.STRONGER,
				"residents' priorities");
		LocalDate next = LocalDate.now().plusDays(28);
		meeting("Greenhill NAT", next.atTime(18, 30), next.atTime(20, 0), true, "Illustrative venue", ILLUSTRATIVE,
				true);
		meeting("Greenhill Neighbourhood Forum", next.plusDays(7).atTime(19, 0), next.plusDays(7).atTime(20, 30), true,
				"Illustrative venue", ILLUSTRATIVE, true);
	}

	/** A NAT meeting at 18:30–20:00 with each person's attendance (null = not there). */
	private long nat(String body, String[] row, String[] people, String[] organisations) {
		LocalDate day = LocalDate.parse(row[0]);
		long meeting = meeting(body, day.atTime(18, 30), day.atTime(20, 0), true, "Illustrative venue", ILLUSTRATIVE,
				true);
		for (int i = 1; i < row.length; i++) {
			if (row[i] == null) {
				continue;
			}
			boolean substitute = "SUBSTITUTE".equals(row[i]);
			attend(meeting, substitute ? CONSTABLE : people[i - 1], organisations[i - 1], row[i],
					substitute ? people[i - 1] : null);
		}
		return meeting;
	}

	private void member(String body, String organisation) {
		jdbc.sql(
				"""
						insert into partner_body_members (body_id, member, position, organisation_id, illustrative)
						select b.id, o.name || ' (illustrative)',
						       coalesce((select max(position) + 1 from partner_body_members where body_id = b.id), 0), o.id, true
						from partner_bodies b, organisations o where b.partnership_id = :p and b.name = :b and o.name = :o
						""")
			.param("p", partnership)
			.param("b", body)
			.param("o", organisation)
			.update();
	}

	private long meeting(String body, LocalDateTime starts, LocalDateTime ends, boolean timed, String location,
			String source, boolean illustrative) {
		return jdbc
			.sql("""
					insert into partner_meetings (partnership_id, body_id, starts_at, ends_at, time_recorded, location, source, illustrative)
					select :p, b.id, cast(:s as timestamp) at time zone 'Europe/London', cast(:e as timestamp) at time zone 'Europe/London',
					       :timed, :l, :source, :i
					from partner_bodies b where b.partnership_id = :p and b.name = :b returning id
					""")
			.param("p", partnership)
			.param("b", body)
			.param("s", starts)
			.param("e", ends)
			.param("timed", timed)
			.param("l", location)
			.param("source", source)
			.param("i", illustrative)
			.query(Long.class)
			.single();
	}

	private void attend(long meeting, String person, @Nullable String organisation, String status,
			@Nullable String substituteFor) {
		jdbc.sql(
				"""
						insert into partner_attendance (partnership_id, meeting_id, person, organisation_id, status, substitute_for, guest)
						select :p, m.id, :person, o.id, :s, :sub,
						       o.id is not null and not exists (select 1 from partner_body_members bm
						                                        where bm.body_id = m.body_id and bm.organisation_id = o.id)
						from partner_meetings m left join organisations o on o.name = :o where m.id = :m
						""")
			.param("p", partnership)
			.param("m", meeting)
			.param("person", person)
			.param("o", organisation)
			.param("s", status)
			.param("sub", substituteFor)
			.update();
	}

	private void agenda(long meeting, String title, @Nullable String neighbourhood, @Nullable Theme theme,
			@Nullable String issue) {
		jdbc.sql(
				"""
						insert into partner_agenda_items (partnership_id, meeting_id, position, title, neighbourhood_key, theme, issue)
						values (:p, :m, coalesce((select max(position) + 1 from partner_agenda_items where meeting_id = :m), 1),
						        :t, :n, :theme, :issue)
						""")
			.param("p", partnership)
			.param("m", meeting)
			.param("t", title)
			.param("n", neighbourhood)
			.param("theme", theme == null ? null : theme.name())
			.param("issue", issue)
			.update();
	}

	private void decision(long meeting, String text) {
		jdbc.sql(
				"""
						insert into partner_decisions (partnership_id, meeting_id, position, text)
						values (:p, :m, coalesce((select max(position) + 1 from partner_decisions where meeting_id = :m), 1), :t)
						""")
			.param("p", partnership)
			.param("m", meeting)
			.param("t", text)
			.update();
	}

	private void action(long meeting, String description, String owner, @Nullable LocalDate due,
			@Nullable LocalDate completed) {
		jdbc.sql(
				"""
						insert into partner_meeting_actions (partnership_id, meeting_id, description, owner_organisation_id, due_on, completed_on)
						select :p, :m, :d, o.id, :due, :done from organisations o where o.name = :o
						""")
			.param("p", partnership)
			.param("m", meeting)
			.param("d", description)
			.param("o", owner)
			.param("due", due)
			.param("done", completed)
			.update();
	}

}
