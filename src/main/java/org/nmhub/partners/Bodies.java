package org.nmhub.partners;

import java.util.List;

import org.nmhub.access.PartnershipId;

import org.springframework.stereotype.Service;

/**
 * The partnership's bodies and how they report to each other.
 */
@Service
public class Bodies {

	private final BodyRepository bodies;

	Bodies(BodyRepository bodies) {
		this.bodies = bodies;
	}

	public List<PartnerBody> all(PartnershipId partnership) {
		return bodies.bodies(partnership);
	}

}
