package org.nmhub.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipCreated;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Partners' agreements for the demo county: the matching contributions partners offered
 * to the 2006 LAA's non-reward pump-priming bids (seed 004, Appendix 5 and Appendix 1),
 * and illustrative 2008 commitments to the North West Leicestershire NATs, marked so.
 */
@Component
class AgreementDemoData {

	static final String SEED_004 = "seeds/004_80ac01b5994f4d08.txt (Leicestershire Together Board, 3 July 2006, LAA progress report)";

	record Commitment(CommitmentKind kind, String description, @Nullable BigDecimal amount,
			@Nullable DeliveryStatus delivered, @Nullable LocalDate recordedOn) {
	}

	record Demo(String organisation, LocalDate starts, LocalDate review, String expects, String source,
			boolean illustrative, List<Commitment> commitments) {
	}

	private static final LocalDate LAA_START = LocalDate.of(2006, 4, 1);

	private static final LocalDate LAA_END = LocalDate.of(2009, 3, 31);

	private static final String NOT_IN_SOURCE = "Not recorded in the source.";

	static final List<Demo> COUNTY = List.of(new Demo("Melton Borough Council", LAA_START, LAA_END, NOT_IN_SOURCE,
			SEED_004 + " Appendix 5 (non-reward pump-priming bids, requests over three years)", false,
			List.of(new Commitment(CommitmentKind.MONEY,
					"In kind for the Older People's network: use of rooms and facilities, staff time to organise",
					new BigDecimal("1000.00"), null, null),
					new Commitment(CommitmentKind.MONEY,
							"To support projects in Melton which ally with the Council's and MCP aims and objectives (children and young people block)",
							new BigDecimal("15000.00"), null, null))),
			new Demo("Leicestershire PCT", LAA_START, LAA_END, NOT_IN_SOURCE,
					SEED_004 + " Appendix 5, Health block: 'Funding: £50,000 from PCTs'", false,
					List.of(new Commitment(CommitmentKind.MONEY,
							"Health block pump priming (mental health and well-being; lifestyle survey), from the PCTs",
							new BigDecimal("50000.00"), null, null))),
			new Demo("Police", LAA_START, LAA_END, NOT_IN_SOURCE,
					SEED_004 + " Appendix 1 ('The police had indicated that they would provide some funding for the "
							+ "Community Safety elements'); Appendix 5, Safer block ('Funding: £ ? Police')",
					false,
					List.of(new Commitment(CommitmentKind.MONEY,
							"Some funding for the Community Safety elements (amount not given in the source)", null,
							null, null))),
			new Demo("Leicestershire County Council", LAA_START, LAA_END, NOT_IN_SOURCE,
					SEED_004 + " Appendix 1 (the County Council's £250k for non-reward pump priming, to be matched by "
							+ "other partners) and Appendix 5 (LCC's matching contributions)",
					false,
					List.of(new Commitment(CommitmentKind.MONEY, "Older People's network", new BigDecimal("9000.00"),
							null, null),
							new Commitment(CommitmentKind.MONEY, "Health block", new BigDecimal("38000.00"), null,
									null),
							new Commitment(CommitmentKind.MONEY, "Projects in Melton (children and young people block)",
									new BigDecimal("15000.00"), null, null),
							new Commitment(CommitmentKind.MONEY, "Safer block: accommodation for youth offending",
									new BigDecimal("12500.00"), null, null))),
			new Demo("Leicestershire PCT", LocalDate.of(2008, 4, 1), LocalDate.of(2009, 3, 31),
					"Illustrative: early sight of the NATs' community intelligence on health issues.",
					"Illustrative, not from the partnership's records", true,
					List.of(new Commitment(CommitmentKind.ATTENDANCE,
							"Illustrative: a named officer at each North West Leicestershire NAT meeting", null,
							DeliveryStatus.NOT_DELIVERED, LocalDate.of(2008, 12, 31)),
							new Commitment(CommitmentKind.DATA,
									"Illustrative: GP-practice health data for the priority neighbourhoods", null,
									DeliveryStatus.PARTLY_DELIVERED, LocalDate.of(2008, 12, 31)))),
			new Demo("Police", LocalDate.of(2008, 4, 1), LocalDate.of(2009, 3, 31),
					"Illustrative: joint tasking with the NATs and the JAG.",
					"Illustrative, not from the partnership's records", true,
					List.of(new Commitment(CommitmentKind.STAFF_TIME,
							"Illustrative: neighbourhood policing team time for NAT actions", null,
							DeliveryStatus.DELIVERED, LocalDate.of(2008, 12, 31)),
							new Commitment(CommitmentKind.ATTENDANCE,
									"Illustrative: an officer at each North West Leicestershire NAT meeting", null,
									DeliveryStatus.DELIVERED, LocalDate.of(2008, 12, 31)))),
			new Demo("North West Leicestershire District Council", LocalDate.of(2008, 4, 1), LocalDate.of(2009, 3, 31),
					"Illustrative: the NATs' action plans and quarterly performance reports.",
					"Illustrative, not from the partnership's records", true,
					List.of(new Commitment(CommitmentKind.DATA,
							"Illustrative: anti-social behaviour and environmental service data by neighbourhood", null,
							DeliveryStatus.DELIVERED, LocalDate.of(2008, 12, 31)))));

	private final JdbcClient jdbc;

	private final boolean enabled;

	AgreementDemoData(JdbcClient jdbc, @Value("${nmhub.demo.enabled}") boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	@EventListener
	void on(PartnershipCreated created) {
		if (!enabled || !"leicestershire-together".equals(created.slug())) {
			return;
		}
		long p = created.partnershipId().value();
		for (Demo demo : COUNTY) {
			Long agreement = jdbc
				.sql("""
						insert into partner_agreements (partnership_id, organisation_id, starts_on, review_on, expects, source, illustrative)
						select :p, o.id, :s, :r, :e, :source, :i from organisations o
						join partnership_organisations po on po.organisation_id = o.id and po.partnership_id = :p
						where o.name = :name returning id
						""")
				.param("p", p)
				.param("s", demo.starts())
				.param("r", demo.review())
				.param("e", demo.expects())
				.param("source", demo.source())
				.param("i", demo.illustrative())
				.param("name", demo.organisation())
				.query(Long.class)
				.optional()
				.orElse(null);
			if (agreement == null) {
				continue;
			}
			for (Commitment c : demo.commitments()) {
				long commitment = jdbc
					.sql("""
							insert into partner_commitments (partnership_id, agreement_id, organisation_id, kind, description, amount, illustrative)
							select :p, a.id, a.organisation_id, :k, :d, :amount, :i from partner_agreements a where a.id = :a
							returning id
							""")
					.param("p", p)
					.param("a", agreement)
					.param("k", c.kind().name())
					.param("d", c.description())
					.param("amount", c.amount())
					.param("i", demo.illustrative())
					.query(Long.class)
					.single();
				if (c.delivered() != null) {
					jdbc.sql(
							"""
									insert into partner_commitment_deliveries (partnership_id, commitment_id, recorded_on, status, note, illustrative)
									values (:p, :c, :on, :s, 'Illustrative', true)
									""")
						.param("p", p)
						.param("c", commitment)
						.param("on", c.recordedOn())
						.param("s", c.delivered().name())
						.update();
				}
			}
		}
	}

}
