package org.nmhub.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgreementRepository {

	private final JdbcClient jdbc;

	AgreementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The partnership's agreements (optionally one organisation's), with their
	 * commitments and deliveries.
	 */
	List<Agreement> agreements(long partnership, @Nullable Long organisation) {
		Map<Long, List<Agreement.Delivery>> deliveries = new LinkedHashMap<>();
		jdbc.sql("""
				select d.commitment_id, d.recorded_on, d.status, d.note, d.illustrative
				from partner_commitment_deliveries d where d.partnership_id = :p
				order by d.recorded_on desc, d.id desc
				""").param("p", partnership).query(rs -> {
			deliveries.computeIfAbsent(rs.getLong("commitment_id"), k -> new ArrayList<>())
				.add(new Agreement.Delivery(rs.getObject("recorded_on", LocalDate.class),
						DeliveryStatus.valueOf(rs.getString("status")).label(), rs.getString("note"),
						rs.getBoolean("illustrative")));
		});
		Map<Long, List<Agreement.Commitment>> commitments = new LinkedHashMap<>();
		jdbc.sql("""
				select c.id, c.agreement_id, c.kind, c.description, c.amount, c.due_on, c.illustrative,
				       (select d.status from partner_commitment_deliveries d where d.commitment_id = c.id
				        order by d.recorded_on desc, d.id desc limit 1) as status
				from partner_commitments c where c.partnership_id = :p order by c.id
				""").param("p", partnership).query(rs -> {
			String status = rs.getString("status");
			CommitmentKind kind = CommitmentKind.valueOf(rs.getString("kind"));
			commitments.computeIfAbsent(rs.getLong("agreement_id"), k -> new ArrayList<>())
				.add(new Agreement.Commitment(rs.getLong("id"), kind.name(), kind.label(), rs.getString("description"),
						rs.getBigDecimal("amount"), rs.getObject("due_on", LocalDate.class),
						rs.getBoolean("illustrative"), status,
						status == null ? "Not yet recorded" : DeliveryStatus.valueOf(status).label(),
						deliveries.getOrDefault(rs.getLong("id"), List.of())));
		});
		return jdbc.sql("""
				select a.id, a.organisation_id, o.name, a.starts_on, a.review_on, a.expects, a.source, a.illustrative,
				       a.review_on < current_date as review_due
				from partner_agreements a join organisations o on o.id = a.organisation_id
				where a.partnership_id = :p and (cast(:o as bigint) is null or a.organisation_id = :o)
				order by o.name, a.starts_on desc
				""")
			.param("p", partnership)
			.param("o", organisation)
			.query((rs, n) -> new Agreement(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("review_on", LocalDate.class),
					rs.getString("expects"), rs.getString("source"), rs.getBoolean("illustrative"),
					rs.getBoolean("review_due"), commitments.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	Optional<Agreement> agreement(long partnership, long id) {
		return agreements(partnership, null).stream().filter(a -> a.id() == id).findFirst();
	}

	/** The agreement a commitment belongs to, within the partnership. */
	Optional<Long> agreementOfCommitment(long partnership, long commitment) {
		return jdbc.sql("select agreement_id from partner_commitments where id = :c and partnership_id = :p")
			.param("c", commitment)
			.param("p", partnership)
			.query(Long.class)
			.optional();
	}

	boolean exists(long partnership, long organisation, LocalDate startsOn) {
		return jdbc.sql("""
				select count(*) from partner_agreements
				where partnership_id = :p and organisation_id = :o and starts_on = :s
				""")
			.param("p", partnership)
			.param("o", organisation)
			.param("s", startsOn)
			.query(Long.class)
			.single() > 0;
	}

	long insertAgreement(long partnership, long organisation, LocalDate startsOn, LocalDate reviewOn, String expects,
			String source, boolean illustrative) {
		return jdbc
			.sql("""
					insert into partner_agreements (partnership_id, organisation_id, starts_on, review_on, expects, source, illustrative)
					values (:p, :o, :s, :r, :e, :source, :i) returning id
					""")
			.param("p", partnership)
			.param("o", organisation)
			.param("s", startsOn)
			.param("r", reviewOn)
			.param("e", expects)
			.param("source", source)
			.param("i", illustrative)
			.query(Long.class)
			.single();
	}

	long insertCommitment(long partnership, long agreement, CommitmentKind kind, String description,
			@Nullable BigDecimal amount, @Nullable LocalDate dueOn, boolean illustrative) {
		return jdbc
			.sql("""
					insert into partner_commitments (partnership_id, agreement_id, organisation_id, kind, description, amount, due_on, illustrative)
					select :p, a.id, a.organisation_id, :kind, :d, :amount, :due, :i
					from partner_agreements a where a.id = :a and a.partnership_id = :p
					returning id
					""")
			.param("p", partnership)
			.param("a", agreement)
			.param("kind", kind.name())
			.param("d", description)
			.param("amount", amount)
			.param("due", dueOn)
			.param("i", illustrative)
			.query(Long.class)
			.single();
	}

	long insertDelivery(long partnership, long commitment, LocalDate recordedOn, DeliveryStatus status, String note,
			boolean illustrative) {
		return jdbc
			.sql("""
					insert into partner_commitment_deliveries (partnership_id, commitment_id, recorded_on, status, note, illustrative)
					select :p, c.id, :on, :s, :n, :i from partner_commitments c where c.id = :c and c.partnership_id = :p
					returning id
					""")
			.param("p", partnership)
			.param("c", commitment)
			.param("on", recordedOn)
			.param("s", status.name())
			.param("n", note)
			.param("i", illustrative)
			.query(Long.class)
			.single();
	}

}
