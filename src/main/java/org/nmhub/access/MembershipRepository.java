package org.nmhub.access;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MembershipRepository {

	private static final String MEMBER_SQL = """
			select u.id, u.email, u.display_name, o.name as organisation_name, m.role, m.district_code
			from memberships m
			join users u on u.id = m.user_id
			join organisations o on o.id = u.organisation_id
			where m.partnership_id = :partnershipId
			""";

	private final JdbcClient jdbc;

	MembershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Member> findMembers(PartnershipId partnership) {
		return jdbc.sql(MEMBER_SQL + " order by u.display_name")
			.param("partnershipId", partnership.value())
			.query((rs, n) -> member(rs))
			.list();
	}

	Optional<Member> findMember(PartnershipId partnership, long userId) {
		return jdbc.sql(MEMBER_SQL + " and u.id = :userId")
			.param("partnershipId", partnership.value())
			.param("userId", userId)
			.query((rs, n) -> member(rs))
			.optional();
	}

	void updateRole(PartnershipId partnership, long userId, Role role, @Nullable String districtCode) {
		jdbc.sql("""
				update memberships set role = :role, district_code = :district, version = version + 1
				where partnership_id = :partnershipId and user_id = :userId
				""")
			.param("role", role.name())
			.param("district", districtCode)
			.param("partnershipId", partnership.value())
			.param("userId", userId)
			.update();
	}

	private static Member member(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Member(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				rs.getString("organisation_name"), Role.valueOf(rs.getString("role")), rs.getString("district_code"));
	}

}
