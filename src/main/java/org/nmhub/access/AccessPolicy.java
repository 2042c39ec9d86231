package org.nmhub.access;

import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.Confidentiality;

import org.springframework.stereotype.Component;

/**
 * Decides who may see a record, from its partnership and confidentiality grade. Modules
 * use it for single records; list queries apply the same rules in SQL, filtering on the
 * partnership, the grade and the user's organisation.
 */
@Component
public class AccessPolicy {

	/**
	 * Whether a user (or an anonymous resident, {@code null}) may see a record.
	 * @param user the signed-in user, or {@code null} for the public
	 * @param grade the record's confidentiality grade
	 * @param owner the partnership that owns the record
	 * @param namedOrganisations for RESTRICTED and PERSONAL records, the organisations
	 * named on the record (empty otherwise)
	 */
	public boolean canSee(@Nullable CurrentUser user, Confidentiality grade, PartnershipId owner,
			Collection<Long> namedOrganisations) {
		if (grade == Confidentiality.PUBLIC) {
			return true;
		}
		if (user == null) {
			return false;
		}
		Membership membership = user.membershipIn(owner).orElse(null);
		if (membership == null) {
			return false;
		}
		return switch (grade) {
			case PUBLIC, PARTNERS -> true;
			case RESTRICTED -> namedOrganisations.contains(user.organisationId());
			case PERSONAL -> membership.role().isOperational() && namedOrganisations.contains(user.organisationId());
		};
	}

	/** Whether a user may change records in a partnership. */
	public boolean canWrite(CurrentUser user, PartnershipId owner) {
		return user.membershipIn(owner).map(m -> m.role().canWrite()).orElse(false);
	}

}
