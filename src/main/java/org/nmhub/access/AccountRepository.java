package org.nmhub.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.nmhub.shared.SqlArrays;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users' accounts: sign-in details, lockout counters and the memberships that make up a
 * {@link CurrentUser}.
 */
@Repository
class AccountRepository {

	record Account(long id, String email, String passwordHash, boolean enabled, @Nullable Instant lockedUntil) {
	}

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByEmail(String email) {
		return jdbc.sql("""
				select id, email, password_hash, enabled, locked_until from users where email = :email
				""")
			.param("email", email.trim().toLowerCase())
			.query((rs, n) -> new Account(rs.getLong("id"), rs.getString("email"), rs.getString("password_hash"),
					rs.getBoolean("enabled"), instant(rs, "locked_until")))
			.optional();
	}

	/**
	 * The signed-in user by their sign-in name, with their memberships, in two queries.
	 */
	Optional<CurrentUser> loadCurrentUser(String email) {
		return loadUser("u.email = :key", email.trim().toLowerCase());
	}

	/**
	 * The enabled account's id and access version (V0110: changes in the same transaction
	 * as anything a CurrentUser holds), by e-mail address.
	 */
	Optional<AccessVersion> accessVersion(String email) {
		return jdbc.sql("select id, access_version from users where enabled and email = :email")
			.param("email", email.trim().toLowerCase())
			.query((rs, n) -> new AccessVersion(rs.getLong("id"), rs.getLong("access_version")))
			.optional();
	}

	record AccessVersion(long userId, long version) {
	}

	Optional<CurrentUser> loadCurrentUser(long userId) {
		return loadUser("u.id = :key", userId);
	}

	private Optional<CurrentUser> loadUser(String condition, Object key) {
		record UserRow(long id, String email, String name, long organisationId, String organisationName,
				boolean mustChange) {
		}
		Optional<UserRow> row = jdbc.sql("""
				select u.id, u.email, u.display_name, u.organisation_id, o.name as organisation_name,
				       u.must_change_password
				from users u join organisations o on o.id = u.organisation_id
				where u.enabled and """ + " " + condition)
			.param("key", key)
			.query((rs, n) -> new UserRow(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
					rs.getLong("organisation_id"), rs.getString("organisation_name"),
					rs.getBoolean("must_change_password")))
			.optional();
		return row.map(u -> new CurrentUser(u.id(), u.email(), u.name(), u.organisationId(), u.organisationName(),
				u.mustChange(), memberships(u.id())));
	}

	private List<Membership> memberships(long userId) {
		return jdbc.sql("""
				select p.id, p.slug, p.name, p.kind, p.area_code, p.description,
				       m.role, m.district_code, m.neighbourhood_keys
				from memberships m join partnerships p on p.id = m.partnership_id
				where m.user_id = :userId
				order by p.name
				""")
			.param("userId", userId)
			.query((rs, n) -> new Membership(PartnershipRepository.partnership(rs), Role.valueOf(rs.getString("role")),
					rs.getString("district_code"), SqlArrays.strings(rs.getArray("neighbourhood_keys"))))
			.list();
	}

	/**
	 * Counts a failed sign-in for an existing account, locking it for {@code lockout}
	 * once {@code maxFailures} is reached. Unknown email addresses change nothing.
	 */
	void recordFailedSignIn(String email, int maxFailures, Duration lockout) {
		jdbc.sql("""
				update users set
				    failed_sign_ins = failed_sign_ins + 1,
				    locked_until = case when failed_sign_ins + 1 >= :max
				                        then now() + make_interval(secs => :lockoutSeconds)
				                        else locked_until end
				where email = :email and (locked_until is null or locked_until < now())
				""")
			.param("email", email.trim().toLowerCase())
			.param("max", maxFailures)
			.param("lockoutSeconds", (double) lockout.toSeconds())
			.update();
	}

	void recordSuccessfulSignIn(long userId) {
		jdbc.sql("update users set failed_sign_ins = 0, locked_until = null where id = :id")
			.param("id", userId)
			.update();
	}

	Optional<String> passwordHash(long userId) {
		return jdbc.sql("select password_hash from users where id = :id")
			.param("id", userId)
			.query(String.class)
			.optional();
	}

	void changePassword(long userId, String passwordHash) {
		jdbc.sql("update users set password_hash = :hash, must_change_password = false where id = :id")
			.param("hash", passwordHash)
			.param("id", userId)
			.update();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
