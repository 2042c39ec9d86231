package org.nmhub.intelligence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.Confidentiality;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes to the community intelligence log. Every statement names the partnership, and
 * callers have already found the item through {@link IntelligenceQueries#VISIBLE}.
 */
@Repository
class ItemRepository {

	private final JdbcClient jdbc;

	ItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new item, ready to store. */
	record NewItem(long partnershipId, ItemKind kind, long categoryId, String title, String details,
			Confidentiality grade, SourceType sourceType, LocalDate observedOn, @Nullable BigDecimal longitude,
			@Nullable BigDecimal latitude, String addressText, @Nullable String lsoa2011, @Nullable String lsoa2021,
			@Nullable String wardName, @Nullable Long neighbourhoodId, ItemStatus status,
			@Nullable LocalDate retainUntil, boolean illustrative, @Nullable Long userId, @Nullable Long organisationId,
			String recordedByName) {
	}

	record Stored(long id, String reference) {
	}

	Stored insert(NewItem item) {
		return jdbc.sql("""
				insert into intelligence_items (partnership_id, reference, kind, category_id, title, details, grade,
				       source_type, observed_on, longitude, latitude, address_text, lsoa2011_code, lsoa2021_code,
				       ward_name, neighbourhood_id, status, retain_until, illustrative, recorded_by_user_id,
				       recorded_by_organisation_id, recorded_by_name)
				values (:p, 'CI-' || lpad(nextval('intelligence_item_references')::text, 6, '0'), :kind,
				        (select id from intelligence_categories where id = :category and partnership_id = :p),
				        :title, :details, :grade, :source, :observedOn, :lon, :lat, :address, :lsoa2011, :lsoa2021,
				        :ward, (select id from neighbourhoods where id = :n and partnership_id = :p), :status,
				        :retainUntil, :illustrative, :user, :organisation, :name)
				returning id, reference
				""")
			.param("p", item.partnershipId())
			.param("kind", item.kind().name())
			.param("category", item.categoryId())
			.param("title", item.title())
			.param("details", item.details())
			.param("grade", item.grade().name())
			.param("source", item.sourceType().name())
			.param("observedOn", item.observedOn())
			.param("lon", item.longitude())
			.param("lat", item.latitude())
			.param("address", item.addressText())
			.param("lsoa2011", item.lsoa2011())
			.param("lsoa2021", item.lsoa2021())
			.param("ward", item.wardName())
			.param("n", item.neighbourhoodId())
			.param("status", item.status().name())
			.param("retainUntil", item.retainUntil())
			.param("illustrative", item.illustrative())
			.param("user", item.userId())
			.param("organisation", item.organisationId())
			.param("name", item.recordedByName())
			.query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/**
	 * Names organisations on an item; only the partnership's own partner organisations.
	 */
	void name(long partnershipId, long itemId, Collection<Long> organisations) {
		for (Long organisation : organisations) {
			jdbc.sql("""
					insert into intelligence_item_organisations (item_id, organisation_id)
					select :item, po.organisation_id from partnership_organisations po
					where po.partnership_id = :p and po.organisation_id = :o
					on conflict do nothing
					""").param("item", itemId).param("p", partnershipId).param("o", organisation).update();
		}
	}

	void respond(long partnershipId, long itemId, String kind, String text, @Nullable Long userId, String name) {
		jdbc.sql("""
				insert into intelligence_responses (partnership_id, item_id, kind, text, by_user_id, by_name)
				values (:p, :item, :kind, :text, :user, :name)
				""")
			.param("p", partnershipId)
			.param("item", itemId)
			.param("kind", kind)
			.param("text", text)
			.param("user", userId)
			.param("name", name)
			.update();
	}

	void status(long partnershipId, long itemId, ItemStatus status) {
		jdbc.sql("update intelligence_items set status = :s where id = :id and partnership_id = :p")
			.param("s", status.name())
			.param("id", itemId)
			.param("p", partnershipId)
			.update();
	}

	void verify(long partnershipId, long itemId, Confidentiality grade) {
		jdbc.sql("update intelligence_items set status = 'OPEN', grade = :g where id = :id and partnership_id = :p")
			.param("g", grade.name())
			.param("id", itemId)
			.param("p", partnershipId)
			.update();
	}

	void escalate(long partnershipId, long itemId, String to) {
		jdbc.sql("""
				update intelligence_items set status = 'ESCALATED', escalated_to = :to
				where id = :id and partnership_id = :p
				""").param("to", to).param("id", itemId).param("p", partnershipId).update();
	}

	void close(long partnershipId, long itemId, String outcome, LocalDate on) {
		jdbc.sql("""
				update intelligence_items set status = 'CLOSED', outcome = :outcome, closed_on = :on
				where id = :id and partnership_id = :p
				""").param("outcome", outcome).param("on", on).param("id", itemId).param("p", partnershipId).update();
	}

	void link(long itemId, long otherId) {
		jdbc.sql("""
				insert into intelligence_item_links (item_id, linked_item_id) values (least(:a, :b), greatest(:a, :b))
				on conflict do nothing
				""").param("a", itemId).param("b", otherId).update();
	}

	/**
	 * Erases personal data: the text, the place and every response's text are blanked;
	 * the reference, category, dates and who recorded it remain.
	 */
	void erase(long partnershipId, long itemId) {
		jdbc.sql("""
				update intelligence_items
				set title = '[Erased personal data]', details = '', address_text = '', longitude = null,
				    latitude = null, outcome = '', escalated_to = '', erased_at = now()
				where id = :id and partnership_id = :p and grade = 'PERSONAL'
				""").param("id", itemId).param("p", partnershipId).update();
		jdbc.sql("update intelligence_responses set text = '' where item_id = :id and partnership_id = :p")
			.param("id", itemId)
			.param("p", partnershipId)
			.update();
	}

	/**
	 * Counts one more submission by a client in the hour starting {@code window}, in the
	 * database so the limit holds across app instances.
	 * @return the client's submissions in that hour, this one included
	 */
	int countSubmission(String clientKey, Instant window) {
		jdbc.sql("delete from intelligence_submission_counts where window_start < :old")
			.param("old", java.sql.Timestamp.from(window.minusSeconds(86_400)))
			.update();
		return jdbc.sql("""
				insert into intelligence_submission_counts (client_key, window_start, submissions)
				values (:k, :w, 1)
				on conflict (client_key, window_start)
				do update set submissions = intelligence_submission_counts.submissions + 1
				returning submissions
				""").param("k", clientKey).param("w", java.sql.Timestamp.from(window)).query(Integer.class).single();
	}

	long insertCategory(long partnershipId, String key, String name, String source) {
		return jdbc.sql("""
				insert into intelligence_categories (partnership_id, key, name, source) values (:p, :k, :n, :s)
				on conflict (partnership_id, key) do update set name = excluded.name returning id
				""")
			.param("p", partnershipId)
			.param("k", key)
			.param("n", name)
			.param("s", source)
			.query(Long.class)
			.single();
	}

}
